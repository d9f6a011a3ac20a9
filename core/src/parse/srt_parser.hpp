// SubRip subtitles:
//   1
//   00:00:01,000 --> 00:00:04,000
//   THERAPIST: How have the mornings been?
//
// Numbered cues with a timing line and text lines, separated by blank lines.
// Speakers come from "Name: text" prefixes; <i>, <b>, <font> and {\an8} are
// removed.
#pragma once

#include <string_view>

#include "parse/parsed_document.hpp"

namespace feltline::parse {

/// True when the first non-blank lines are a cue number and an SRT timing line
/// (or a timing line straight away).
bool looks_like_srt(std::string_view text);

/// Parses SRT. Tolerates missing blank lines and cue numbers (reported);
/// cues with a malformed timing keep their text, times left empty. Returns a
/// document with no dialogue when the input holds no cue at all.
ParsedDocument parse_srt(std::string_view text);

}  // namespace feltline::parse
