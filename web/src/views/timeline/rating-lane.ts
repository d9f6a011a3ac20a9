// The self-ratings chart under the lanes: each rating ("7/10", "a 4 on a 0–10
// scale") a point at its turn, scaled to 0–10, the client's joined by a line
// in order, so "anxiety 7/10 → 4/10" reads at a glance.
import type { MentionRef } from '../../model/session-model';
import { ROLE_COLOURS } from '../palette';
import { svgEl } from '../svg-dom';
import { markPath, markStyle } from './mark-shapes';
import type { PlotFrame } from './plot-frame';
import { polylinePath } from '../polyline-path';
import { RATING_HEIGHT } from './timeline-lanes';

export interface RatingPoint {
  ref: MentionRef;
  x: number;
  y: number;
  /** Null when painted on the canvas. */
  element: SVGElement | null;
}

/** "7/10", "4.5/10"; the category it rates in front when there is one. */
export function ratingText(ref: MentionRef): string {
  const m = ref.mention;
  const value = `${m.value ?? '?'}/${m.scale ?? 10}`;
  return m.category ? `${m.category} ${value}` : value;
}

/** The element of one rating point (also used for exports of canvas-painted charts). */
export function ratingPointElement(p: { ref: MentionRef; x: number; y: number }): SVGElement {
  const m = p.ref.mention;
  return svgEl('path', {
    d: markPath(m.role, markStyle(m)),
    transform: `translate(${p.x},${p.y}) scale(1.25)`,
    class: `mark r-${m.role} ${markStyle(m)}`,
    'data-testid': 'rating-point',
    'data-turn': p.ref.turn,
    'data-id': p.ref.id,
    'data-value': m.value ?? '',
    'data-scale': m.scale ?? '',
    tabindex: -1,
    role: 'button',
    'aria-label': `Turn ${p.ref.turn + 1}: self-rating ${ratingText(p.ref)}, “${m.text}”`,
  });
}

export function drawRatings(
  parent: SVGGElement,
  frame: PlotFrame,
  top: number,
  refs: MentionRef[],
  xOf: (ref: MentionRef) => number,
  /** False when the points are painted on the canvas with the other marks. */
  withElements = true,
): RatingPoint[] {
  const g = svgEl('g', { class: 'ratings' });
  parent.append(g);
  const pad = 8;
  const y = (v: number) => top + RATING_HEIGHT - pad - (v / 10) * (RATING_HEIGHT - 2 * pad);
  g.append(svgEl('text', { x: frame.left - 10, y: top - 9, 'text-anchor': 'end', class: 'group-label' }, 'Self-ratings'));
  for (const v of [0, 5, 10]) {
    g.append(svgEl('line', { x1: frame.left, x2: frame.right, y1: y(v), y2: y(v), class: 'grid' }));
    g.append(svgEl('text', { x: frame.left - 10, y: y(v), dy: '0.35em', 'text-anchor': 'end', class: 'lane-count' }, `${v}/10`));
  }
  const points: RatingPoint[] = [];
  for (const ref of refs) {
    const m = ref.mention;
    const scale = m.scale && m.scale > 0 ? m.scale : 10;
    const value = Math.max(0, Math.min(10, ((m.value ?? 0) / scale) * 10));
    points.push({ ref, x: xOf(ref), y: y(value), element: null });
  }
  // The client's own ratings, in the order given, joined.
  const client = points.filter((p) => p.ref.mention.role === 'client' && !p.ref.mention.hypothetical && !p.ref.mention.negated);
  if (client.length > 1) {
    const path = polylinePath(client, (p) => p.x, (p) => p.y);
    if (path) g.append(svgEl('path', { d: path, class: 'rating-line', stroke: ROLE_COLOURS.client }));
  }
  for (const p of withElements ? points : []) {
    p.element = ratingPointElement(p);
    g.append(p.element);
  }
  // One label per cluster of nearby points ("7/10 → 4/10" when a turn holds several);
  // none when there are too many to read.
  const sorted = points.length > 150 ? [] : [...points].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j].x - sorted[j - 1].x < 16) j++;
    const cluster = sorted.slice(i, j);
    const top = Math.min(...cluster.map((p) => p.y));
    const cx = (cluster[0].x + cluster[cluster.length - 1].x) / 2;
    const text = cluster.map((p) => `${p.ref.mention.value ?? '?'}/${p.ref.mention.scale ?? 10}`).join(' → ');
    g.append(svgEl('text', { x: cx, y: Math.max(top - 9, 0), 'text-anchor': 'middle', class: 'rating-label' }, text));
    i = j;
  }
  return points;
}
