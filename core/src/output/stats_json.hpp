// JSON of the statistics (see core/include/feltline/stats.hpp and docs/metrics.md).
#pragma once

#include "feltline/stats.hpp"
#include "output/json_numbers.hpp"

namespace feltline::output {

Json turn_stats_json(const TurnStats& stats);
Json speaker_stats_json(const SpeakerStats& stats);
Json session_stats_json(const SessionStats& stats);

}  // namespace feltline::output
