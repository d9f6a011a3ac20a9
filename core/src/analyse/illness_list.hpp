// Sensation words inside a list of illnesses: "things like heart disease,
// cancer, liver problems, stomach pains, insomnia" names health risks; nobody
// in the room is said to feel the pains.
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Removes from c.candidates the sensations that are an item of a comma or
/// "and"/"or" list whose neighbouring item names an illness or a clinical word
/// (word classes `condition` and `disorder`).
void drop_sensations_in_illness_lists(TurnContext& c);

}  // namespace feltline::analyse
