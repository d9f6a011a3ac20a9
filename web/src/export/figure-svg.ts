// Charts as standalone SVG documents: the timeline with its statistics strip
// under it, or the body map, each with a title line saying what it shows.
// Every chart already carries its own stylesheet; marks get a <title> so the
// words still appear on hover where no script runs (the HTML report).
import { CHART_FONT } from '../views/chart-style';
import { SVG_NS } from '../views/svg-dom';

function prepared(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const el of copy.querySelectorAll('[aria-label][data-id]')) {
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = el.getAttribute('aria-label');
    el.append(title);
  }
  // Interaction belongs to the live page only.
  for (const el of copy.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  for (const el of copy.querySelectorAll('[role="button"]')) el.setAttribute('role', 'img');
  for (const el of copy.querySelectorAll('.brush')) el.remove();
  return copy;
}

function size(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  return { width: box?.width || Number(svg.getAttribute('width')) || 800, height: box?.height || Number(svg.getAttribute('height')) || 400 };
}

/** Stacks charts under a title, as one SVG element. */
export function composeFigure(title: string, subtitle: string, charts: SVGSVGElement[], width?: number): SVGSVGElement {
  const sizes = charts.map(size);
  const w = width ?? Math.max(...sizes.map((s) => s.width));
  const head = 46;
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  let y = head;
  charts.forEach((chart, i) => {
    const copy = prepared(chart);
    const scale = w / sizes[i].width;
    copy.setAttribute('x', '0');
    copy.setAttribute('y', String(y));
    copy.setAttribute('width', String(w));
    copy.setAttribute('height', String(sizes[i].height * scale));
    y += sizes[i].height * scale;
    out.append(copy);
  });
  out.setAttribute('viewBox', `0 0 ${w} ${y + 8}`);
  out.setAttribute('width', String(w));
  out.setAttribute('height', String(y + 8));
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', String(w));
  bg.setAttribute('height', String(y + 8));
  bg.setAttribute('fill', '#fff');
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', '10');
  t.setAttribute('y', '20');
  t.setAttribute('style', `font: 600 15px ${CHART_FONT}; fill: #1d2330`);
  t.textContent = title;
  const s = document.createElementNS(SVG_NS, 'text');
  s.setAttribute('x', '10');
  s.setAttribute('y', '37');
  s.setAttribute('style', `font: 12px ${CHART_FONT}; fill: #5b6475`);
  s.textContent = subtitle;
  const titleEl = document.createElementNS(SVG_NS, 'title');
  titleEl.textContent = `${title}. ${subtitle}`;
  out.prepend(titleEl, bg, t, s);
  return out;
}

export function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
