// One line of a JSON Lines corpus, read on its own (feltline::CorpusStream):
// the same dialogue parse_jsonl gives for that line inside the whole input.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "feltline/options.hpp"
#include "parse/parsed_document.hpp"

namespace feltline::parse {

/// `line` is clean UTF-8 (text/input_cleanup.hpp), `line_number` its 1-based
/// place in the corpus. The dialogue, with the line number as its id when it
/// has no id of its own; nullopt with `error` set (one line) when the line is
/// not JSON or holds no dialogue.
std::optional<ParsedDialogue> parse_jsonl_corpus_line(std::string_view line, int line_number,
                                                      const ColumnChoice& columns, std::string& error);

}  // namespace feltline::parse
