// Chooses the format of an input (or takes the one the person chose) and
// parses it into dialogues of raw turns.
#pragma once

#include <string_view>

#include "parse/parsed_document.hpp"

namespace feltline::parse {

/// Formats accepted by `format` besides "auto".
bool is_known_format(std::string_view format);

/// `text` must be clean UTF-8 with LF line ends (see text/input_cleanup.hpp).
ParsedDocument parse_document(std::string_view text, std::string_view format);

}  // namespace feltline::parse
