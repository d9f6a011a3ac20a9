// Sentences and clauses of a turn, the units every context rule is scoped to.
// A clause starts after sentence punctuation, ';', ':', a dash, a bracket or a
// quotation mark, at a terminator ("but", "though"), and after a comma or
// "and"/"or" when a new subject or a clause opener follows ("..., and my hands
// go cold", "..., just tense"): a comma in a list ("tight, hot, heavy") does
// not end a clause.
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

void find_clauses(TurnContext& c);

}  // namespace feltline::analyse
