// The body map: the figure with each region shaded by how often the client,
// the therapist or both mentioned a sensation there, within the brushed
// turns and the filters; labelled regions with counts, and a table with the
// same numbers for people who do not read the picture.
import { interpolateLab } from 'd3-interpolate';
import { REGION_ORDER, capitalised, label, orderOf } from '../../model/vocabulary';
import { describeRange } from '../../state/selection';
import type { BodySpeaker, ViewState } from '../../state/view-state';
import { queueRender } from '../../state/render-queue';
import { chartCss } from '../chart-style';
import { htmlEl, svgEl } from '../svg-dom';
import { BACK_SHAPE, REGION_SHAPES, SILHOUETTE, SKIN_ANCHOR, SPINE, WHOLE_BODY_ANCHOR, type Side } from './body-figure';
import { countFor, countRegions, qualifiedFor, type RegionCount } from './region-counts';

const VIEW_W = 390;
const VIEW_H = 496;
const FIG_X = 96;
const FIG_Y = 54;
const BACK_SCALE = 0.34;
const BACK_X = 300;
const BACK_Y = 292;
const BASE_FILL = '#e9ecf1';
const BASE_LINE = '#c3c9d3';

const RAMPS: Record<BodySpeaker, [string, string]> = {
  client: ['#fbe6d6', '#8f3a00'],
  therapist: ['#dcebf7', '#003f66'],
  both: ['#e6e4ef', '#2e2552'],
};

const WHO: Record<BodySpeaker, string> = { client: 'the client', therapist: 'the therapist', both: 'anyone' };

export interface BodyMapView {
  svg(): SVGSVGElement | null;
}

function shade(who: BodySpeaker, count: number, max: number): string | null {
  if (count <= 0 || max <= 0) return null;
  const [light, dark] = RAMPS[who];
  return interpolateLab(light, dark)(0.22 + 0.78 * Math.sqrt(count / max));
}

interface Label {
  region: string;
  text: string;
  anchor: [number, number];
  side: Side;
  y: number;
}

/** Spreads labels on one side so that they do not overlap. */
function spread(labels: Label[], gap: number, top: number, bottom: number): void {
  labels.sort((a, b) => a.anchor[1] - b.anchor[1]);
  let y = top;
  for (const l of labels) {
    l.y = Math.max(l.anchor[1], y);
    y = l.y + gap;
  }
  // Pull back up if the last ones ran past the bottom.
  let limit = bottom;
  for (let i = labels.length - 1; i >= 0; i--) {
    labels[i].y = Math.min(labels[i].y, limit);
    limit = labels[i].y - gap;
  }
}

