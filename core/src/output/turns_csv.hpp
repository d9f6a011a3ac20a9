// The per-turn table as CSV (`--csv turns`, options "output": "turns_csv"):
// one row per turn, columns documented in docs/metrics.md ("CSV output").
#pragma once

#include <string>

#include "feltline/transcript.hpp"

namespace feltline::output {

/// Appends the header row.
void append_turns_csv_header(std::string& out);
/// Appends one row per turn of `transcript`.
void append_turns_csv(const Transcript& transcript, std::string& out);

}  // namespace feltline::output
