// The rows of the timeline: one group per kind (emotions, body sensations,
// analytic language, custom dictionaries), one lane per emotion category or
// body region that occurs in the dialogue, and the self-ratings chart.
import type { MentionKind } from '../../analysis/feltline-types';
import type { SessionModel } from '../../model/session-model';
import { EMOTION_ORDER, KIND_LABELS, REGION_ORDER, label, orderOf } from '../../model/vocabulary';
import type { Filters } from '../../state/filters';

export const LANE_HEIGHT = 17;
export const GROUP_HEADER = 20;
export const RATING_HEIGHT = 64;

export interface Lane {
  key: string;
  kind: MentionKind;
  label: string;
  /** Centre line of the lane. */
  y: number;
  /** Marks in the lane that pass the filters. */
  count: number;
}

export interface LaneGroup {
  kind: MentionKind;
  label: string;
  y: number;
  lanes: Lane[];
}

export interface LaneLayout {
  groups: LaneGroup[];
  byKey: Map<string, Lane>;
  /** Top of the ratings chart, or null without ratings. */
  ratingTop: number | null;
  height: number;
}

const GROUP_KINDS: MentionKind[] = ['emotion', 'sensation', 'analytic', 'custom'];

function laneName(key: string): string {
  const colon = key.indexOf(':');
  return colon === -1 ? '' : key.slice(colon + 1);
}

function laneSort(kind: MentionKind, a: string, b: string): number {
  const order: readonly string[] = kind === 'emotion' ? EMOTION_ORDER : kind === 'sensation' ? REGION_ORDER : [];
  return orderOf(order, a) - orderOf(order, b) || a.localeCompare(b);
}

/**
 * Lanes for every lane key present in the dialogue (hidden lanes and kinds
 * are left out), laid out from `top`. Counts are of marks passing `shown`.
 */
export function layoutLanes(model: SessionModel, filters: Filters, shown: (id: number) => boolean, top: number): LaneLayout {
  const counts = new Map<string, number>();
  let ratings = false;
  for (const ref of model.mentions) {
    if (ref.mention.kind === 'rating') {
      ratings = true;
      continue;
    }
    if (!counts.has(ref.lane)) counts.set(ref.lane, 0);
    if (shown(ref.id)) counts.set(ref.lane, counts.get(ref.lane)! + 1);
  }
  const groups: LaneGroup[] = [];
  const byKey = new Map<string, Lane>();
  let y = top;
  for (const kind of GROUP_KINDS) {
    if (filters.hiddenKinds.has(kind)) continue;
    const keys = [...counts.keys()]
      .filter((k) => k === kind || k.startsWith(kind + ':'))
      .filter((k) => !filters.hiddenLanes.has(k));
    if (keys.length === 0) continue;
    keys.sort((a, b) => laneSort(kind, laneName(a), laneName(b)));
    const group: LaneGroup = { kind, label: KIND_LABELS[kind], y, lanes: [] };
    y += GROUP_HEADER;
    for (const key of keys) {
      const name = laneName(key);
      const lane: Lane = {
        key,
        kind,
        label: kind === 'analytic' ? 'analytic words' : label(kind === 'custom' ? name.replace('/', ' · ') : name),
        y: y + LANE_HEIGHT / 2,
        count: counts.get(key)!,
      };
      group.lanes.push(lane);
      byKey.set(key, lane);
      y += LANE_HEIGHT;
    }
    groups.push(group);
    y += 4;
  }
  let ratingTop: number | null = null;
  if (ratings && !filters.hiddenKinds.has('rating')) {
    ratingTop = y + GROUP_HEADER;
    y = ratingTop + RATING_HEIGHT;
  }
  return { groups, byKey, ratingTop, height: y };
}
