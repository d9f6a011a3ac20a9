// Cuts a turn's text at every mention and flag boundary, so each piece can be
// drawn with the mentions and flags that cover it (mentions may overlap:
// "tightness across my chest and shoulders" is two sensations over shared words).
import type { FlagKind, Turn } from '../../analysis/feltline-types';

export interface Segment {
  start: number;
  end: number;
  /** Ids of the mentions covering this piece, innermost (latest starting) last. */
  mentions: number[];
  flags: FlagKind[];
}

/**
 * `mentionIds[i]` is the id of turn.mentions[i], or -1 to leave it out (filtered).
 * Offsets are UTF-16 code units, as in the JSON; out-of-range spans are clamped.
 */
export function segmentTurn(turn: Turn, mentionIds: number[]): Segment[] {
  const n = turn.text.length;
  const clamp = (v: number) => Math.max(0, Math.min(n, v | 0));
  const cuts = new Set<number>([0, n]);
  const spans: { start: number; end: number; id?: number; flag?: FlagKind }[] = [];
  turn.mentions.forEach((m, i) => {
    if (mentionIds[i] < 0) return;
    const s = { start: clamp(m.start), end: clamp(m.end), id: mentionIds[i] };
    if (s.end <= s.start) return;
    spans.push(s);
    cuts.add(s.start).add(s.end);
  });
  for (const f of turn.flags) {
    const s = { start: clamp(f.start), end: clamp(f.end), flag: f.kind };
    if (s.end <= s.start) continue;
    spans.push(s);
    cuts.add(s.start).add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // Sweep along the text keeping the spans that cover the current piece.
  const out: Segment[] = [];
  let active: typeof spans = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    active = active.filter((s) => s.end > start);
    while (next < spans.length && spans[next].start <= start) active.push(spans[next++]);
    const mentions: number[] = [];
    const flags: FlagKind[] = [];
    for (const s of active) {
      if (s.id !== undefined) mentions.push(s.id);
      else if (s.flag && !flags.includes(s.flag)) flags.push(s.flag);
    }
    out.push({ start, end, mentions, flags });
  }
  return out;
}
