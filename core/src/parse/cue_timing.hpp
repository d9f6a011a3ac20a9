// The timing line of a WebVTT or SRT cue: "00:00:01.000 --> 00:00:04.000 align:start"
// (SRT writes "00:00:01,000"). Cue settings after the end time are ignored.
#pragma once

#include <optional>
#include <string_view>

#include "parse/diagnostic_list.hpp"

namespace feltline::parse {

/// True for a line holding "-->", which no cue text may hold.
bool is_cue_timing_line(std::string_view line);

struct CueTiming {
  std::optional<double> start;
  std::optional<double> end;
};

/// Reads the start and end; a malformed or missing time is reported on
/// `line_number` and left empty, never guessed.
CueTiming parse_cue_timing(std::string_view line, int line_number, DiagnosticList& diagnostics);

}  // namespace feltline::parse
