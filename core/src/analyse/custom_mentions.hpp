// Mentions from the dictionaries a person brings: every hit of a custom
// dictionary term becomes a mention of kind "custom" with the dictionary's name
// and the category (one mention per category of the term, as LIWC counts).
// Custom dictionaries match whole words (with '*' prefixes) on the turn's ICU
// words; the context flags come from the same scopes as every other mention.
#pragma once

#include <memory>
#include <vector>

#include "analyse/turn_context.hpp"
#include "lexicon/custom_lexicon_cache.hpp"

namespace feltline::analyse {

/// Appends the custom mentions of turn `turn` to turn.mentions.
void find_custom_mentions(const TurnContext& c,
                          const std::vector<std::shared_ptr<const lexicon::CustomLexicon>>& lexicons,
                          const Turn& turn, std::vector<Mention>& out);

}  // namespace feltline::analyse
