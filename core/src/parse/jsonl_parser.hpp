// JSON Lines: one JSON value per line.
//   {"role": "user", "content": "..."}            one message per line: one dialogue
//   {"id": "s1", "messages": [...]}                one dialogue per line: a corpus
#pragma once

#include <string_view>

#include "feltline/options.hpp"
#include "parse/parsed_document.hpp"

namespace feltline::parse {

/// Parses JSON Lines. The first line that holds a message or a dialogue
/// decides which of the two shapes the file has; lines of the other shape,
/// invalid lines (reported with their line and column) and blank lines are
/// skipped. A corpus dialogue without an id field is named by its line
/// number. No valid line at all gives no dialogue.
ParsedDocument parse_jsonl(std::string_view text, const ColumnChoice& columns);

/// True when the first non-blank line is a complete JSON object and more
/// non-blank text follows it.
bool looks_like_jsonl(std::string_view text);

}  // namespace feltline::parse
