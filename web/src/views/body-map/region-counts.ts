// How often sensations were mentioned in each body region, by whom, within
// the brushed turns and the filters. Felt sensations (asserted: said as
// present) shade the map; denied ("no tightness"), imagined ("I'd feel a tight
// chest") and quoted ones are counted apart, so the map never shows as felt
// what was not.
import { mentionStatus } from '../../model/mention-status';
import type { SessionModel } from '../../model/session-model';
import { isShown, type Filters } from '../../state/filters';
import { inRange, type TurnRange } from '../../state/selection';
import type { BodySpeaker } from '../../state/view-state';

export interface ByRole {
  client: number;
  therapist: number;
  /** Other or unknown speakers: counted under "both". */
  others: number;
}

export interface RegionCount {
  felt: ByRole;
  /** Negated, hypothetical or quoted. */
  deniedOrImagined: ByRole;
}

const zero = (): ByRole => ({ client: 0, therapist: 0, others: 0 });

export function countRegions(model: SessionModel, filters: Filters, range: TurnRange | null): Map<string, RegionCount> {
  const counts = new Map<string, RegionCount>();
  for (const ref of model.mentions) {
    const m = ref.mention;
    if (m.kind !== 'sensation' || !inRange(ref.turn, range) || !isShown(ref, filters)) continue;
    const region = m.region || 'unspecified';
    let c = counts.get(region);
    if (!c) counts.set(region, (c = { felt: zero(), deniedOrImagined: zero() }));
    const status = mentionStatus(ref, model);
    if (status === 'not_speech') continue;
    const bucket = status === 'asserted' ? c.felt : c.deniedOrImagined;
    if (m.role === 'client') bucket.client++;
    else if (m.role === 'therapist') bucket.therapist++;
    else bucket.others++;
  }
  return counts;
}

function pick(b: ByRole, who: BodySpeaker): number {
  return who === 'client' ? b.client : who === 'therapist' ? b.therapist : b.client + b.therapist + b.others;
}

/** Felt mentions of a region by `who`. */
export function countFor(c: RegionCount | undefined, who: BodySpeaker): number {
  return c ? pick(c.felt, who) : 0;
}

/** Denied or imagined mentions of a region by `who`. */
export function qualifiedFor(c: RegionCount | undefined, who: BodySpeaker): number {
  return c ? pick(c.deniedOrImagined, who) : 0;
}
