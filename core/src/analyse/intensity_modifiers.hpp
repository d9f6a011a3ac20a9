// Intensity modifiers of a mention, as written: "slight", "really", "a bit",
// "less", "not very". They change how strong a feeling is and never negate it.
// A modifier belongs to the mention it precedes (through determiners: "a
// slight coldness"), sits inside ("less chest tightness"), or directly
// follows ("loosens a little").
#pragma once

#include <string>
#include <vector>

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

void collect_intensity(const TurnContext& c, const Candidate& m, const std::string& text,
                       std::vector<std::string_view>& out);

}  // namespace feltline::analyse
