// SRT: numbered cues, "NAME:" prefixes, markup, missing blank lines and
// numbers, malformed timings.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse_test_support.hpp"

using feltline::test::all_messages;
using feltline::test::only_dialogue;
using feltline::test::parse_as;

TEST_CASE("SRT cues become turns", "[parse][srt]") {
  struct Expected {
    std::string speaker;
    std::string text;
    std::optional<double> start;
    std::optional<double> end;
  };
  struct Case {
    const char* name;
    const char* input;
    std::vector<Expected> turns;
    const char* diagnostic;
  };
  const std::vector<Case> cases = {
      {"speaker prefixes, wrapped lines, a cue continuing its speaker",
       "1\n00:00:01,000 --> 00:00:03,500\nTHERAPIST: How have the\nmornings been?\n\n2\n00:00:04,000 --> "
       "00:00:06,200\n"
       "CLIENT: Heavy. My legs feel\nlike lead.\n\n3\n00:00:06,200 --> 00:00:08,000\nAnd I dread the day.\n",
       {{"THERAPIST", "How have the mornings been?", 1.0, 3.5},
        {"CLIENT", "Heavy. My legs feel like lead. And I dread the day.", 4.0, 8.0}},
       ""},
      {"italic, font and position codes are removed; entities decoded",
       "1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>COUNSELLOR:</i> <font color=\"#fff\">Take your time "
       "&amp; breathe.</font>\n\n"
       "2\n00:00:02,000 --> 00:00:03,000\nCLIENT: Okay.\n",
       {{"COUNSELLOR", "Take your time & breathe.", 1.0, 2.0}, {"CLIENT", "Okay.", 2.0, 3.0}},
       ""},
      {"broadcast chevrons before names",
       "1\n00:00:01,000 --> 00:00:02,000\n>> THERAPIST: Welcome.\n\n2\n00:00:02,000 --> 00:00:03,000\n>> "
       "CLIENT: Thanks.\n",
       {{"THERAPIST", "Welcome.", 1.0, 2.0}, {"CLIENT", "Thanks.", 2.0, 3.0}},
       ""},
      {"no blank lines between cues",
       "1\n00:00:01,000 --> 00:00:02,000\nT: One.\n2\n00:00:02,000 --> 00:00:03,000\nC: Two.\n",
       {{"T", "One.", 1.0, 2.0}, {"C", "Two.", 2.0, 3.0}},
       ""},
      {"a malformed time is reported and left empty",
       "1\n00:00:01,000 --> 00:00:02,000\nT: One.\n\n2\n00:00:09,025 --> 00:00:60,000\nC: Two.\n",
       {{"T", "One.", 1.0, 2.0}, {"C", "Two.", 9.025, std::nullopt}},
       "malformed time '00:00:60,000' (seconds must be below 60)"},
      {"a timing line that is not a time",
       "1\n00:00:01,000 --> 00:00:02,000\nT: One.\n\n2\nsoon --> later\nC: Two.\n",
       {{"T", "One.", 1.0, 2.0}, {"C", "Two.", std::nullopt, std::nullopt}},
       "cue time 'soon' not understood"},
      {"subtitles without names: one turn per cue",
       "1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\n00:00:02,000 --> 00:00:03,000\nHi.\n",
       {{"", "Hello.", 1.0, 2.0}, {"", "Hi.", 2.0, 3.0}},
       "no speaker names found"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    auto doc = parse_as(c.input);
    CHECK(doc.format == "srt");
    const auto& d = only_dialogue(doc);
    REQUIRE(d.turns.size() == c.turns.size());
    for (std::size_t i = 0; i < c.turns.size(); ++i) {
      CAPTURE(i);
      const auto& t = d.turns[i];
      CHECK(t.speaker.value_or("") == c.turns[i].speaker);
      CHECK(t.text == c.turns[i].text);
      REQUIRE(t.time_start.has_value() == c.turns[i].start.has_value());
      if (t.time_start) CHECK(*t.time_start == Approx(*c.turns[i].start));
      REQUIRE(t.time_end.has_value() == c.turns[i].end.has_value());
      if (t.time_end) CHECK(*t.time_end == Approx(*c.turns[i].end));
    }
    if (*c.diagnostic) CHECK_THAT(all_messages(doc), Catch::Contains(c.diagnostic));
  }
}

TEST_CASE("SRT problems name their line", "[parse][srt]") {
  auto doc =
      parse_as("1\n00:00:01,000 --> 00:00:02,000\nT: One.\n\n2\n00:00:02,000 --> 00:00:61,000\nC: Two.\n");
  const auto& d = only_dialogue(doc);
  REQUIRE_FALSE(d.diagnostics.empty());
  CHECK(d.diagnostics[0].line == 6);
}

TEST_CASE("forced SRT on text without cues falls back to labelled text", "[parse][srt]") {
  auto doc = parse_as("Therapist: Hello.\nClient: Hi.\n", "srt");
  CHECK(doc.format == "labelled_text");
  CHECK_THAT(all_messages(doc), Catch::Contains("could not be read as SRT"));
  CHECK(only_dialogue(doc).turns.size() == 2);
}
