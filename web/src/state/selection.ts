// The range of turns brushed on the timeline (null: the whole session) and the
// mention the person last picked, shared by every view.
export interface TurnRange {
  /** First and last turn index, inclusive. */
  first: number;
  last: number;
}

export function inRange(turn: number, range: TurnRange | null): boolean {
  return !range || (turn >= range.first && turn <= range.last);
}

export function describeRange(range: TurnRange | null, turnCount: number): string {
  if (!range) return `all ${turnCount} turns`;
  return range.first === range.last ? `turn ${range.first + 1}` : `turns ${range.first + 1}–${range.last + 1}`;
}
