// Reading the statistics the core writes (issue 5, docs/metrics.md) without
// trusting their presence: a figure the analysis does not carry is null, and
// the views leave it out rather than show a made-up zero.
import type { Turn } from '../analysis/feltline-types';

type Bag = Record<string, unknown> | undefined | null;

/** The number at `path` ("questions.open"), or null. */
export function numberAt(bag: Bag, path: string): number | null {
  let v: unknown = bag;
  for (const key of path.split('.')) {
    if (!v || typeof v !== 'object') return null;
    v = (v as Record<string, unknown>)[key];
  }
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function valueAt(bag: Bag, path: string): unknown {
  let v: unknown = bag;
  for (const key of path.split('.')) {
    if (!v || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

export interface QuestionCounts {
  total: number;
  open: number | null;
  closed: number | null;
}

export function turnQuestions(turn: Turn): QuestionCounts | null {
  const s = turn.stats;
  const open = numberAt(s, 'questions.open');
  const closed = numberAt(s, 'questions.closed');
  if (open === null && closed === null) return null;
  return { total: (open ?? 0) + (closed ?? 0), open, closed };
}

/** Share of the turn's word trigrams its speaker already used (0–1). */
export function turnRepetition(turn: Turn): number | null {
  return numberAt(turn.stats, 'repetition');
}

/** Emotion and sensation mentions in a turn that reflect the client's words (echoes). */
export function turnEchoes(turn: Turn): number {
  const v = valueAt(turn.stats, 'echoes');
  if (typeof v === 'number') return v;
  return turn.mentions.filter((m) => m.echo).length;
}

/** False for a turn that is not speech (a generation error). */
export function isSpeechTurn(turn: Turn): boolean {
  const v = valueAt(turn.stats, 'speech');
  if (typeof v === 'boolean') return v;
  return !turn.flags.some((f) => f.kind === 'generation_error');
}

/** Estimated tokens of the dialogue up to and including this turn. */
export function turnCumulativeTokens(turn: Turn): number | null {
  return numberAt(turn.stats, 'cumulative_tokens_estimate');
}

export function turnWords(turn: Turn): number {
  return numberAt(turn.stats, 'words') ?? 0;
}
