#include "parse/jsonl_corpus_line.hpp"

#include "parse/json_dialogues.hpp"
#include "parse/json_reader.hpp"
#include "parse/line_splitter.hpp"

namespace feltline::parse {

std::optional<ParsedDialogue> parse_jsonl_corpus_line(std::string_view line, int line_number,
                                                      const ColumnChoice& columns, std::string& error) {
  const std::string_view s = trim(line);
  JsonRead r = read_json(s, line_number);
  if (!r.ok) {
    error = describe_json_error(r);
    return std::nullopt;
  }
  // As parse_jsonl: a corpus on one line is not a JSON Lines shape.
  switch (classify_json(r.value, columns)) {
    case JsonShape::dialogue:
      break;
    case JsonShape::message:
      error = "line holds one message, not a dialogue (a streamed corpus has one {\"id\", \"messages\"} per line)";
      return std::nullopt;
    default:
      error = "line holds no dialogue (expected {\"id\", \"messages\"})";
      return std::nullopt;
  }
  ParsedDialogue d = read_json_dialogue(r.value, r, columns, true);
  if (!d.id) d.id = std::to_string(line_number);
  return d;
}

}  // namespace feltline::parse
