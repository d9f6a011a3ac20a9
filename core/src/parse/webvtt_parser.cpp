#include "parse/webvtt_parser.hpp"

#include <string>

#include "parse/cue_timing.hpp"
#include "parse/cue_turns.hpp"
#include "parse/diagnostic_list.hpp"
#include "parse/line_splitter.hpp"

namespace feltline::parse {
namespace {

// "NOTE", "STYLE" and "REGION" blocks carry no speech.
bool is_skipped_block(std::string_view first_line) {
  for (std::string_view word : {"NOTE", "STYLE", "REGION"}) {
    if (first_line.substr(0, word.size()) == word &&
        (first_line.size() == word.size() || first_line[word.size()] == ' ' ||
         first_line[word.size()] == '\t'))
      return true;
  }
  return false;
}

}  // namespace

bool has_webvtt_header(std::string_view text) {
  if (text.substr(0, 6) != "WEBVTT") return false;
  return text.size() == 6 || text[6] == ' ' || text[6] == '\t' || text[6] == '\n';
}

ParsedDocument parse_webvtt(std::string_view text) {
  ParsedDocument doc;
  doc.format = "webvtt";
  ParsedDialogue dialogue;
  DiagnosticList diagnostics(dialogue.diagnostics);
  const auto lines = split_lines(text);
  std::size_t i = 0;

  // The header block: "WEBVTT" and optional "Key: value" lines up to the first blank line.
  if (!lines.empty() && has_webvtt_header(lines[0].text)) {
    std::string_view title = trim(lines[0].text.substr(6));
    while (!title.empty() && (title.front() == '-' || title.front() == ' '))
      title.remove_prefix(1);  // "WEBVTT - Title"
    if (!title.empty()) dialogue.metadata.emplace_back("title", std::string(title));
    for (i = 1; i < lines.size() && !is_blank(lines[i].text) && !is_cue_timing_line(lines[i].text); ++i) {
      std::string_view h = trim(lines[i].text);
      std::size_t colon = h.find(':');
      if (colon != std::string_view::npos)
        dialogue.metadata.emplace_back(std::string(trim(h.substr(0, colon))),
                                       std::string(trim(h.substr(colon + 1))));
    }
  } else {
    diagnostics.add("vtt_header", Severity::warning,
                    "the file does not start with WEBVTT; read as WebVTT anyway", 1);
  }

  std::vector<Cue> cues;
  std::vector<Line> payload;
  int timing_lines = 0;
  while (i < lines.size()) {
    if (is_blank(lines[i].text)) {
      ++i;
      continue;
    }
    // One block: the lines up to the next blank line.
    std::size_t end = i;
    while (end < lines.size() && !is_blank(lines[end].text)) ++end;
    std::string_view first = trim(lines[i].text);
    if (is_skipped_block(first)) {
      i = end;
      continue;
    }
    std::size_t timing = i;
    if (!is_cue_timing_line(lines[i].text) && i + 1 < end && is_cue_timing_line(lines[i + 1].text))
      timing = i + 1;
    if (!is_cue_timing_line(lines[timing].text)) {
      // Text outside any cue: kept, not dropped, and reported.
      diagnostics.add("vtt_block", Severity::warning,
                      "text without a cue timing line ('start --> end'); kept with no time", lines[i].number);
      payload.assign(lines.begin() + static_cast<std::ptrdiff_t>(i),
                     lines.begin() + static_cast<std::ptrdiff_t>(end));
      Cue cue;
      read_cue_payload(payload, cue.segments, diagnostics);
      cues.push_back(std::move(cue));
      i = end;
      continue;
    }
    // A cue; a further timing line inside the block starts another cue.
    std::size_t k = timing;
    while (k < end) {
      Cue cue;
      ++timing_lines;
      CueTiming t = parse_cue_timing(lines[k].text, lines[k].number, diagnostics);
      cue.start = t.start;
      cue.end = t.end;
      std::size_t p = k + 1;
      while (p < end && !is_cue_timing_line(lines[p].text)) ++p;
      payload.assign(lines.begin() + static_cast<std::ptrdiff_t>(k + 1),
                     lines.begin() + static_cast<std::ptrdiff_t>(p));
      read_cue_payload(payload, cue.segments, diagnostics);
      cues.push_back(std::move(cue));
      k = p;
    }
    i = end;
  }
  diagnostics.flush();
  finish_cue_document(timing_lines, cues, dialogue, doc);
  return doc;
}

}  // namespace feltline::parse
