// Permission for a state nobody has reported is permission for a possible state
// (settled case 77), so the state is imagined:
//
//   T: It's okay to feel frightened walking back to bed.      (hypothetical)
//   T: You're allowed to be angry at them.                     (hypothetical)
//
// while permission for a state just reported validates it, and it stays reported:
//
//   C: I'm so nervous.   T: It's totally okay to be nervous.  (reported)
//
// A mention right after "okay/fine/alright/allowed to feel/be" (list
// `permission_words`, up to two skippable words such as "still" before it) is
// hypothetical unless the same turn before it, or one of the three turns before,
// reports a state of the same kind and category (not imagined, not denied).
// "It's normal to feel sad about that" is left to normalised_state
// (hypothetical_scope.cpp): "normal" validates a state now unless a time to come follows.
#pragma once

#include <vector>

#include "analyse/turn_context.hpp"
#include "feltline/mention.hpp"

namespace feltline::analyse {

/// `mentions` are the turn's mentions; `recent` the mentions of up to three turns before it.
void mark_permitted_states(const TurnContext& c, const std::vector<const std::vector<Mention>*>& recent,
                           std::vector<Mention>& mentions);

}  // namespace feltline::analyse
