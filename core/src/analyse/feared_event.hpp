// A state felt now about an event to come:
//
//   T: What are you scared will happen?
//   T: What do you fear will happen if you never wash after the pole?
//   T: Can you tell me what you're most afraid will happen in the meeting?
//
// The modal right after the state ("will", "would", "'ll", "might") and a verb
// of the list feared_events ("happen") make the event the prediction; the fear
// is the listener's now. Three writers of the 33 studied splits ask so, and
// every such state is annotated as reported (docs/lexicon.md, round twenty-four).
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Frees such a state from the modal's cue in c.hypothetical_by. One pass over
/// the turn; call after find_hypothetical_scope.
void free_states_of_feared_events(TurnContext& c);

}  // namespace feltline::analyse
