#include "parse/json_parser.hpp"

#include <string>

#include "parse/json_dialogues.hpp"
#include "parse/json_reader.hpp"

namespace feltline::parse {

ParsedDocument parse_json(std::string_view text, const ColumnChoice& columns) {
  ParsedDocument doc;
  doc.format = "json";
  JsonRead r = read_json(text);
  if (!r.ok) {
    doc.diagnostics.push_back({Severity::error, describe_json_error(r), r.error_line});
    return doc;
  }
  switch (classify_json(r.value, columns)) {
    case JsonShape::message:
    case JsonShape::dialogue: {
      ParsedDialogue d = read_json_dialogue(r.value, r, columns);
      if (d.turns.empty()) {
        doc.diagnostics = std::move(d.diagnostics);
        doc.diagnostics.push_back(
            {Severity::error, "the JSON holds messages, but none with text", r.root_line});
        doc.no_fallback = true;
        return doc;
      }
      doc.dialogues.push_back(std::move(d));
      return doc;
    }
    case JsonShape::corpus:
      doc.dialogues = read_json_corpus(r.value, r, columns);
      doc.corpus = true;
      return doc;
    case JsonShape::unknown:
      break;
  }
  doc.diagnostics.push_back(
      {Severity::error,
       "no messages found in the JSON: expected {\"messages\": [...]}, a list of objects with speaker and "
       "text "
       "fields, or a list of dialogues; name the fields with the columns option (CLI --text-column, "
       "--speaker-column)",
       r.root_line});
  doc.no_fallback = true;
  return doc;
}

}  // namespace feltline::parse
