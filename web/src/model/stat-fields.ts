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

/** The first of several paths that holds a number. */
export function firstNumber(bag: Bag, ...paths: string[]): number | null {
  for (const p of paths) {
    const v = numberAt(bag, p);
    if (v !== null) return v;
  }
  return null;
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
  const open = firstNumber(s, 'questions.open', 'open_questions');
  const closed = firstNumber(s, 'questions.closed', 'closed_questions');
  const total = firstNumber(s, 'questions.total', 'questions') ?? (open !== null || closed !== null ? (open ?? 0) + (closed ?? 0) : null);
  return total === null ? null : { total, open, closed };
}

/** Share of the turn's word trigrams its speaker already used (0–1). */
export function turnRepetition(turn: Turn): number | null {
  return firstNumber(turn.stats, 'repetition', 'repetition.share');
}

/** Emotion and sensation words a therapist turn reflects from the client. */
export function turnEchoes(turn: Turn): number {
  const v = valueAt(turn.stats, 'echo') ?? valueAt(turn.stats, 'echoes');
  if (Array.isArray(v)) return v.length;
  if (typeof v === 'number') return v;
  return turn.mentions.filter((m) => m.echo).length;
}

/** Estimated tokens of the dialogue up to and including this turn. */
export function turnCumulativeTokens(turn: Turn): number | null {
  return firstNumber(turn.stats, 'cumulative_tokens', 'cumulative_tokens_estimate', 'tokens_cumulative');
}

export function turnWords(turn: Turn): number {
  return numberAt(turn.stats, 'words') ?? 0;
}
