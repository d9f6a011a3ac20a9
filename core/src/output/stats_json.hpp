// JSON of the statistics (see core/include/feltline/stats.hpp and docs/metrics.md).
// Ratios are rounded to 4 decimals (json_numbers.hpp) so both hosts print the same digits.
#pragma once

#include "feltline/stats.hpp"
#include "output/json_numbers.hpp"

namespace feltline::output {

Json turn_stats_json(const TurnStats& stats);
Json speaker_stats_json(const SpeakerStats& stats);
Json session_stats_json(const SessionStats& stats);
/// The "mentions" object of turn and speaker statistics.
Json mention_tally_json(const MentionTally& tally);
/// A rounded ratio, or null.
Json optional_ratio(const std::optional<double>& value, int digits = 4);

}  // namespace feltline::output
