// Which mentions the views show. Everything is shown by default; people switch
// speakers, kinds, lanes (emotion categories, body regions) and the context
// flags off. The timeline, body map, tables and transcript highlights all
// follow the same filters.
import type { MentionKind } from '../analysis/feltline-types';
import type { MentionRef } from '../model/session-model';

export interface Filters {
  /** speakers[] indexes switched off. */
  hiddenSpeakers: ReadonlySet<number>;
  hiddenKinds: ReadonlySet<MentionKind>;
  /** Lanes switched off: "emotion:anxiety", "sensation:chest", ... */
  hiddenLanes: ReadonlySet<string>;
  showNegated: boolean;
  showHypothetical: boolean;
  /** Mentions inside questions ("Did you feel anxious?"). */
  showQuestions: boolean;
  showQuoted: boolean;
}

export const ALL_SHOWN: Filters = {
  hiddenSpeakers: new Set(),
  hiddenKinds: new Set(),
  hiddenLanes: new Set(),
  showNegated: true,
  showHypothetical: true,
  showQuestions: true,
  showQuoted: true,
};

export function isShown(ref: MentionRef, f: Filters): boolean {
  const m = ref.mention;
  if (f.hiddenSpeakers.has(ref.speaker) || f.hiddenKinds.has(m.kind) || f.hiddenLanes.has(ref.lane)) return false;
  if (m.negated && !f.showNegated) return false;
  if (m.hypothetical && !f.showHypothetical) return false;
  if (m.question && !f.showQuestions) return false;
  if (m.quoted && !f.showQuoted) return false;
  return true;
}

export function isFiltering(f: Filters): boolean {
  return (
    f.hiddenSpeakers.size > 0 || f.hiddenKinds.size > 0 || f.hiddenLanes.size > 0 || !f.showNegated || !f.showHypothetical || !f.showQuestions || !f.showQuoted
  );
}

/** A copy of `set` with `item` added or removed. */
export function toggled<T>(set: ReadonlySet<T>, item: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(item);
  else next.delete(item);
  return next;
}
