// Everything the linked views share, in one bundle passed to each view.
import type { SessionModel, XMeasure } from '../model/session-model';
import { ALL_SHOWN, type Filters } from './filters';
import { ObservableValue } from './observable-value';
import type { TurnRange } from './selection';

export type BodySpeaker = 'client' | 'therapist' | 'both';

export interface ViewState {
  model: ObservableValue<SessionModel | null>;
  filters: ObservableValue<Filters>;
  /** Brushed turns, or null for the whole session. */
  range: ObservableValue<TurnRange | null>;
  /** The mention picked on the timeline or in a table (its MentionRef id). */
  picked: ObservableValue<number | null>;
  /** A turn to bring into view in the transcript (a new object each time). */
  shownTurn: ObservableValue<{ turn: number } | null>;
  measure: ObservableValue<XMeasure>;
  /** Turns the timeline and strip are zoomed to, or null for the whole session. */
  zoom: ObservableValue<TurnRange | null>;
  bodySpeaker: ObservableValue<BodySpeaker>;
}

export function createViewState(): ViewState {
  const state: ViewState = {
    model: new ObservableValue<SessionModel | null>(null),
    filters: new ObservableValue<Filters>(ALL_SHOWN),
    range: new ObservableValue<TurnRange | null>(null),
    picked: new ObservableValue<number | null>(null),
    shownTurn: new ObservableValue<{ turn: number } | null>(null),
    measure: new ObservableValue<XMeasure>('turns'),
    zoom: new ObservableValue<TurnRange | null>(null),
    bodySpeaker: new ObservableValue<BodySpeaker>('client'),
  };
  // A new dialogue starts unfiltered (speakers and lanes differ), at its whole extent.
  state.model.watch((model) => {
    state.filters.set(ALL_SHOWN);
    state.range.set(null);
    state.zoom.set(null);
    state.picked.set(null);
    if (model && !model.measures.includes(state.measure.value)) state.measure.set('turns');
  });
  return state;
}
