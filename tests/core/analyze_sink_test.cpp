// analyze_text with an output sink: the pieces, joined, are exactly the bytes
// analyze_text returns, in every output format, and large JSON outputs really
// arrive in several pieces (the point of the sink: the CLI never holds the
// whole document).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "feltline/analyze.hpp"

namespace {

struct Streamed {
  feltline::Result result;
  std::vector<std::string> pieces;
  std::string joined() const {
    std::string all;
    for (const auto& p : pieces) all += p;
    return all;
  }
};

Streamed analyse_streamed(const std::string& text, const std::string& options) {
  Streamed s;
  s.result = feltline::analyze_text(text, options, [&](std::string_view piece) { s.pieces.emplace_back(piece); });
  return s;
}

// A session long enough that its JSON is several megabytes.
std::string long_session(int exchanges) {
  std::string text;
  for (int i = 0; i < exchanges; ++i) {
    text += "Therapist: Where do you notice it right now, turn " + std::to_string(i) + "?\n\n";
    text += "Client: There's a tightness in my chest and I'm not anxious, but if I stayed I'd feel dread. "
            "My hands are cold and I'm ashamed, maybe a 7/10.\n\n";
  }
  return text;
}

// A JSON Lines corpus of `dialogues` short dialogues.
std::string corpus(int dialogues) {
  std::string text;
  for (int i = 0; i < dialogues; ++i)
    text += "{\"id\": \"d" + std::to_string(i) +
            "\", \"messages\": [{\"role\": \"assistant\", \"content\": \"How is your stomach?\"}, "
            "{\"role\": \"user\", \"content\": \"Knotted, and I feel sad.\"}]}\n";
  return text;
}

}  // namespace

TEST_CASE("the sink receives the same bytes as the returned output", "[api][sink]") {
  struct Case {
    const char* what;
    std::string text;
    std::string options;
    bool several_pieces;
  };
  const std::vector<Case> cases = {
      {"short session, JSON", long_session(2), "{}", false},
      {"long session, JSON", long_session(3000), "{}", true},
      {"long session, pretty JSON", long_session(2000), R"({"pretty": true})", true},
      // CSV is handed over a dialogue at a time (it is about the size of the input).
      {"long session, turns CSV", long_session(500), R"({"output": "turns_csv"})", false},
      {"long session, mentions CSV", long_session(500), R"({"output": "mentions_csv"})", false},
      {"JSON Lines corpus", corpus(4000), "{}", true},
      {"JSON Lines corpus, mentions CSV", corpus(15000), R"({"output": "mentions_csv"})", true},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    const feltline::Result whole = feltline::analyze_text(c.text, c.options);
    const Streamed streamed = analyse_streamed(c.text, c.options);
    REQUIRE(whole.usable);
    REQUIRE(streamed.result.usable);
    CHECK(streamed.result.json.empty());
    CHECK(streamed.joined() == whole.json);
    CHECK(streamed.result.diagnostics.size() == whole.diagnostics.size());
    if (c.several_pieces) CHECK(streamed.pieces.size() > 1);
    for (const auto& p : streamed.pieces) CHECK(!p.empty());
  }
}

TEST_CASE("an unusable input hands nothing to the sink", "[api][sink]") {
  const Streamed s = analyse_streamed("   \n\n", "{}");
  CHECK_FALSE(s.result.usable);
  CHECK_FALSE(s.result.error.empty());
  CHECK(s.pieces.empty());
}

TEST_CASE("analyze_owned_text gives analyze_text's bytes and empties the text", "[api][sink]") {
  for (const std::string options : {"{}", R"({"pretty": true})", R"({"output": "turns_csv"})"}) {
    INFO(options);
    const std::string text = long_session(300) + "Client: bad \xC3\x28 byte\r\n";
    const feltline::Result whole = feltline::analyze_text(text, options);
    std::string owned = text;
    const feltline::Result result = feltline::analyze_owned_text(std::move(owned), options);
    CHECK(owned.empty());
    CHECK(result.usable == whole.usable);
    CHECK(result.json == whole.json);
    CHECK(result.diagnostics.size() == whole.diagnostics.size());
    owned = text;
    std::string joined;
    const feltline::OutputSink sink = [&](std::string_view piece) { joined += piece; };
    CHECK(feltline::analyze_owned_text(std::move(owned), options, &sink).json.empty());
    CHECK(joined == whole.json);
  }
  CHECK_FALSE(feltline::analyze_owned_text(std::string("   \n\n"), "{}").usable);
}
