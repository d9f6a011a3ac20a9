// libFuzzer target: the whole analysis, as both hosts call it. The first byte
// is the length of the options JSON that follows it; the rest is the text.
// Checks that the result is one valid JSON document per line (or a one-line
// error), that every offset lies inside its turn's text, and that the
// analysis is deterministic, also when its output is streamed to a sink.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

#include "feltline/analyze.hpp"
#include "fuzz_check.hpp"

using nlohmann::json;

namespace {

void check_offsets(const json& doc) {
  // A corpus ends with one summary line, which has no turns of its own.
  if (doc.is_object() && doc.contains("corpus_summary")) {
    FUZZ_CHECK(doc["corpus_summary"].is_object() && !doc.contains("turns"), "a corpus summary with turns");
    return;
  }
  FUZZ_CHECK(doc.is_object() && doc.contains("turns") && doc["turns"].is_array(), "no turns array");
  for (const auto& turn : doc["turns"]) {
    FUZZ_CHECK(turn.is_object() && turn.contains("text") && turn["text"].is_string(), "turn without text");
    // JSON strings are UTF-8 here; offsets are UTF-16 code units.
    const std::string& text = turn["text"].get_ref<const std::string&>();
    std::size_t units = 0;
    for (unsigned char c : text) units += (c & 0xC0) != 0x80 ? (c >= 0xF0 ? 2 : 1) : 0;
    for (const char* list : {"flags", "mentions"}) {
      FUZZ_CHECK(turn.contains(list) && turn[list].is_array(), "turn without flags or mentions");
      for (const auto& item : turn[list]) {
        FUZZ_CHECK(item.is_object() && item.contains("start") && item.contains("end") &&
                       item["start"].is_number_unsigned() && item["end"].is_number_unsigned(),
                   "a span without start and end");
        const auto start = item["start"].get<std::size_t>(), end = item["end"].get<std::size_t>();
        FUZZ_CHECK(start <= end && end <= units, "a span lies outside its turn's text");
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t options_size = data[0] < size - 1 ? data[0] : size - 1;
  const std::string_view options = feltline::fuzz::as_text(data + 1, options_size);
  const std::string_view text = feltline::fuzz::as_text(data + 1 + options_size, size - 1 - options_size);

  const feltline::Result result = feltline::analyze_text(text, options);
  if (!result.usable) {
    FUZZ_CHECK(!result.error.empty() && result.error.find('\n') == std::string::npos, "error is not one line");
    return 0;
  }
  FUZZ_CHECK(!result.json.empty() && result.json.back() == '\n', "output does not end with a newline");
  // A pretty single document spans many lines; a corpus is one document per line.
  feltline::fuzz::for_each_output_document<json>(result.json, [](const json& doc, bool) { check_offsets(doc); });
  // A second run, handed over through a sink as the CLI writes it: the same bytes.
  std::string streamed;
  const feltline::Result again =
      feltline::analyze_text(text, options, [&](std::string_view piece) { streamed.append(piece); });
  FUZZ_CHECK(again.usable && again.json.empty(), "the streamed run kept its output");
  FUZZ_CHECK(streamed == result.json, "the streamed output differs (or two runs gave different output)");
  return 0;
}