export function createBodyMap(host: HTMLElement, state: ViewState): BodyMapView {
  host.classList.add('body-map');
  const controls = htmlEl('div', 'segmented');
  controls.setAttribute('role', 'radiogroup');
  controls.setAttribute('aria-label', 'Whose sensations the body map shows');
  const buttons = (['client', 'therapist', 'both'] as BodySpeaker[]).map((who) => {
    const b = htmlEl('button', '', who === 'both' ? 'Both' : capitalised(who));
    b.type = 'button';
    b.setAttribute('role', 'radio');
    b.dataset.testid = `body-map-speaker-${who}`;
    b.addEventListener('click', () => state.bodySpeaker.set(who));
    controls.append(b);
    return b;
  });
  // Arrow keys move within the radio group.
  controls.addEventListener('keydown', (event) => {
    const i = buttons.indexOf(event.target as HTMLButtonElement);
    if (i === -1 || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
    event.preventDefault();
    const next = buttons[(i + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
    next.focus();
    next.click();
  });
  const figure = htmlEl('div', 'body-figure');
  const table = htmlEl('table', 'data-table body-table');
  table.dataset.testid = 'body-map-table';
  const details = htmlEl('details', 'table-alternative');
  details.append(htmlEl('summary', '', 'Body map as a table'), table);
  host.replaceChildren(controls, figure, details);
  let svg: SVGSVGElement | null = null;

  function render(): void {
    const who = state.bodySpeaker.value;
    buttons.forEach((b) => {
      const on = b.dataset.testid === `body-map-speaker-${who}`;
      b.setAttribute('aria-checked', String(on));
      b.tabIndex = on ? 0 : -1;
    });
    const model = state.model.value;
    if (!model) {
      figure.replaceChildren();
      svg = null;
      return;
    }
    const counts = countRegions(model, state.filters.value, state.range.value);
    svg = drawBody(counts, who, describeRange(state.range.value, model.turns.length));
    figure.replaceChildren(svg);
    fillTable(table, counts);
  }

  const rerender = () => queueRender(render);
  state.model.watch(rerender);
  state.filters.watch(rerender);
  state.range.watch(rerender);
  state.bodySpeaker.watch(rerender);
  render();
  return { svg: () => svg };
}

function drawBody(counts: Map<string, RegionCount>, who: BodySpeaker, range: string): SVGSVGElement {
  let max = 0;
  let total = 0;
  let qualified = 0;
  for (const c of counts.values()) {
    max = Math.max(max, countFor(c, who));
    total += countFor(c, who);
    qualified += qualifiedFor(c, who);
  }
  const root = svgEl('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    class: 'feltline-body-map',
    viewBox: `0 0 ${VIEW_W} ${VIEW_H}`,
    role: 'group',
    'aria-label': `Body map: ${total} sensation${total === 1 ? '' : 's'} felt and ${qualified} denied, imagined or quoted, mentioned by ${WHO[who]}, ${range}.`,
  });
  root.append(svgEl('style', {}, chartCss()));
  root.append(svgEl('rect', { width: VIEW_W, height: VIEW_H, fill: '#fff' }));
  root.append(svgEl('text', { x: 10, y: 16, class: 'group-label' }, `Body sensations mentioned by ${WHO[who]}`));
  const regionsNamed = [...counts.entries()].filter(([r, c]) => r !== 'unspecified' && countFor(c, who) > 0).length;
  root.append(
    svgEl('text', { x: 10, y: 31, class: 'muted' }, `${total} felt in ${regionsNamed} region${regionsNamed === 1 ? '' : 's'} · ${range}`),
  );

  if (qualified) root.append(svgEl('text', { x: 10, y: 45, class: 'muted' }, `(+${qualified}) denied, imagined or quoted`));
  const defs = svgEl('defs');
  const glow = svgEl('radialGradient', { id: 'feltline-whole-body' });
  const wholeFill = shade(who, countFor(counts.get('whole_body'), who), max);
  glow.append(
    svgEl('stop', { offset: '0.55', 'stop-color': wholeFill ?? '#fff', 'stop-opacity': wholeFill ? 0.55 : 0 }),
    svgEl('stop', { offset: '1', 'stop-color': wholeFill ?? '#fff', 'stop-opacity': 0 }),
  );
  defs.append(glow);
  root.append(defs);

  const fig = svgEl('g', { transform: `translate(${FIG_X},${FIG_Y})` });
  root.append(fig);
  const labels: Label[] = [];
  const addLabel = (region: string, anchor: [number, number], side: Side) => {
    const n = countFor(counts.get(region), who);
    const q = qualifiedFor(counts.get(region), who);
    if (n > 0 || q > 0) labels.push({ region, text: `${label(region)} ${n}${q ? ` (+${q})` : ''}`, anchor, side, y: anchor[1] });
  };

  // Whole body: a glow behind the figure.
  const whole = svgEl('ellipse', { cx: 100, cy: 205, rx: 108, ry: 205, fill: 'url(#feltline-whole-body)' });
  fig.append(regionWrap(whole, 'whole_body', countFor(counts.get('whole_body'), who), who, qualifiedFor(counts.get('whole_body'), who)));
  addLabel('whole_body', WHOLE_BODY_ANCHOR, 'right');

  // Skin: the outline of the figure, drawn under the silhouette.
  const skinFill = shade(who, countFor(counts.get('skin'), who), max);
  const outline = svgEl('g', { fill: skinFill ?? BASE_LINE, stroke: skinFill ?? BASE_LINE, 'stroke-width': skinFill ? 5 : 2.2, 'stroke-linejoin': 'round' });
  for (const d of SILHOUETTE) outline.append(svgEl('path', { d }));
  fig.append(regionWrap(outline, 'skin', countFor(counts.get('skin'), who), who, qualifiedFor(counts.get('skin'), who)));
  addLabel('skin', SKIN_ANCHOR, 'left');
  const body = svgEl('g', { fill: BASE_FILL });
  for (const d of SILHOUETTE) body.append(svgEl('path', { d }));
  fig.append(body);

  for (const shape of REGION_SHAPES) {
    const n = countFor(counts.get(shape.region), who);
    const fill = shade(who, n, max);
    const g = svgEl('g', {});
    for (const d of shape.paths) {
      if (shape.stroke) {
        g.append(svgEl('path', { d, fill: 'none', stroke: 'transparent', 'stroke-width': 9 }));
        g.append(svgEl('path', { d, fill: 'none', stroke: fill ?? BASE_LINE, 'stroke-width': fill ? 3 : 1.6, 'stroke-linecap': 'round' }));
      } else if (!fill && shape.inner) {
        g.append(svgEl('path', { d, fill: 'none', stroke: '#b3bac6', 'stroke-width': 0.8 }));
      } else {
        g.append(svgEl('path', { d, fill: fill ?? BASE_FILL, stroke: '#fff', 'stroke-width': 0.9, 'fill-rule': 'evenodd' }));
      }
    }
    fig.append(regionWrap(g, shape.region, n, who, qualifiedFor(counts.get(shape.region), who)));
    addLabel(shape.region, shape.anchor, shape.side);
  }

  // The back, on a small back view.
  const back = svgEl('g', { transform: `translate(${BACK_X},${BACK_Y}) scale(${BACK_SCALE})` });
  const backBody = svgEl('g', { fill: BASE_FILL, stroke: BASE_LINE, 'stroke-width': 4 });
  for (const d of SILHOUETTE) backBody.append(svgEl('path', { d }));
  const backBodyFill = svgEl('g', { fill: BASE_FILL });
  for (const d of SILHOUETTE) backBodyFill.append(svgEl('path', { d }));
  const nBack = countFor(counts.get('back'), who);
  const qBack = qualifiedFor(counts.get('back'), who);
  const backRegion = svgEl('g');
  backRegion.append(svgEl('path', { d: BACK_SHAPE, fill: shade(who, nBack, max) ?? BASE_FILL, stroke: '#fff', 'stroke-width': 2 }));
  backRegion.append(svgEl('path', { d: SPINE, stroke: '#fff', 'stroke-width': 2.5, 'stroke-dasharray': '6 5' }));
  back.append(backBody, backBodyFill, regionWrap(backRegion, 'back', nBack, who, qBack));
  root.append(back);
  root.append(svgEl('text', { x: BACK_X + 34, y: BACK_Y + 148, 'text-anchor': 'middle', class: 'muted' }, 'back view'));
  if (nBack > 0 || qBack > 0) root.append(svgEl('text', { x: BACK_X + 34, y: BACK_Y - 8, 'text-anchor': 'middle', class: 'lane-label' }, `back ${nBack}${qBack ? ` (+${qBack})` : ''}`));

  // Labels with leader lines, spread on each side of the figure.
  const left = labels.filter((l) => l.side === 'left');
  const right = labels.filter((l) => l.side === 'right');
  spread(left, 15, 14, 400);
  spread(right, 15, 10, 230);
  const labelLayer = svgEl('g', { class: 'region-labels' });
  for (const l of [...left, ...right]) {
    const ax = FIG_X + l.anchor[0];
    const ay = FIG_Y + l.anchor[1];
    const lx = l.side === 'left' ? FIG_X + 22 : FIG_X + 176;
    const ly = FIG_Y + l.y;
    labelLayer.append(svgEl('path', { d: `M${ax},${ay}L${lx + (l.side === 'left' ? 4 : -4)},${ly}`, class: 'rule', stroke: '#9aa1ad' }));
    labelLayer.append(svgEl('circle', { cx: ax, cy: ay, r: 1.8, fill: '#1d2330' }));
    labelLayer.append(
      svgEl('text', { x: l.side === 'left' ? lx : lx, y: ly, dy: '0.35em', 'text-anchor': l.side === 'left' ? 'end' : 'start', class: 'lane-label' }, l.text),
    );
  }
  root.append(labelLayer);

  // Sensations with no place named, and the colour key.
  const unspecified = countFor(counts.get('unspecified'), who) + qualifiedFor(counts.get('unspecified'), who);
  const keyY = VIEW_H - 22;
  if (unspecified > 0) root.append(svgEl('text', { x: VIEW_W - 10, y: keyY + 8, 'text-anchor': 'end', class: 'muted' }, `+ ${unspecified} with no place named`));
  if (max > 0) {
    const steps = 5;
    const keyX = 10;
    root.append(svgEl('text', { x: keyX, y: keyY - 6, class: 'muted' }, 'felt sensations'));
    for (let i = 0; i < steps; i++) {
      const v = 1 + ((max - 1) * i) / (steps - 1);
      root.append(svgEl('rect', { x: keyX + i * 18, y: keyY, width: 17, height: 9, fill: shade(who, v, max)! }));
    }
    root.append(svgEl('text', { x: keyX, y: keyY + 20, class: 'lane-count' }, '1'));
    root.append(svgEl('text', { x: keyX + steps * 18 - 1, y: keyY + 20, 'text-anchor': 'end', class: 'lane-count' }, String(max)));
  } else {
    root.append(svgEl('text', { x: 10, y: keyY + 4, class: 'muted' }, qualified ? 'No felt sensations here, only denied, imagined or quoted ones.' : 'No body sensations in this selection.'));
  }
  return root;
}

/** Marks a region's drawing with its name and count, for people, tests and exports. */
function regionWrap(el: SVGElement, region: string, n: number, who: BodySpeaker, q = 0): SVGGElement {
  const text = `${capitalised(region)}: ${n} felt${q ? `, ${q} denied, imagined or quoted` : ''}, by ${WHO[who]}`;
  const g = svgEl('g', {
    class: 'region',
    'data-testid': 'body-region',
    'data-region': region,
    'data-count': n,
    role: 'img',
    'data-qualified': q,
    tabindex: n + q > 0 ? 0 : -1,
    'aria-label': text,
  });
  g.append(svgEl('title', {}, text));
  g.append(el);
  return g;
}

function fillTable(table: HTMLTableElement, counts: Map<string, RegionCount>): void {
  const caption = htmlEl('caption', '', 'Felt sensations by body region; not felt: denied, imagined or quoted');
  const head = htmlEl('thead');
  const hr = htmlEl('tr');
  for (const h of ['Region', 'Client', 'Therapist', 'All', 'Not felt']) {
    const th = htmlEl('th', '', h);
    th.scope = 'col';
    hr.append(th);
  }
  head.append(hr);
  const body = htmlEl('tbody');
  const regions = [...counts.keys()].sort((a, b) => orderOf(REGION_ORDER, a) - orderOf(REGION_ORDER, b) || a.localeCompare(b));
  for (const region of regions) {
    const c = counts.get(region)!;
    const tr = htmlEl('tr');
    const th = htmlEl('th', '', capitalised(region));
    th.scope = 'row';
    const f = c.felt;
    const q = c.deniedOrImagined;
    tr.append(
      th,
      htmlEl('td', 'num', String(f.client)),
      htmlEl('td', 'num', String(f.therapist)),
      htmlEl('td', 'num', String(f.client + f.therapist + f.others)),
      htmlEl('td', 'num', String(q.client + q.therapist + q.others)),
    );
    body.append(tr);
  }
  if (regions.length === 0) {
    const tr = htmlEl('tr');
    const td = htmlEl('td', 'empty', 'No body sensations in this selection.');
    td.colSpan = 5;
    tr.append(td);
    body.append(tr);
  }
  table.replaceChildren(caption, head, body);
}
