// A definite reference back to a feeling the other speaker only imagined is
// that imagined feeling:
//
//   C: Relief, for about ten minutes. Then shame, because I'd have wasted the ticket.
//   T: So the relief is short and the shame lasts.       (both imagined)
//   C: I don't want him growing up worried like I did.
//   T: You don't want him to carry that worry.            (imagined)
//
// A mention after "the", "that", "this" or "those" is hypothetical when the
// previous turn, by the other speaker, named the same emotion category (or
// sensation quality) only hypothetically, and the sentence does not step back
// into the present or the past ("The fear is already here, isn't it?").
#pragma once

#include <vector>

#include "analyse/turn_context.hpp"
#include "feltline/mention.hpp"

namespace feltline::analyse {

/// `mentions` are the turn's mentions in the order of c.candidates; `previous`
/// the other speaker's previous turn's mentions.
void mark_imagined_references(const TurnContext& c, const std::vector<Mention>& previous,
                              std::vector<Mention>& mentions);

}  // namespace feltline::analyse
