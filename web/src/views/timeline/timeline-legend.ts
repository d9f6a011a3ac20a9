// The key drawn across the top of the timeline (inside the SVG, so an exported
// figure explains itself): speakers by shape and colour, denied and imagined
// mentions, and the flags under the axis.
import type { Role } from '../../analysis/feltline-types';
import { svgEl } from '../svg-dom';
import { textWidth } from '../text-measure';
import { markPath, type MarkStyle } from './mark-shapes';
import { flagGlyph, type AxisFlag } from './timeline-axis';

export const LEGEND_HEIGHT = 24;

interface Entry {
  draw: () => SVGElement;
  text: string;
}

function mark(role: Role, style: MarkStyle): () => SVGElement {
  return () => svgEl('path', { d: markPath(role, style), class: `mark r-${role} ${style}` });
}

/** Draws the key from `left`, wrapping before `right`; returns its height. */
export function drawLegend(parent: SVGGElement, roles: Role[], flags: AxisFlag[], left: number, right: number, quotedMarks = false): number {
  const entries: Entry[] = [];
  const names: Record<Role, string> = { client: 'client', therapist: 'therapist', other: 'other speaker', unknown: 'role unknown' };
  for (const role of roles) entries.push({ draw: mark(role, 'plain'), text: names[role] });
  const base: Role = roles.includes('client') ? 'client' : roles[0] ?? 'unknown';
  entries.push({ draw: mark(base, 'negated'), text: 'denied' });
  entries.push({ draw: mark(base, 'hypothetical'), text: 'imagined' });
  if (quotedMarks) entries.push({ draw: () => { const p = mark(base, 'plain')(); p.classList.add('quoted'); return p; }, text: 'in quoted speech' });
  for (const flag of flags) entries.push({ draw: () => flagGlyph(flag), text: FLAG_LEGEND[flag] });
  const g = svgEl('g', { class: 'legend', transform: `translate(${left},${LEGEND_HEIGHT / 2})` });
  parent.append(g);
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const item = svgEl('g');
    item.append(entry.draw());
    const text = svgEl('text', { x: 10, dy: '0.35em', class: 'muted' }, entry.text);
    item.append(text);
    g.append(item);
    const width = textWidth(entry.text);
    if (x > 0 && left + x + 16 + width > right) {
      x = 0;
      row++;
    }
    item.setAttribute('transform', `translate(${x + 6},${row * 18})`);
    x += 28 + width;
  }
  return LEGEND_HEIGHT + row * 18;
}

const FLAG_LEGEND: Record<AxisFlag, string> = {
  meta_note: 'stage note',
  truncated: 'cut off',
  generation_error: 'generation error',
  quoted: 'quoted turn',
};
