// The horizontal frame the timeline and the turn-statistics strip share, so
// that a turn sits at the same x in both: a left gutter for row labels, then
// the turns along the chosen measure (turn number, cumulative words, time).
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { SessionModel, XMeasure } from '../../model/session-model';
import type { TurnRange } from '../../state/selection';

export const GUTTER = 168; // row labels
export const RIGHT_PAD = 18;

export interface PlotFrame {
  width: number;
  left: number;
  right: number;
  measure: XMeasure;
  /** Pixel x of a position along the measure. */
  x: ScaleLinear<number, number>;
  /** Turns drawn (the zoomed range or all). */
  first: number;
  last: number;
  /** Pixel [start, end) of a turn. */
  band(turn: number): [number, number];
  /** The turn at pixel x (clamped to the drawn turns). */
  turnAt(px: number): number;
}

export function makePlotFrame(model: SessionModel, measure: XMeasure, width: number, zoom: TurnRange | null): PlotFrame {
  const extents = model.extents[measure] ?? model.extents.turns!;
  const n = model.turns.length;
  const first = zoom ? Math.max(0, zoom.first) : 0;
  const last = zoom ? Math.min(n - 1, zoom.last) : n - 1;
  const left = GUTTER;
  const right = Math.max(left + 40, width - RIGHT_PAD);
  const d0 = n ? extents[2 * first] : 0;
  const d1 = n ? extents[2 * last + 1] : 1;
  const x = scaleLinear().domain([d0, d1 > d0 ? d1 : d0 + 1]).range([left, right]);
  const band = (turn: number): [number, number] => [x(extents[2 * turn]), x(extents[2 * turn + 1])];
  const turnAt = (px: number): number => {
    const v = x.invert(px);
    // Binary search over turn starts.
    let lo = first;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (extents[2 * mid] <= v) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return { width, left, right, measure, x, first, last, band, turnAt };
}

/** "1:05:09" or "4:07" for seconds. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export const MEASURE_LABELS: Record<XMeasure, string> = {
  turns: 'Turns',
  words: 'Words spoken',
  time: 'Time',
};
