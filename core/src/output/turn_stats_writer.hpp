// A turn's "stats" object written straight through JsonWriter: the same bytes
// as nlohmann's dump of turn_stats_json() (stats_json.hpp, kept as the
// reference), without building an ordered_json tree per turn. A 10 MB session
// has about 30,000 turns; their trees cost more than the rest of the output.
#pragma once

#include <string>

#include "feltline/stats.hpp"
#include "output/json_writer.hpp"

namespace feltline::output {

/// Appends `stats` as a JSON object, as `Json::dump` would print it: compact,
/// or pretty (indent 2) for an object that starts `depth` levels deep.
void append_turn_stats_json(std::string& out, const TurnStats& stats, bool pretty, int depth);

/// Writes `stats` as the next value of `w`.
void write_turn_stats(JsonWriter& w, const TurnStats& stats);

}  // namespace feltline::output
