// WebVTT captions (https://www.w3.org/TR/webvtt1/):
//   WEBVTT
//
//   NOTE recorded 12 May
//
//   1
//   00:00:01.000 --> 00:00:04.000 align:start
//   <v Therapist>How have the mornings been?
// Voice tags name speakers; Zoom's "Name: text" cue prefixes do too. NOTE,
// STYLE and REGION blocks are skipped, cue settings ignored, markup removed.
#pragma once

#include <string_view>

#include "parse/parsed_document.hpp"

namespace feltline::parse {

/// True when the first line starts with "WEBVTT".
bool has_webvtt_header(std::string_view text);

/// Parses WebVTT. Cues with a malformed timing keep their text (times left
/// empty, reported with the line). Returns a document with no dialogue when
/// the input holds no cue at all.
ParsedDocument parse_webvtt(std::string_view text);

}  // namespace feltline::parse
