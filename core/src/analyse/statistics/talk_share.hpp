// How the talking was shared: each speaker's share of the words, words per
// turn (mean and median), and the therapist:client talk ratio.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "feltline/stats.hpp"

namespace feltline::analyse {

struct WordsPerTurn {
  std::optional<double> mean;
  std::optional<double> median;  // of an even count: the mean of the middle two
};

/// `words` are the word counts of a speaker's speech turns (reordered in place).
WordsPerTurn words_per_turn(std::vector<std::uint32_t>& words);

/// Fills talk_share of every speaker from the words of all of them.
void fill_talk_shares(std::vector<SpeakerStats*>& speakers);

}  // namespace feltline::analyse
