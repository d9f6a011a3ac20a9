// WebVTT: voice tags (closed or not, with classes, several per cue), Zoom's
// "Name: text" cues, cue settings, markup, entities, NOTE/STYLE/REGION blocks,
// malformed timings.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse_test_support.hpp"

using feltline::test::all_messages;
using feltline::test::only_dialogue;
using feltline::test::parse_as;

namespace {
struct Expected {
  std::string speaker;  // "" for none
  std::string text;
  std::optional<double> start;
  std::optional<double> end;
};
}  // namespace

TEST_CASE("WebVTT cues become turns", "[parse][webvtt]") {
  struct Case {
    const char* name;
    const char* input;
    std::vector<Expected> turns;
    const char* diagnostic;  // part of a message, or ""
  };
  const std::vector<Case> cases = {
      {"voice tags, consecutive cues of one voice merge",
       "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Therapist>What brings you in today?\n\n"
       "00:00:04.500 --> 00:00:09.000\n<v Client>My chest has felt tight all week.\n\n"
       "00:00:09.000 --> 00:00:12.000\n<v Client>Like a band around it.\n",
       {{"Therapist", "What brings you in today?", 1.0, 4.0},
        {"Client", "My chest has felt tight all week. Like a band around it.", 4.5, 12.0}},
       ""},
      {"closed voice, classes, closing span keeps its voice",
       "WEBVTT\n\n00:00.000 --> 00:02.000\n<v.loud.first Joe>That's awesome!</v> Hee!\n",
       {{"Joe", "That's awesome! Hee!", 0.0, 2.0}},
       ""},
      {"two voices in one cue, and untagged text after them",
       "WEBVTT\n\n00:00:04.000 --> 00:00:05.000\n<v Chris>Okay, we're good now.</v>\n<v Kyle>Oh, now we're "
       "good?</v>\n"
       "<i>Laughter</i>\n",
       {{"Chris", "Okay, we're good now.", 4.0, 5.0}, {"Kyle", "Oh, now we're good? Laughter", 4.0, 5.0}},
       ""},
      {"a voice with no name, and a voice tag never closed",
       "WEBVTT\n\n00:00.000 --> 00:02.000\n<v>It's a blue apple tree!\n\n00:02.000 --> 00:03.000\n<v It's "
       "red!\n",
       {{"", "It's a blue apple tree!", 0.0, 2.0}, {"", "It's red!", 2.0, 3.0}},
       "voice tag '<v' is not closed"},
      {"Zoom WebVTT: numbered cues with Name: prefixes",
       "WEBVTT\n\n1\n00:00:01.020 --> 00:00:03.500\nDr. Rivera: How did the week go?\n\n2\n00:00:04.100 --> "
       "00:00:06.000\nSam Patel: Honestly, rough.\n\n3\n00:00:06.000 --> 00:00:08.000\nSam Patel: I barely "
       "slept.\n",
       {{"Dr. Rivera", "How did the week go?", 1.02, 3.5},
        {"Sam Patel", "Honestly, rough. I barely slept.", 4.1, 8.0}},
       ""},
      {"cue settings, identifiers, markup and entities",
       "WEBVTT - Session 4\nKind: captions\nLanguage: en\n\nintro\n00:00:01.000 --> 00:00:02.000 align:start "
       "position:10% size:50%\n<v Coach><b>Deep</b> breath &amp; <i>let go</i> &lt;3 <c.yellow>now</c></v>\n",
       {{"Coach", "Deep breath & let go <3 now", 1.0, 2.0}},
       ""},
      {"NOTE, STYLE and REGION blocks are skipped",
       "WEBVTT\n\nSTYLE\n::cue { color: lime }\n\nREGION\nid:fred width:40%\n\nNOTE recorded with "
       "consent\nby the clinic\n\n"
       "00:01.000 --> 00:02.000\n<v T>Welcome back.\n",
       {{"T", "Welcome back.", 1.0, 2.0}},
       ""},
      {"inline timestamp tags and ruby are removed",
       "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Client>I <00:00:02.000>feel "
       "<ruby>calm<rt>ka-lm</rt></ruby>\n",
       {{"Client", "I feel calmka-lm", 1.0, 5.0}},
       ""},
      {"a malformed timing keeps its cue, with empty times",
       "WEBVTT\n\n00:00:01.000 --> 00:00:60.000\n<v T>First.\n\n00:00:09.025 --> 00:00:10.000\n<v "
       "C>Second.\n",
       {{"T", "First.", 1.0, std::nullopt}, {"C", "Second.", 9.025, 10.0}},
       "malformed time '00:00:60.000' (seconds must be below 60)"},
      {"lines of one cue join with a space; dialogue dashes keep a line break",
       "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nI keep thinking\nabout the accident\n\n"
       "00:00:05.000 --> 00:00:06.000\n- Really?\n- Yes.\n",
       {{"", "I keep thinking about the accident", 1.0, 4.0}, {"", "- Really?\n- Yes.", 5.0, 6.0}},
       "no speaker names found"},
      {"cues without any name: one turn each, and a diagnostic",
       "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello.\n\n00:00:02.000 --> 00:00:03.000\nHi.\n",
       {{"", "Hello.", 1.0, 2.0}, {"", "Hi.", 2.0, 3.0}},
       "no speaker names found"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    auto doc = parse_as(c.input);
    CHECK(doc.format == "webvtt");
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

TEST_CASE("WebVTT header lines become metadata", "[parse][webvtt]") {
  auto doc = parse_as("WEBVTT - Session 4\nKind: captions\n\n00:01.000 --> 00:02.000\n<v T>Hi.\n");
  const auto& d = only_dialogue(doc);
  REQUIRE(d.metadata.size() == 2);
  CHECK(d.metadata[0] == std::make_pair(std::string("title"), std::string("Session 4")));
  CHECK(d.metadata[1] == std::make_pair(std::string("Kind"), std::string("captions")));
}

TEST_CASE("WebVTT text outside cues is kept and reported: no cue at all falls back", "[parse][webvtt]") {
  auto doc = parse_as("WEBVTT\n\n00:01.000 --> 00:02.000\n<v T>Hi.\n\nstray words here\n");
  const auto& d = only_dialogue(doc);
  REQUIRE(d.turns.size() == 1);  // the stray block continues T (the file names speakers)
  CHECK(d.turns[0].text == "Hi. stray words here");
  CHECK_THAT(all_messages(doc), Catch::Contains("text without a cue timing line"));

  auto none = parse_as("WEBVTT\n\nTherapist: Hello.\nClient: Hi.\n");
  CHECK(none.format == "labelled_text");
  CHECK_THAT(all_messages(none), Catch::Contains("could not be read as WebVTT"));
  REQUIRE(none.dialogues.size() == 1);
  CHECK(none.dialogues[0].turns.size() == 3);  // "WEBVTT" kept as text before the first label
}
