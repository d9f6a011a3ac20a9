#include "parse/plain_paragraph_parser.hpp"

#include "parse/line_splitter.hpp"
#include "parse/turn_text_builder.hpp"

namespace feltline::parse {

ParsedDocument parse_plain_paragraphs(std::string_view text) {
  ParsedDocument doc;
  doc.format = "plain";
  ParsedDialogue dialogue;
  TurnTextBuilder current;
  for (const auto& line : split_lines(text)) {
    if (is_blank(line.text)) {
      current.finish_into(dialogue.turns);
      continue;
    }
    if (!current.started()) current.start(std::nullopt, line.number);
    current.add_line(line.text);
  }
  current.finish_into(dialogue.turns);
  if (!dialogue.turns.empty()) {
    dialogue.diagnostics.push_back(
        {Severity::warning, "no speaker labels found: each paragraph is a turn with no speaker", 0});
    doc.dialogues.push_back(std::move(dialogue));
  }
  return doc;
}

}  // namespace feltline::parse
