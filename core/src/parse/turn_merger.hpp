// Consecutive cues, messages or rows by one speaker are one turn: a turn is
// what a speaker says until someone else speaks.
#pragma once

#include <string_view>
#include <vector>

#include "parse/parsed_document.hpp"

namespace feltline::parse {

/// Appends `turn` to `turns`, or, when the last turn has the same speaker
/// (named, not null) and role hint, joins its text to that turn with `joiner`
/// between them; the merged turn keeps the first one's start time and line
/// and takes the last one's end time. Returns true when it merged.
bool append_merging(std::vector<RawTurn>& turns, RawTurn&& turn, std::string_view joiner);

}  // namespace feltline::parse
