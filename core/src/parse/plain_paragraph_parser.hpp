// Fallback for text with no speaker labels: each paragraph is a turn with no
// speaker, and a diagnostic says that no labels were found.
#pragma once

#include <string_view>

#include "parse/parsed_document.hpp"

namespace feltline::parse {

ParsedDocument parse_plain_paragraphs(std::string_view text);

}  // namespace feltline::parse
