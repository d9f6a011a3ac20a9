// How a mention counts, decided as the core decides it (core/include/feltline/
// stats.hpp, MentionStatus), in this order: not speech (in a stage note or a
// generation-error turn), quoted (someone else's words, e.g. a role-played
// colleague), negated, hypothetical, else asserted. Only asserted mentions are
// felt and said by the speaker; the others are shown, but counted apart.
import type { MentionRef, SessionModel } from './session-model';
import { isSpeechTurn } from './stat-fields';

export type MentionStatus = 'asserted' | 'negated' | 'hypothetical' | 'quoted' | 'not_speech';

export function mentionStatus(ref: MentionRef, model: SessionModel): MentionStatus {
  const turn = model.turns[ref.turn];
  const m = ref.mention;
  if (!isSpeechTurn(turn) || turn.flags.some((f) => f.kind === 'meta_note' && m.start >= f.start && m.end <= f.end)) return 'not_speech';
  if (m.quoted) return 'quoted';
  if (m.negated) return 'negated';
  if (m.hypothetical) return 'hypothetical';
  return 'asserted';
}

export function isAsserted(ref: MentionRef, model: SessionModel): boolean {
  return mentionStatus(ref, model) === 'asserted';
}
