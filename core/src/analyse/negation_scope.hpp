// Negation: which words a "not", "no", "never", "without", "no longer" ...
// denies, and which a trailing "gone" or "anymore" denies. Pseudo-negations
// ("not only", "no doubt") and hedges ("not very") are longer phrases in the
// cue lists, so the matcher takes them first and they negate nothing. The
// scope is the cue's clause, at most the window in context_cues.json, and it
// stops at a wh-clause ("I don't know why I'm anxious").
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Fills c.negated_by.
void find_negation_scope(TurnContext& c);

}  // namespace feltline::analyse
