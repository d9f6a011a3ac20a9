// What the views share about one analysed dialogue: the analysis itself plus
// indexes computed once (every mention with an id, speakers by turn, the turn
// extents along each x measure), so that filtering and brushing stay cheap.
import type { Analysis, Mention, MentionKind, Role, Turn } from '../analysis/feltline-types';

export const UNLABELLED = '(no speaker label)';

export interface SpeakerInfo {
  /** Index into SessionModel.speakers. */
  index: number;
  /** The name as written; UNLABELLED for turns without a label. */
  name: string;
  role: Role;
}

export interface MentionRef {
  /** Position in SessionModel.mentions; stable for one analysis. */
  id: number;
  turn: number;
  /** Position in turns[turn].mentions. */
  inTurn: number;
  speaker: number;
  mention: Mention;
  /** "emotion:anxiety", "sensation:chest", "analytic", "custom:dict/cat", "rating". */
  lane: string;
}

export type XMeasure = 'turns' | 'words' | 'time';

export interface SessionModel {
  analysis: Analysis;
  turns: Turn[];
  speakers: SpeakerInfo[];
  /** speakers[] index of each turn. */
  speakerOfTurn: Int32Array;
  mentions: MentionRef[];
  /** ids of each turn's mentions start at mentionStart[turn]. */
  mentionStart: Int32Array;
  /** Which x measures this dialogue supports. */
  measures: XMeasure[];
  /** [start, end) of each turn along a measure, in its units (turns, words, seconds). */
  extents: Record<XMeasure, Float64Array | null>;
  kindsPresent: Set<MentionKind>;
}

export function laneOf(m: Mention): string {
  switch (m.kind) {
    case 'emotion':
      return `emotion:${m.category || 'uncategorised'}`;
    case 'sensation':
      return `sensation:${m.region || 'unspecified'}`;
    case 'custom':
      return `custom:${m.dictionary ?? 'dictionary'}/${m.category || 'term'}`;
    default:
      return m.kind;
  }
}

function turnExtents(turns: Turn[], size: (t: Turn) => number): Float64Array {
  const out = new Float64Array(turns.length * 2);
  let at = 0;
  turns.forEach((t, i) => {
    out[2 * i] = at;
    at += size(t);
    out[2 * i + 1] = at;
  });
  return out;
}

/** Seconds, when every turn has a start time (an end is taken from the next start). */
function timeExtents(turns: Turn[]): Float64Array | null {
  if (turns.length === 0 || turns.some((t) => typeof t.time_start !== 'number')) return null;
  const out = new Float64Array(turns.length * 2);
  turns.forEach((t, i) => {
    const start = t.time_start as number;
    const next = turns[i + 1]?.time_start;
    let end = typeof t.time_end === 'number' ? t.time_end : typeof next === 'number' ? next : start + 5;
    if (end <= start) end = start + 1;
    out[2 * i] = start;
    out[2 * i + 1] = end;
  });
  return out;
}

export function buildSessionModel(analysis: Analysis): SessionModel {
  const turns = analysis.turns;
  const speakers: SpeakerInfo[] = analysis.speakers.map((s, index) => ({ index, name: s.name, role: s.role }));
  const byName = new Map(speakers.map((s) => [s.name, s.index]));
  const speakerOfTurn = new Int32Array(turns.length);
  const mentions: MentionRef[] = [];
  const mentionStart = new Int32Array(turns.length + 1);
  const kindsPresent = new Set<MentionKind>();
  turns.forEach((turn, t) => {
    const name = turn.speaker ?? UNLABELLED;
    let s = byName.get(name);
    if (s === undefined) {
      s = speakers.length;
      speakers.push({ index: s, name, role: turn.role });
      byName.set(name, s);
    }
    speakerOfTurn[t] = s;
    mentionStart[t] = mentions.length;
    turn.mentions.forEach((mention, inTurn) => {
      kindsPresent.add(mention.kind);
      mentions.push({ id: mentions.length, turn: t, inTurn, speaker: s!, mention, lane: laneOf(mention) });
    });
  });
  mentionStart[turns.length] = mentions.length;
  const extents: SessionModel['extents'] = {
    turns: turnExtents(turns, () => 1),
    words: turnExtents(turns, (t) => Math.max(1, Number(t.stats?.words) || 0)),
    time: timeExtents(turns),
  };
  const measures: XMeasure[] = ['turns', 'words'];
  if (extents.time) measures.push('time');
  return { analysis, turns, speakers, speakerOfTurn, mentions, mentionStart, measures, extents, kindsPresent };
}
