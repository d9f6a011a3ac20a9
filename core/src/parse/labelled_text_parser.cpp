#include "parse/labelled_text_parser.hpp"

#include <optional>
#include <string>
#include <vector>

#include "parse/clock_times.hpp"
#include "parse/diagnostic_list.hpp"
#include "parse/label_vote.hpp"
#include "parse/line_splitter.hpp"
#include "parse/timestamp.hpp"
#include "parse/turn_text_builder.hpp"

namespace feltline::parse {

ParsedDocument parse_labelled_text(std::string_view text) {
  ParsedDocument doc;
  doc.format = "labelled_text";
  const auto lines = split_lines(text);

  // Each line's candidate label, matched once and read again by the second pass.
  std::vector<std::optional<LabelMatch>> matches(lines.size());
  LabelVote vote;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if ((matches[i] = match_label(lines[i].text))) vote.count(*matches[i]);

  ParsedDialogue dialogue;
  DiagnosticList diagnostics(dialogue.diagnostics);
  TurnTextBuilder current;
  bool any_label = false;
  bool clock_times = false;
  int merged = 0, first_merged_line = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    const std::optional<LabelMatch>& m = matches[i];
    if (!m || !vote.is_speaker_label(*m)) {
      if (!current.started()) {
        if (is_blank(line.text)) continue;
        current.start(std::nullopt, line.number);  // text before the first label
      }
      current.add_line(line.text);
      continue;
    }
    any_label = true;
    if (m->style == LabelStyle::caption_header) clock_times = true;
    std::optional<double> time;
    if (!m->time.empty()) {
      double seconds = 0;
      std::string problem;
      if (parse_timestamp(m->time, seconds, problem) == TimeStatus::ok)
        time = seconds;
      else
        diagnostics.add("bad_time", Severity::warning, malformed_time_message(m->time, problem), line.number);
    }
    if (current.started() && current.turn().speaker && *current.turn().speaker == m->name) {
      // The same speaker again: one turn, as for cues and messages (docs/formats.md).
      current.join_next_with(m->style == LabelStyle::caption_header ? " " : "\n\n");
      if (!first_merged_line) first_merged_line = line.number;
      ++merged;
    } else {
      current.finish_into(dialogue.turns);
      current.start(std::string(m->name), line.number);
      current.turn().time_start = time;
    }
    current.add_line(m->rest);
  }
  current.finish_into(dialogue.turns);
  if (!any_label) return doc;
  if (merged) {
    dialogue.diagnostics.push_back(
        {Severity::info,
         std::to_string(merged) +
             " label(s) repeated the speaker of the turn before; their text continues that turn",
         first_merged_line});
  }
  diagnostics.flush();
  make_clock_times_relative(dialogue.turns, clock_times, dialogue.diagnostics);
  doc.dialogues.push_back(std::move(dialogue));
  return doc;
}

}  // namespace feltline::parse
