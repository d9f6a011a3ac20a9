// Times in the output are seconds from the start of the session. Exports that
// stamp turns with the time of day (Zoom's saved captions: "[Name] 19:00:48")
// are made relative to their first time.
#pragma once

#include <vector>

#include "parse/parsed_document.hpp"

namespace feltline::parse {

/// When `clock_times` is true, or the first time is one hour or later (a
/// recording does not start an hour in; a clock does), subtracts the first
/// time from every time and says so in an info diagnostic. A time earlier than
/// the one before it by more than 12 hours is taken to have passed midnight.
void make_clock_times_relative(std::vector<RawTurn>& turns, bool clock_times,
                               std::vector<Diagnostic>& diagnostics);

}  // namespace feltline::parse
