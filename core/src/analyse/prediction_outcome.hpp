// A prediction set against what happened:
//
//   T: You predicted terror and got uneasy.            (terror imagined, uneasy felt)
//   T: So the prediction was panic, and what you got was breathless, jelly legs ...
//   T: You expected to be pumped and got a racing heart instead.
//
// A prediction cue ("predicted", "prediction", "expected to") puts the rest of
// its sentence under it; a phrase of the list prediction_outcomes ("and got",
// "what you got", "what you saw") after it opens the outcome, which happened.
// Three writers of the 33 studied splits check a prediction so, and annotate
// every state of the outcome as reported (docs/lexicon.md, round twenty-four).
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Frees the words of an outcome clause from the prediction cue that governs
/// them in c.hypothetical_by (other cues stay). One pass over the turn; call
/// after find_hypothetical_scope.
void end_predictions_at_outcome(TurnContext& c);

}  // namespace feltline::analyse
