#include "parse/srt_parser.hpp"

#include <string>

#include "parse/cue_timing.hpp"
#include "parse/cue_turns.hpp"
#include "parse/diagnostic_list.hpp"
#include "parse/line_splitter.hpp"
#include "parse/timestamp.hpp"

namespace feltline::parse {
namespace {

bool is_cue_number(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.size() > 9) return false;
  for (char c : line)
    if (c < '0' || c > '9') return false;
  return true;
}

// "00:00:01,000 --> ...": a timing line whose start looks like a time.
bool is_srt_timing(std::string_view line) {
  std::size_t arrow = line.find("-->");
  return arrow != std::string_view::npos && looks_like_timestamp(trim(line.substr(0, arrow)));
}

}  // namespace

bool looks_like_srt(std::string_view text) {
  std::size_t pos = 0;
  std::string_view lines[2];
  int n = 0;
  while (n < 2 && pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (n == 0 && is_blank(line)) continue;
    lines[n++] = line;
  }
  if (n >= 1 && is_srt_timing(lines[0])) return true;
  return n == 2 && is_cue_number(lines[0]) && is_srt_timing(lines[1]);
}

ParsedDocument parse_srt(std::string_view text) {
  ParsedDocument doc;
  doc.format = "srt";
  ParsedDialogue dialogue;
  DiagnosticList diagnostics(dialogue.diagnostics);
  const auto lines = split_lines(text);

  std::vector<Cue> cues;
  std::vector<Line> payload;
  bool in_cue = false;
  int timing_lines = 0;
  auto finish_cue = [&] {
    if (!in_cue) return;
    read_cue_payload(payload, cues.back().segments, diagnostics);
    payload.clear();
    in_cue = false;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (is_blank(line.text)) {
      finish_cue();
      continue;
    }
    const bool next_is_timing = i + 1 < lines.size() && is_cue_timing_line(lines[i + 1].text);
    if (is_cue_timing_line(line.text)) {
      finish_cue();
      ++timing_lines;
      CueTiming t = parse_cue_timing(line.text, line.number, diagnostics);
      cues.push_back(Cue{t.start, t.end, {}});
      in_cue = true;
      continue;
    }
    if (next_is_timing && (is_cue_number(line.text) || !in_cue)) {
      // The cue number; a missing blank line before it ends the cue before.
      finish_cue();
      if (!is_cue_number(line.text))
        diagnostics.add("srt_number", Severity::info, "expected a cue number before the timing line",
                        line.number);
      continue;
    }
    if (!in_cue) {
      // Text outside any cue: kept, not dropped, and reported.
      diagnostics.add("srt_block", Severity::warning,
                      "text outside a cue (no 'start --> end' timing line before it); kept with no time",
                      line.number);
      cues.push_back(Cue{});
      in_cue = true;
    }
    payload.push_back(line);
  }
  finish_cue();
  diagnostics.flush();
  finish_cue_document(timing_lines, cues, dialogue, doc);
  return doc;
}

}  // namespace feltline::parse
