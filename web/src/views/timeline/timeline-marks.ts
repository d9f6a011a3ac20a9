// Where each mark goes and the element that draws it. A mark sits in its
// lane, inside its turn's band at the point of the turn where the words are
// (so two mentions early and late in a long turn do not pile up), and marks
// that would overlap in a lane are nudged up and down.
import type { MentionRef, SessionModel } from '../../model/session-model';
import { mentionAccessibleName } from '../../model/mention-description';
import { svgEl } from '../svg-dom';
import { markPath, markStyle } from './mark-shapes';
import type { PlotFrame } from './plot-frame';
import type { LaneLayout } from './timeline-lanes';

export interface MarkDatum {
  ref: MentionRef;
  x: number;
  y: number;
}

/** x of a mention: its turn's band, at the mention's place in the turn's text. */
export function mentionX(ref: MentionRef, model: SessionModel, frame: PlotFrame): number {
  const [b0, b1] = frame.band(ref.turn);
  const width = b1 - b0;
  const pad = Math.min(4, width * 0.18);
  const length = model.turns[ref.turn].text.length;
  const frac = length ? (ref.mention.start + ref.mention.end) / 2 / length : 0.5;
  return b0 + pad + frac * Math.max(0, width - 2 * pad);
}

const NUDGES = [0, -4, 4, -2, 2, -6, 6];

export function placeMarks(refs: MentionRef[], model: SessionModel, frame: PlotFrame, lanes: LaneLayout): MarkDatum[] {
  const byLane = new Map<string, MarkDatum[]>();
  for (const ref of refs) {
    const lane = lanes.byKey.get(ref.lane);
    if (!lane) continue;
    const datum = { ref, x: mentionX(ref, model, frame), y: lane.y };
    let list = byLane.get(ref.lane);
    if (!list) byLane.set(ref.lane, (list = []));
    list.push(datum);
  }
  const out: MarkDatum[] = [];
  for (const list of byLane.values()) {
    list.sort((a, b) => a.x - b.x);
    let run = 0;
    let runX = -Infinity;
    for (const d of list) {
      run = d.x - runX < 6 ? run + 1 : 0;
      if (run === 0) runX = d.x;
      d.y += NUDGES[run % NUDGES.length];
      out.push(d);
    }
  }
  // Reading order: along the session, then top to bottom.
  out.sort((a, b) => a.x - b.x || a.y - b.y);
  return out;
}

export function markElement(d: MarkDatum, model: SessionModel): SVGPathElement {
  const m = d.ref.mention;
  const style = markStyle(m);
  const el = svgEl('path', {
    d: markPath(m.role, style),
    transform: `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`,
    class: `mark r-${m.role} ${style}${m.quoted ? ' quoted' : ''}`,
    'data-testid': 'timeline-mark',
    'data-id': d.ref.id,
    'data-kind': m.kind,
    'data-turn': d.ref.turn,
    'data-role': m.role,
    tabindex: -1,
    role: 'button',
    'aria-label': mentionAccessibleName(d.ref, model),
  });
  if (m.kind === 'sensation') el.setAttribute('data-region', m.region || 'unspecified');
  else if (m.category) el.setAttribute('data-category', m.category);
  if (m.negated) el.setAttribute('data-negated', 'true');
  if (m.hypothetical) el.setAttribute('data-hypothetical', 'true');
  return el;
}
