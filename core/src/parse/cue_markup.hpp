// The text of one WebVTT or SRT cue, with its markup removed:
//   <v Roger Bingham>text      <v.loud Joe>text</v>      <i>, <b>, <u>, <c.x>,
//   <ruby>/<rt>, <lang en>, <00:00:05.000> timestamps, SRT's <font ...> and
//   {\an8} position codes; HTML character references are decoded.
// A cue may hold several voices ("<v Chris>Okay.</v>\n<v Kyle>Oh?</v>"); each
// becomes its own segment. Text after "</v>" stays with that voice.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "parse/diagnostic_list.hpp"
#include "parse/line_splitter.hpp"

namespace feltline::parse {

struct CueSegment {
  std::optional<std::string> voice;  // from <v Name>; nullopt when unnamed or untagged
  bool voice_tagged = false;         // a <v> tag (named or not) opened this segment
  std::string text;                  // lines joined with a space ("- " dialogue lines keep a line break)
  int line = 0;                      // input line where the segment starts
};

/// Appends the segments of one cue's payload lines to `out`. An unclosed
/// "<v Name" (no '>') is reported and its words kept as text.
void read_cue_payload(const std::vector<Line>& payload, std::vector<CueSegment>& out,
                      DiagnosticList& diagnostics);

}  // namespace feltline::parse
