// A turn's "stats" object written straight through JsonWriter: the same bytes
// as nlohmann's dump of turn_stats_json() (stats_json.hpp, kept as the
// reference), without building an ordered_json tree per turn. A 10 MB session
// has about 30,000 turns; their trees cost more than the rest of the output.
#pragma once

#include "feltline/stats.hpp"
#include "output/json_writer.hpp"

namespace feltline::output {

/// Writes `stats` as the next value of `w`.
void write_turn_stats(JsonWriter& w, const TurnStats& stats);

}  // namespace feltline::output
