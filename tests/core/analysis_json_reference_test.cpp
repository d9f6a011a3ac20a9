// The analysis JSON is streamed (output/analysis_json.cpp through JsonWriter,
// mentions as text); the contract is what nlohmann_json prints for the same
// document built as a DOM. This test keeps that DOM builder as the reference
// and compares whole documents, compact and pretty, on every example, the
// seed, and inputs full of escapes, multi-byte text and custom dictionaries.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "feltline/analyze.hpp"
#include "output/analysis_json.hpp"
#include "output/json_numbers.hpp"
#include "output/mention_json.hpp"
#include "output/stats_json.hpp"
#include "text/utf16_offsets.hpp"

namespace {

using feltline::output::Json;

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Json optional_string(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

Json optional_number(const std::optional<double>& v) {
  return v ? feltline::output::rounded(*v, 3) : Json(nullptr);
}

// The document as nlohmann builds and prints it (main's writer before streaming).
std::string reference(const feltline::Transcript& t, bool pretty) {
  using namespace feltline;
  using namespace feltline::output;
  Json doc;
  doc["schema"] = kSchema;
  if (t.id) doc["id"] = *t.id;
  doc["format"] = t.format;
  Json speakers = Json::array();
  for (const auto& s : t.speakers)
    speakers.push_back({{"name", s.name}, {"role", role_name(s.role)}, {"stats", speaker_stats_json(s.stats)}});
  doc["speakers"] = std::move(speakers);
  Json turns = Json::array();
  for (const auto& turn : t.turns) {
    text::Utf16Offsets offsets(turn.text);
    Json j;
    j["index"] = turn.index;
    j["speaker"] = optional_string(turn.speaker);
    j["role"] = role_name(turn.role);
    j["text"] = turn.text;
    j["time_start"] = optional_number(turn.time_start);
    j["time_end"] = optional_number(turn.time_end);
    j["line"] = turn.line;
    Json flags = Json::array();
    for (const auto& f : turn.flags)
      flags.push_back(
          {{"kind", flag_kind_name(f.kind)}, {"start", offsets.at(f.span.begin)}, {"end", offsets.at(f.span.end)}});
    j["flags"] = std::move(flags);
    Json mentions = Json::array();
    for (const auto& m : turn.mentions) mentions.push_back(mention_json(m, turn, offsets));
    j["mentions"] = std::move(mentions);
    j["stats"] = turn_stats_json(turn.stats);
    turns.push_back(std::move(j));
  }
  doc["turns"] = std::move(turns);
  doc["session"] = session_stats_json(t.session);
  Json diagnostics = Json::array();
  for (const auto& d : t.diagnostics)
    diagnostics.push_back({{"severity", severity_name(d.severity)},
                           {"message", d.message},
                           {"line", d.line ? Json(d.line) : Json(nullptr)}});
  doc["diagnostics"] = std::move(diagnostics);
  Json metadata = Json::array();
  for (const auto& [key, value] : t.metadata) metadata.push_back({{"key", key}, {"value", value}});
  doc["metadata"] = std::move(metadata);
  return doc.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("the streamed analysis JSON equals nlohmann's dump of the same document", "[output][json]") {
  std::vector<std::pair<std::string, std::string>> inputs;  // text, options JSON
  for (const auto& entry : std::filesystem::directory_iterator(FELTLINE_SOURCE_DIR "/examples/transcripts"))
    inputs.emplace_back(read(entry.path().string()), "{}");
  const std::string seed = read(FELTLINE_SHARED_DIR "/seed/000_13ba406fadc02f9e.txt");
  if (!seed.empty()) inputs.emplace_back(seed, "{}");
  inputs.emplace_back(
      "Client: \"Quoted\" \\ back\tslash \x01 \x1f and \xE2\x80\x99"
      "curly\xE2\x80\x99 \xF0\x9F\x98\x80 anxious 7/10, no tightness. (Note: a stage direction)\n"
      "Therapist: Out of 10? And \"mentions\": [] in text, </script> \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D.\n"
      "Client: invalid \xFF\xFE bytes \xC3 here; I worry about work.\n",
      R"({"lexicons": [{"name": "w.dic", "format": "dic", "content": "%\n1\tworry\n%\nwork*\t1\n"}]})");
  inputs.emplace_back("no labels at all\n\nanother paragraph, tense shoulders", "{}");
  for (const auto& [input, options_json] : inputs) {
    std::vector<feltline::Diagnostic> problems;
    const auto options = feltline::parse_options_json(options_json, problems);
    const auto transcripts = feltline::analyze_transcripts(input, options);
    for (const auto& t : transcripts) {
      for (bool pretty : {false, true}) {
        CAPTURE(pretty, input.substr(0, 60));
        CHECK(feltline::output::to_json(t, pretty) == reference(t, pretty));
      }
    }
  }
}
