// libFuzzer target: the document parser, every format. The first byte picks
// the format option (auto or a named format), the rest is the input, cleaned
// as the pipeline cleans it. Checks that every turn's text is valid UTF-8 and
// that spans and lines stay inside what was read.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_check.hpp"
#include "parse/document_parser.hpp"
#include "text/input_cleanup.hpp"
#include "text/utf8_validity.hpp"

namespace {

const std::vector<std::string>& formats() {
  static const std::vector<std::string> list = [] {
    std::vector<std::string> out = {"auto"};
    // Every name the parser accepts (the list grows with the parser).
    for (const char* name : {"labelled_text", "plain", "webvtt", "vtt", "srt", "json", "jsonl", "csv", "tsv"})
      if (feltline::parse::is_known_format(name)) out.push_back(name);
    return out;
  }();
  return list;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string& format = formats()[data[0] % formats().size()];
  const auto clean = feltline::text::clean_input(feltline::fuzz::as_text(data + 1, size - 1));
  FUZZ_CHECK(feltline::text::is_valid_utf8(clean.text), "clean_input left invalid UTF-8");

  feltline::Options options;
  options.format = format;
  const auto doc = feltline::parse::parse_document(clean.text, options);
  int lines = 1;
  for (char c : clean.text) lines += c == '\n';
  for (const auto& dialogue : doc.dialogues) {
    for (const auto& turn : dialogue.turns) {
      FUZZ_CHECK(feltline::text::is_valid_utf8(turn.text), "a turn's text is not valid UTF-8");
      FUZZ_CHECK(turn.line >= 0 && turn.line <= lines, "a turn starts on a line the input does not have");
      if (turn.speaker) FUZZ_CHECK(feltline::text::is_valid_utf8(*turn.speaker), "a speaker name is not valid UTF-8");
    }
    for (const auto& d : dialogue.diagnostics) FUZZ_CHECK(d.line >= 0 && d.line <= lines, "diagnostic on a line out of range");
  }
  for (const auto& d : doc.diagnostics) FUZZ_CHECK(d.line >= 0 && d.line <= lines, "diagnostic on a line out of range");
  return 0;
}
