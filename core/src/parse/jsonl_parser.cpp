#include "parse/jsonl_parser.hpp"

#include <string>

#include "parse/diagnostic_list.hpp"
#include "parse/json_dialogues.hpp"
#include "parse/json_reader.hpp"
#include "parse/line_splitter.hpp"

namespace feltline::parse {

bool looks_like_jsonl(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty()) continue;
    if (line.front() != '{' || !read_json(line).ok) return false;
    return pos < text.size() && !is_blank(text.substr(pos));
  }
  return false;
}

ParsedDocument parse_jsonl(std::string_view text, const ColumnChoice& columns) {
  ParsedDocument doc;
  doc.format = "jsonl";
  DiagnosticList diagnostics(doc.diagnostics);
  ParsedDialogue single;  // when each line is a message
  DiagnosticList single_diagnostics(single.diagnostics);
  JsonShape mode = JsonShape::unknown;
  int valid = 0;
  for (const auto& line : split_lines(text)) {
    std::string_view s = trim(line.text);
    if (s.empty()) continue;
    JsonRead r = read_json(s, line.number);
    if (!r.ok) {
      diagnostics.add("jsonl_line", Severity::warning, describe_json_error(r) + "; line skipped",
                      line.number);
      continue;
    }
    ++valid;
    JsonShape shape = classify_json(r.value, columns);
    if (shape == JsonShape::corpus)
      shape = JsonShape::unknown;  // a corpus on one line is not a JSON Lines shape
    if (mode == JsonShape::unknown) mode = shape;
    if (shape == JsonShape::unknown || shape != mode) {
      diagnostics.add("jsonl_shape", Severity::warning,
                      mode == JsonShape::dialogue
                          ? "line holds no dialogue (expected {\"id\", \"messages\"}); skipped"
                          : "line holds no message (expected speaker and text fields); skipped",
                      line.number);
      continue;
    }
    if (mode == JsonShape::message) {
      add_json_message(r.value, r, columns, "\n\n", single, single_diagnostics);
    } else {
      ParsedDialogue d = read_json_dialogue(r.value, r, columns, true);
      if (!d.id) d.id = std::to_string(line.number);
      doc.dialogues.push_back(std::move(d));
    }
  }
  single_diagnostics.flush();
  diagnostics.flush();
  if (mode == JsonShape::message) {
    if (!single.turns.empty()) doc.dialogues.push_back(std::move(single));
  } else if (mode == JsonShape::dialogue) {
    doc.corpus = true;
  }
  if (valid == 0) {
    doc.diagnostics.push_back({Severity::error, "no line of the input is valid JSON", 0});
  } else if (doc.dialogues.empty()) {
    doc.diagnostics.push_back({Severity::error, "no messages found in the JSON Lines", 0});
    doc.no_fallback = true;
  }
  return doc;
}

}  // namespace feltline::parse
