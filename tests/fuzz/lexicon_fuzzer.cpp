// libFuzzer target: the loaders for the dictionaries a person brings (LIWC
// .dic, LIWC-22 .dicx, the project's JSON lexicon), both directly on the raw
// bytes and the way both hosts reach them: inside the options JSON
// ("lexicons": [{name, format, content}]) of a whole analysis.
// Input: the first byte picks the format (dic, dicx, json); the rest is the
// dictionary, optionally followed by a NUL byte and the transcript to analyse
// (a fixed short session otherwise).
// Checks: the load report stays bounded and points at lines the file has; a
// bad dictionary never makes the analysis unusable (it is a diagnostic); the
// output is valid JSON whose spans lie inside their turns; every custom
// mention names the dictionary; two runs give the same bytes.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

#include "feltline/analyze.hpp"
#include "fuzz_check.hpp"
#include "lexicon/custom_lexicon_cache.hpp"

using nlohmann::json;

namespace {

constexpr const char* kFormats[] = {"dic", "dicx", "json"};
constexpr const char* kName = "fuzz-dictionary";
constexpr const char* kDefaultText =
    "Therapist: What do you notice when you talk about it?\n"
    "Client: I worry a lot. There's a knot in my stomach and I keep going over it, replaying it.\n"
    "Therapist: And if you didn't feel that?\n"
    "Client: I'm not sad, just kind of tense and tired, my shoulders ache.\n";

std::size_t utf16_units(const std::string& text) {
  std::size_t units = 0;
  for (unsigned char c : text) units += (c & 0xC0) != 0x80 ? (c >= 0xF0 ? 2 : 1) : 0;
  return units;
}

void check_analysis(const json& doc) {
  FUZZ_CHECK(doc.is_object() && doc.contains("turns") && doc["turns"].is_array(), "no turns array");
  for (const auto& turn : doc["turns"]) {
    FUZZ_CHECK(turn.is_object() && turn.contains("text") && turn["text"].is_string(), "turn without text");
    const std::size_t units = utf16_units(turn["text"].get_ref<const std::string&>());
    FUZZ_CHECK(turn.contains("mentions") && turn["mentions"].is_array(), "turn without mentions");
    for (const auto& m : turn["mentions"]) {
      FUZZ_CHECK(m.is_object() && m.contains("start") && m.contains("end") && m["start"].is_number_unsigned() &&
                     m["end"].is_number_unsigned(),
                 "a mention without start and end");
      const auto start = m["start"].get<std::size_t>(), end = m["end"].get<std::size_t>();
      FUZZ_CHECK(start <= end && end <= units, "a mention lies outside its turn's text");
      if (m.contains("kind") && m["kind"] == "custom")
        FUZZ_CHECK(m.contains("dictionary") && m["dictionary"] == kName, "a custom mention does not name its dictionary");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string format = kFormats[data[0] % 3];
  const std::string_view rest = feltline::fuzz::as_text(data + 1, size - 1);
  const std::size_t nul = rest.find('\0');
  const std::string content(rest.substr(0, nul));
  const std::string_view text = nul == std::string_view::npos ? std::string_view(kDefaultText) : rest.substr(nul + 1);

  // The loader on the raw bytes (the CLI reads files as bytes).
  const auto compiled = feltline::lexicon::compile_custom_lexicon(kName, format, content);
  FUZZ_CHECK(compiled != nullptr, "no compiled lexicon");
  const auto& report = compiled->report;
  FUZZ_CHECK(report.problems.size() <= feltline::lexicon::LoadReport::kMaxProblems, "load report is unbounded");
  int lines = 1;
  for (char c : content) lines += c == '\n';
  for (const auto& p : report.problems) {
    FUZZ_CHECK(p.line >= 0 && p.line <= lines, "a load problem on a line the file does not have");
    FUZZ_CHECK(!p.message.empty(), "a load problem without a message");
  }
  FUZZ_CHECK(compiled->usable || report.terms == 0 || !report.problems.empty(),
             "an unusable dictionary with terms and no reason");

  // The same dictionary through the options JSON, in a whole analysis.
  json options = {{"lexicons", json::array({{{"name", kName}, {"format", format}, {"content", content}}})}};
  const std::string options_json = options.dump(-1, ' ', false, json::error_handler_t::replace);
  const feltline::Result result = feltline::analyze_text(text, options_json);
  if (nul == std::string_view::npos)
    FUZZ_CHECK(result.usable, "a dictionary made the analysis of a valid transcript unusable");
  if (!result.usable) {
    FUZZ_CHECK(!result.error.empty() && result.error.find('\n') == std::string::npos, "error is not one line");
    return 0;
  }
  feltline::fuzz::for_each_output_document<json>(result.json, [](const json& doc, bool is_last) {
    // A corpus ends with one summary line ("corpus_summary"), which has no turns.
    if (doc.is_object() && doc.contains("corpus_summary")) {
      FUZZ_CHECK(is_last, "the corpus summary is not the last line");
      return;
    }
    check_analysis(doc);
  });
  FUZZ_CHECK(feltline::analyze_text(text, options_json).json == result.json, "two runs gave different output");
  return 0;
}
