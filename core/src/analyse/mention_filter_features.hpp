// The features the mention filter (mention_filter.hpp) reads of one emotion or
// sensation mention, once the rules have found it and set its flags: the
// lexicon entry, its category, region and quality, the rule that found it, its
// flags and cues, the speaker's role, the words next to it and in its clause and
// sentence (with their cue-word lists), the sentence's first word and whether it
// asks, and the shapes that make a feeling word a topic rather than a feeling
// ("the fear of", "about anxiety", "panic disorder", "people get anxious").
// docs/lexicon.md ("Learned mention filter") lists them.
#pragma once

#include <cstddef>
#include <vector>

#include "analyse/linear_model.hpp"
#include "analyse/turn_context.hpp"
#include "feltline/transcript.hpp"

namespace feltline::analyse {

/// The features of `mentions[index]` (parallel to c.candidates), after the rules.
void extract_mention_filter_features(const TurnContext& c, const std::vector<Mention>& mentions,
                                     std::size_t index, Role role, FeatureSink& out);

}  // namespace feltline::analyse
