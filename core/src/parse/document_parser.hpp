// Chooses the format of an input (or takes the one the person chose) and
// parses it into dialogues of raw turns.
#pragma once

#include <string_view>

#include "feltline/options.hpp"
#include "parse/parsed_document.hpp"

namespace feltline::parse {

/// Formats accepted by `format` besides "auto" (format_detector.hpp).
bool is_known_format(std::string_view format);

/// `text` must be clean UTF-8 with LF line ends (see text/input_cleanup.hpp).
/// Detects the format unless `options.format` names one. When the input does
/// not hold that format after all (malformed JSON, a VTT without cues), the
/// problem is reported with its line and the text is read as labelled text,
/// or as plain paragraphs when it has no labels.
ParsedDocument parse_document(std::string_view text, const Options& options);

}  // namespace feltline::parse
