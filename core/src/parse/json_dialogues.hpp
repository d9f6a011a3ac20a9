// Finds the dialogues in a parsed JSON value, whatever shape the export has:
//   {"messages": [{"role": "user", "content": "..."}, ...]}    one chat
//   [{"role": "assistant", "content": "..."}, ...]              a bare array of messages
//   {"participant_id": "...", "utterances": [{"speaker": "client", "text": "..."}]}
//   [{"id": "a", "messages": [...]}, ...]  or  {"dialogues": [...]}   a corpus
//   {"role": "user", "content": "..."}                           one message (a JSON Lines line)
// Messages are objects with a text-like key (text, content, utterance, ...,
// see core/data/transcript_fields.json); `content` may be a list of parts.
#pragma once

#include <vector>

#include "feltline/options.hpp"
#include "parse/diagnostic_list.hpp"
#include "parse/json_reader.hpp"
#include "parse/parsed_document.hpp"

namespace feltline::parse {

enum class JsonShape { message, dialogue, corpus, unknown };

/// What `value` holds.
JsonShape classify_json(const OrderedJson& value, const ColumnChoice& columns);

/// Turns one message object into a turn; `system` messages go to
/// `dialogue.metadata` instead. Consecutive messages by one speaker merge (a
/// blank line between them; a space for "utterances"/"segments", which hold
/// the thought units of one turn). Returns false when the object has no text.
bool add_json_message(const OrderedJson& message, const JsonRead& source, const ColumnChoice& columns,
                      std::string_view joiner, ParsedDialogue& dialogue, DiagnosticList& diagnostics);

/// The dialogue held by `value` (classified as a dialogue): its messages, and
/// its other scalar fields as metadata. For a dialogue inside a corpus
/// (`in_corpus`), its id-like field becomes the dialogue's id instead.
ParsedDialogue read_json_dialogue(const OrderedJson& value, const JsonRead& source,
                                  const ColumnChoice& columns, bool in_corpus = false);

/// The dialogues of a corpus value, each with an id (its id-like field, or
/// its 1-based position).
std::vector<ParsedDialogue> read_json_corpus(const OrderedJson& value, const JsonRead& source,
                                             const ColumnChoice& columns);

}  // namespace feltline::parse
