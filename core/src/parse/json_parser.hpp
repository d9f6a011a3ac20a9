// JSON exports of chats and transcripts (shapes in json_dialogues.hpp).
#pragma once

#include <string_view>

#include "feltline/options.hpp"
#include "parse/parsed_document.hpp"

namespace feltline::parse {

/// Parses one JSON document: a chat, a bare array of messages, or a corpus
/// of dialogues. Malformed JSON gives no dialogue and an error diagnostic with
/// its line and column (the caller then reads the text as plain text); valid
/// JSON with no messages gives no dialogue and `no_fallback`.
ParsedDocument parse_json(std::string_view text, const ColumnChoice& columns);

}  // namespace feltline::parse
