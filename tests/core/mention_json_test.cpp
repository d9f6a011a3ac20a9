// The mention JSON is written as text for speed; it must be exactly what
// nlohmann_json prints for the same objects, compact and pretty.
#include "output/mention_json.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "feltline/analyze.hpp"
#include "output/analysis_json.hpp"

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The document nlohmann would print, with every mention built as a Json object.
std::string reference(const feltline::Transcript& t, bool pretty) {
  using feltline::output::Json;
  Json doc = Json::parse(feltline::output::to_json(t, false));
  for (std::size_t i = 0; i < t.turns.size(); ++i) {
    const feltline::text::Utf16Offsets offsets(t.turns[i].text);
    Json mentions = Json::array();
    for (const auto& m : t.turns[i].mentions)
      mentions.push_back(feltline::output::mention_json(m, t.turns[i], offsets));
    doc["turns"][i]["mentions"] = mentions;
  }
  return doc.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("mentions written as text equal nlohmann's output", "[mentions][json]") {
  std::vector<std::string> inputs = {
      read(FELTLINE_SOURCE_DIR "/examples/transcripts/panic-at-work.txt"),
      read(FELTLINE_SOURCE_DIR "/examples/transcripts/grief-and-numbness.txt"),
      "Client: \"Quoted\" \\ back\tslash \x01 and \xE2\x80\x99"
      "curly\xE2\x80\x99 \xF0\x9F\x98\x80 anxious 7/10, no tightness.\n"
      "Therapist: Out of 10? And \"mentions\": [] in text.\n",
  };
  const std::string seed = read(FELTLINE_SHARED_DIR "/seed/000_13ba406fadc02f9e.txt");
  if (!seed.empty()) inputs.push_back(seed);
  for (const auto& input : inputs) {
    auto transcripts = feltline::analyze_transcripts(input, feltline::Options{});
    REQUIRE(transcripts.size() == 1);
    for (bool pretty : {false, true}) {
      CAPTURE(pretty, input.substr(0, 40));
      CHECK(feltline::output::to_json(transcripts[0], pretty) == reference(transcripts[0], pretty));
    }
  }
}
