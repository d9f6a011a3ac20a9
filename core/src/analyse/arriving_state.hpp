// A state whose coming is the occasion of a plan is anticipated, so imagined:
//
//   T: And at night, when the fear wakes you, put a hand on your belly.   (hypothetical)
//   T: Between now and then, when the dread comes at three, you know what to do.
//
// A clause opening with "when", fronted (its sentence, or a clause after a fronted
// time, starts with it), whose subject is a determiner and a state followed by a
// verb of arrival (list `arrival_verbs`: "comes", "wakes", "hits", "shows" ...),
// is a time still to come when its sentence is no question and the main clause
// after its comma is not the speaker's own habit (list `habit_subjects`: "I",
// "my", "we"): "When the panic comes, I just sit on the floor" reports. Nothing
// in the clause may be a word of the past or a habit ("always", "was").
// Not "whenever" (a habit), nor "The shoulders come up when the grief comes in"
// (not fronted), nor "What do you do when the loneliness hits?" (asked).
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Marks the words of such a clause hypothetical (kPrescribedOccasion) where nothing has.
void mark_arriving_states(TurnContext& c);

}  // namespace feltline::analyse
