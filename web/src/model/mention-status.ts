// How a mention counts, decided as the core decides it (core/include/feltline/
// stats.hpp, MentionStatus) and computed once per analysis in session-model.ts:
// only asserted mentions are felt and said by the speaker; negated,
// hypothetical and quoted ones are shown but counted apart; mentions in stage
// notes or generation errors are not speech.
import { STATUS_NAMES, type MentionRef, type MentionStatus, type SessionModel } from './session-model';

export type { MentionStatus };

export function mentionStatus(ref: MentionRef, model: SessionModel): MentionStatus {
  return STATUS_NAMES[model.status[ref.id]];
}

export function isAsserted(ref: MentionRef, model: SessionModel): boolean {
  return model.status[ref.id] === 0;
}
