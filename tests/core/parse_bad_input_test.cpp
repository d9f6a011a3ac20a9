// Bad input never crashes and never loses what a person wrote: empty input,
// binary data, invalid UTF-8, huge pastes, one huge line, 100,000 turns,
// malformed structured formats, HTML and script kept as text. (The libFuzzer
// target lives with the perf work; these are the cases people actually meet.)
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse/artefact_detector.hpp"
#include "parse_test_support.hpp"
#include "text/input_cleanup.hpp"

using feltline::test::all_messages;
using feltline::test::analyse;
using feltline::test::only_dialogue;
using feltline::test::parse_as;

namespace {
feltline::parse::ParsedDocument parse_clean(const std::string& raw, const std::string& format = "auto") {
  auto clean = feltline::text::clean_input(raw);
  return parse_as(clean.text, format);
}
}  // namespace

TEST_CASE("input with nothing usable gives a one-line reason", "[parse][bad]") {
  struct Case {
    std::string input;
    const char* reason;
  };
  const std::vector<Case> cases = {
      {"", "empty or holds only white space"},
      {" \n\t\r\n  \xC2\xA0\n", "empty or holds only white space"},
      {std::string(4000, '\0'), "looks like binary data"},
      {std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 29),  // 29 bytes, no NUL
       "looks like binary data"},
      {"{\"messages\": []}", "the JSON holds messages, but none with text"},
      {"a,b,c\n1,2,3\n4,5,6\n", "no text column found"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.input.size());
    auto r = feltline::analyze_text(c.input, "{}");
    CHECK_FALSE(r.usable);
    CHECK_THAT(r.error, Catch::Contains(c.reason));
    CHECK(r.error.find('\n') == std::string::npos);
  }
}

TEST_CASE("a few NUL bytes and invalid UTF-8 are replaced and reported by line", "[parse][bad]") {
  auto out = analyse(std::string("Client: I feel \xFF\xFE odd today.\nTherapist: Okay.\nClient: a\0b\n", 57));
  const auto& doc = out[0];
  REQUIRE(doc["turns"].size() == 3);
  CHECK(doc["turns"][0]["text"] == "I feel \xEF\xBF\xBD\xEF\xBF\xBD odd today.");
  CHECK(doc["turns"][2]["text"] ==
        "a\xEF\xBF\xBD"
        "b");
  REQUIRE(doc["diagnostics"].size() >= 2);
  CHECK(doc["diagnostics"][0]["line"] == 1);
  CHECK_THAT(doc["diagnostics"][0]["message"].get<std::string>(), Catch::Contains("invalid UTF-8"));
  CHECK(doc["diagnostics"][1]["line"] == 3);
  CHECK_THAT(doc["diagnostics"][1]["message"].get<std::string>(), Catch::Contains("NUL"));
}

TEST_CASE("a 50 MB paste parses into all its turns", "[parse][bad][large]") {
  std::string text;
  text.reserve(52u << 20);
  const std::string t =
      "Therapist: Where do you notice the worry when it comes, and what does it feel like?\n\n";
  const std::string c = "Client: A tight band across my chest, and my hands go cold. Then it passes.\n\n";
  std::size_t pairs = 0;
  while (text.size() < (50u << 20)) {
    text += t;
    text += c;
    ++pairs;
  }
  auto doc = parse_clean(text);
  const auto& d = only_dialogue(doc);
  CHECK(d.turns.size() == 2 * pairs);
  CHECK(d.turns.back().text == "A tight band across my chest, and my hands go cold. Then it passes.");
  CHECK(d.turns.back().line == static_cast<int>(4 * pairs - 1));
}

TEST_CASE("one 5 MB line is one turn, analysed in full", "[parse][bad][large]") {
  std::string line = "Client:";
  while (line.size() < (5u << 20)) line += " my chest is tight (sighs) and \"I can't\" [pause] breathe";
  auto out = analyse(line + "\nTherapist: Okay.\n");
  REQUIRE(out[0]["turns"].size() == 2);
  CHECK(out[0]["turns"][0]["text"].get<std::string>().size() == line.size() - 8);
  CHECK(out[0]["turns"][0]["flags"].size() > 1000);
}

TEST_CASE("pathological lines stay linear: brackets, quotes and asterisks that never close",
          "[parse][bad][large]") {
  for (char c : {'(', '[', '*', '"', '<', '{'}) {
    CAPTURE(c);
    std::string text =
        "Client: " + std::string(1u << 19, c) + "\nTherapist: " + std::string(1u << 19, c) + " x\n";
    auto out = analyse(text);
    CHECK(out[0]["turns"].size() == 2);
  }
}

TEST_CASE("100,000 turns", "[parse][bad][large]") {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += (i % 2 ? "C: I feel it in my throat.\n" : "T: Where is it now?\n");
  auto doc = parse_clean(text);
  const auto& d = only_dialogue(doc);
  REQUIRE(d.turns.size() == 100000);
  CHECK(d.turns[99999].line == 100000);
  CHECK(d.turns[99999].speaker == std::optional<std::string>("C"));
}

TEST_CASE("malformed structured input is reported where it goes wrong and read as text", "[parse][bad]") {
  struct Case {
    const char* name;
    const char* input;
    const char* format;   // forced, or "auto"
    const char* read_as;  // the format of the result
    const char* message;  // part of a diagnostic
    int line;             // the line it names
  };
  const std::vector<Case> cases = {
      {"JSON missing a comma", "[\n{\"role\": \"user\", \"content\": \"a\"}\n{\"role\": \"user\"}\n]", "auto",
       "plain", "not valid JSON (line 3, column 1)", 3},
      {"JSON cut short", "{\"messages\": [{\"role\": \"user\", \"content\": \"I feel", "auto", "plain",
       "not valid JSON (line 1", 1},
      {"WebVTT with a broken time", "WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\n<v T>Hi.\n", "auto", "webvtt",
       "cue time '00:00:0x.000' not understood", 3},
      {"SRT with a bad time",
       "1\n00:00:01,000 --> 00:00:02,000\nT: Hi.\n\n2\n00:00:03,000 --> 00:61:00,000\nC: Yo.\n", "auto",
       "srt", "minutes must be below 60", 6},
      {"SRT forced on a labelled transcript", "T: Hi.\nC: Yo.\n", "srt", "labelled_text",
       "could not be read as SRT", 0},
      {"CSV with an unclosed quote", "speaker,text\nT,\"Hello\nC,Hi.\n", "auto", "csv",
       "a quoted field opened here never closes", 2},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    auto doc = parse_clean(c.input, c.format);
    CHECK(doc.format == c.read_as);
    bool found = false;
    std::vector<feltline::Diagnostic> all = doc.diagnostics;
    for (const auto& d : doc.dialogues) all.insert(all.end(), d.diagnostics.begin(), d.diagnostics.end());
    for (const auto& d : all)
      found = found || (d.message.find(c.message) != std::string::npos && d.line == c.line);
    CHECK(found);
    if (!found) WARN(all_messages(doc));
    REQUIRE_FALSE(doc.dialogues.empty());
    CHECK_FALSE(doc.dialogues[0].turns.empty());
  }
}

TEST_CASE("HTML and script in a transcript are kept as text", "[parse][bad]") {
  const std::string script = "<script>alert('x')</script> <img src=x onerror=alert(1)>";
  auto out = analyse("Client: " + script + "\nTherapist: <b>Noted</b>.\n");
  CHECK(out[0]["turns"][0]["text"] == script);
  CHECK(out[0]["turns"][1]["text"] == "<b>Noted</b>.");
}
