// Hypotheticals: what is imagined, conditional, anticipated or wished for
// rather than felt. Modals and futures ("would", "'d", "might", "could",
// "will", "going to") qualify the rest of their clause; "if" only its own
// condition ("If I let it sit, there's a shift" reports the shift); imagination
// cues ("imagine", "picture") the rest of the sentence, across ':' and ';';
// desire cues ("want to", "hope to", "need to") only a state that follows a
// feel/be verb ("want to feel calm", not "want to avoid the shame"). Reported
// perception ("could feel") and hedges ("I'd say") are pseudo cues.
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Fills c.hypothetical_by and c.desire_by.
void find_hypothetical_scope(TurnContext& c);

}  // namespace feltline::analyse
