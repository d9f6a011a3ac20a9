// Adds one mention to a MentionTally (feltline/stats.hpp) according to its
// status: asserted mentions by kind, category and region; the others apart.
#pragma once

#include "feltline/stats.hpp"

namespace feltline::analyse {

void count_mention(MentionTally& tally, const Mention& mention, MentionStatus status);

}  // namespace feltline::analyse
