// What the views share about one analysed dialogue: the analysis itself plus
// indexes computed once (every mention with an id, speakers by turn, the turn
// extents along each x measure), so that filtering and brushing stay cheap.
import type { Analysis, Mention, MentionKind, Role, Turn } from '../analysis/feltline-types';
import { isSpeechTurn, turnCumulativeTokens, turnEchoes, turnQuestions, turnRepetition, turnWords } from './stat-fields';

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

/** The core's per-turn figures, read once into arrays (NaN or -1 where the analysis has none). */
export interface TurnFigures {
  /** 1 for speech, 0 for a generation error. */
  speech: Uint8Array;
  /** Speech words (0 for a generation error). */
  words: Float64Array;
  questionsOpen: Float64Array;
  questionsClosed: Float64Array;
  /** Whether the analysis counts questions at all. */
  hasQuestions: boolean;
  echoes: Float64Array;
  repetition: Float64Array;
  cumulativeTokens: Float64Array;
}

/** How each mention counts, as the core decides (model/mention-status.ts, docs/metrics.md). */
export const STATUS_NAMES = ['asserted', 'negated', 'hypothetical', 'quoted', 'not_speech'] as const;
export type MentionStatus = (typeof STATUS_NAMES)[number];

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
  figures: TurnFigures;
  /** STATUS_NAMES index of each mention, by id. */
  status: Uint8Array;
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
  const figures = readFigures(turns);
  const status = new Uint8Array(mentions.length);
  for (const ref of mentions) status[ref.id] = statusOf(ref, turns[ref.turn], figures.speech[ref.turn] === 1);
  return { analysis, turns, speakers, speakerOfTurn, mentions, mentionStart, measures, extents, kindsPresent, figures, status };
}

function readFigures(turns: Turn[]): TurnFigures {
  const n = turns.length;
  const f: TurnFigures = {
    speech: new Uint8Array(n),
    words: new Float64Array(n),
    questionsOpen: new Float64Array(n).fill(NaN),
    questionsClosed: new Float64Array(n).fill(NaN),
    hasQuestions: false,
    echoes: new Float64Array(n),
    repetition: new Float64Array(n).fill(NaN),
    cumulativeTokens: new Float64Array(n).fill(NaN),
  };
  turns.forEach((turn, t) => {
    const speech = isSpeechTurn(turn);
    f.speech[t] = speech ? 1 : 0;
    f.words[t] = speech ? turnWords(turn) : 0;
    const q = turnQuestions(turn);
    if (q) {
      f.hasQuestions = true;
      f.questionsOpen[t] = q.open ?? NaN;
      f.questionsClosed[t] = q.closed ?? NaN;
    }
    f.echoes[t] = turnEchoes(turn);
    f.repetition[t] = turnRepetition(turn) ?? NaN;
    f.cumulativeTokens[t] = turnCumulativeTokens(turn) ?? NaN;
  });
  return f;
}

/**
 * The core's order (core/include/feltline/stats.hpp, MentionStatus): not speech
 * (a generation-error turn, or inside a stage note), quoted, negated,
 * hypothetical, else asserted.
 */
function statusOf(ref: MentionRef, turn: Turn, speech: boolean): number {
  const m = ref.mention;
  if (!speech || turn.flags.some((f) => f.kind === 'meta_note' && m.start >= f.start && m.end <= f.end)) return 4;
  if (m.quoted) return 3;
  if (m.negated) return 1;
  if (m.hypothetical) return 2;
  // A mention inside a question counts as asserted, as in the core: "How strong
  // was the anxiety?" presupposes the anxiety (docs/lexicon.md, Questions). The
  // "Asked" filter can still hide such mentions.
  return 0;
}
