// Table-driven tests of labelled text: every label shape people and tools
// write, which labels count as speakers, turns over paragraphs, merging,
// times.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse/labelled_text_parser.hpp"
#include "parse_test_support.hpp"

using feltline::parse::LabelStyle;
using feltline::parse::match_label;
using feltline::parse::parse_labelled_text;
using feltline::test::all_messages;
using feltline::test::only_dialogue;

TEST_CASE("match_label recognises every label shape", "[parse][labelled]") {
  struct Case {
    const char* line;
    const char* name;  // nullptr: not a label
    const char* rest;
    const char* time;
    LabelStyle style;
  };
  const auto colon = LabelStyle::colon;
  const std::vector<Case> cases = {
      {"Therapist: How are you?", "Therapist", "How are you?", "", colon},
      {"Client:I feel tense.", "Client", "I feel tense.", "", colon},
      {"  Patient:   spaced out  ", "Patient", "spaced out", "", colon},
      {"THERAPIST: Welcome.", "THERAPIST", "Welcome.", "", colon},
      {"**Therapist:** Welcome back.", "Therapist", "Welcome back.", "", colon},
      {"**Client**: Thanks.", "Client", "Thanks.", "", colon},
      {"**Emma** [0:18] Welcome to the show.", "Emma", "Welcome to the show.", "0:18",
       LabelStyle::bracket_time},
      {"**Dr. Lee (00:01:05):** Go on.", "Dr. Lee", "Go on.", "00:01:05", colon},
      {"Dr. Okafor: Let's begin.", "Dr. Okafor", "Let's begin.", "", colon},
      {"Mary Ann Smith: Hello", "Mary Ann Smith", "Hello", "", colon},
      {"Smith, J.: Hello", "Smith, J.", "Hello", "", colon},
      {"Client (Maria): I'm fine.", "Client (Maria)", "I'm fine.", "", colon},
      {"T: Hi", "T", "Hi", "", colon},
      {"Th: Hi", "Th", "Hi", "", colon},
      {"Cl: Hi", "Cl", "Hi", "", colon},
      {"Sam:", "Sam", "", "", colon},
      {"SPEAKER_00: okay", "SPEAKER_00", "okay", "", colon},
      {"Speaker 1: okay", "Speaker 1", "okay", "", colon},
      {"[00:01:02] Therapist: How was the week?", "Therapist", "How was the week?", "00:01:02", colon},
      {"(00:01:02) Client: Long.", "Client", "Long.", "00:01:02", colon},
      {"00:01:02 Client: Long.", "Client", "Long.", "00:01:02", colon},
      {"[1:02:03.5] Client: Long.", "Client", "Long.", "1:02:03.5", colon},
      {"Therapist (00:00:05): Hello.", "Therapist", "Hello.", "00:00:05", colon},
      {"Therapist (00:00:05):", "Therapist", "", "00:00:05", colon},
      {"Client [2:41] So tired.", "Client", "So tired.", "2:41", LabelStyle::bracket_time},
      {"Client [2:41]: So tired.", "Client", "So tired.", "2:41", colon},
      {"Therapist: [00:03] Hm.", "Therapist", "Hm.", "00:03", colon},
      {"Ali  0:00  ", "Ali", "", "0:00", LabelStyle::time_header},
      {"Unknown Speaker  12:21", "Unknown Speaker", "", "12:21", LabelStyle::time_header},
      {"Kelly\t1:02:33", "Kelly", "", "1:02:33", LabelStyle::time_header},
      {"[Experimenter] 19:00:48", "Experimenter", "", "19:00:48", LabelStyle::caption_header},
      {"[G3P1] 19:04:39 Thank you.", "G3P1", "Thank you.", "19:04:39", LabelStyle::caption_header},
      {"[Counsellor]: Welcome.", "Counsellor", "Welcome.", "", colon},
      {"Note: this stays a candidate", "Note", "this stays a candidate", "", colon},
      {"See https://example.org for more", nullptr, nullptr, nullptr, colon},
      {"http://example.org", nullptr, nullptr, nullptr, colon},
      {"It was 10:30 when I left", nullptr, nullptr, nullptr, colon},
      {"10:30 is when I left", nullptr, nullptr, nullptr, colon},
      {"Why? Because: reasons", nullptr, nullptr, nullptr, colon},
      {"\"Quoted: speech\"", nullptr, nullptr, nullptr, colon},
      {": no name", nullptr, nullptr, nullptr, colon},
      {"This line has far too many words before the colon to be a name: x", nullptr, nullptr, nullptr, colon},
      {"No colon here at all", nullptr, nullptr, nullptr, colon},
      {"**Important** point here", nullptr, nullptr, nullptr, colon},
      {"[inaudible] and then she left", nullptr, nullptr, nullptr, colon},
      {"I woke at 6:30", nullptr, nullptr, nullptr, colon},
      {"[00:01:02] just text, no speaker", nullptr, nullptr, nullptr, colon},
      {"", nullptr, nullptr, nullptr, colon},
  };
  for (const auto& c : cases) {
    CAPTURE(c.line);
    auto m = match_label(c.line);
    if (!c.name) {
      CHECK_FALSE(m.has_value());
      continue;
    }
    REQUIRE(m.has_value());
    CHECK(std::string(m->name) == c.name);
    CHECK(std::string(m->rest) == c.rest);
    CHECK(std::string(m->time) == c.time);
    CHECK(m->style == c.style);
  }
}

namespace {
struct Expected {
  std::string speaker;  // "" for no speaker
  std::string text;
};

void check_turns(const feltline::parse::ParsedDialogue& d, const std::vector<Expected>& expected) {
  REQUIRE(d.turns.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    CHECK(d.turns[i].speaker.value_or("") == expected[i].speaker);
    CHECK(d.turns[i].text == expected[i].text);
  }
}
}  // namespace

TEST_CASE("parse_labelled_text builds turns", "[parse][labelled]") {
  struct Case {
    const char* name;
    const char* input;
    std::vector<Expected> turns;
  };
  const std::vector<Case> cases = {
      {"two speakers", "Therapist: Hello.\nClient: Hi.\n", {{"Therapist", "Hello."}, {"Client", "Hi."}}},
      {"turn runs on over paragraphs",
       "Client: First paragraph.\n\nSecond paragraph.\nThird line.\nTherapist: Ok.",
       {{"Client", "First paragraph.\n\nSecond paragraph.\nThird line."}, {"Therapist", "Ok."}}},
      {"one-off Note: stays inside the turn",
       "Therapist: Breathe.\nNote: she nodded.\nClient: Okay.",
       {{"Therapist", "Breathe.\nNote: she nodded."}, {"Client", "Okay."}}},
      {"Note: twice is still not a speaker",
       "Therapist: Breathe.\nNote: she nodded.\nClient: Okay.\nNote: a pause.\nTherapist: Good.",
       {{"Therapist", "Breathe.\nNote: she nodded."},
        {"Client", "Okay.\nNote: a pause."},
        {"Therapist", "Good."}}},
      {"Plan: inside a turn stays there",
       "Client: I have a plan.\nPlan: three slow breaths.\nTherapist: Good.",
       {{"Client", "I have a plan.\nPlan: three slow breaths."}, {"Therapist", "Good."}}},
      {"unknown names count when they start lines twice",
       "Anna: Hi.\nBen: Hello.\nAnna: How are you?\nBen: Fine.",
       {{"Anna", "Hi."}, {"Ben", "Hello."}, {"Anna", "How are you?"}, {"Ben", "Fine."}}},
      {"a name used once is not a label",
       "Anna: Hi.\nAnd then: nothing.\nBen: Bye.\nAnna: Oh.\nBen: Yes.",
       {{"Anna", "Hi.\nAnd then: nothing."}, {"Ben", "Bye."}, {"Anna", "Oh."}, {"Ben", "Yes."}}},
      {"lower-case words are labels only when they are role words",
       "client: I slept badly.\nso then: nothing\ntherapist: Mm.\nso then: again",
       {{"client", "I slept badly.\nso then: nothing"}, {"therapist", "Mm.\nso then: again"}}},
      {"text before the first label is kept",
       "Session 3, recorded with consent\n\nTherapist: Hello.\nClient: Hi.",
       {{"", "Session 3, recorded with consent"}, {"Therapist", "Hello."}, {"Client", "Hi."}}},
      {"label with nothing after it takes the next lines",
       "Therapist:\nHow was the week?\nClient:\nLong.",
       {{"Therapist", "How was the week?"}, {"Client", "Long."}}},
      {"T:/C: abbreviations",
       "T: How are you?\nC: Tired.\nT: Say more.",
       {{"T", "How are you?"}, {"C", "Tired."}, {"T", "Say more."}}},
      {"Markdown bold names",
       "**Therapist:** Welcome.\n\n**Client:** Thanks.\n\n**Therapist**: Sit.",
       {{"Therapist", "Welcome."}, {"Client", "Thanks."}, {"Therapist", "Sit."}}},
      {"a speaker repeated continues the turn as a new paragraph",
       "Client: I feel heavy.\nClient: Mostly in my chest.\nTherapist: Mm.",
       {{"Client", "I feel heavy.\n\nMostly in my chest."}, {"Therapist", "Mm."}}},
      {"Otter header lines, text on the next lines",
       "Ali  0:00  \nHello everyone.\n\nKelly  0:18  \nWelcome.\nGlad to be here.\n\nUnknown Speaker  0:21  "
       "\nHi.\n",
       {{"Ali", "Hello everyone."}, {"Kelly", "Welcome.\nGlad to be here."}, {"Unknown Speaker", "Hi."}}},
      {"Zoom saved captions: fragments of one speaker run on",
       "[Experimenter] 19:00:25\nIf that participant does not show up,\n\n[Experimenter] 19:00:28\nI will "
       "reschedule.\n\n"
       "[G3P1] 19:00:48\nOkay.\n",
       {{"Experimenter", "If that participant does not show up, I will reschedule."}, {"G3P1", "Okay."}}},
      {"generic labels count from one line",
       "Speaker 1: Hello.\nSpeaker 2: Hi.\n",
       {{"Speaker 1", "Hello."}, {"Speaker 2", "Hi."}}},
      {"SPEAKER_00 diarisation labels",
       "SPEAKER_00: Hello.\nSPEAKER_01: Hi.\n",
       {{"SPEAKER_00", "Hello."}, {"SPEAKER_01", "Hi."}}},
      {"names with commas, dots and parentheses",
       "Smith, J.: Hello.\nDr. A. Lee: Welcome.\nClient (Maria): Thanks.\nSmith, J.: Bye.\nClient (Maria): "
       "Bye.",
       {{"Smith, J.", "Hello."},
        {"Dr. A. Lee", "Welcome."},
        {"Client (Maria)", "Thanks."},
        {"Smith, J.", "Bye."},
        {"Client (Maria)", "Bye."}}},
      {"bracketed times before the name",
       "[00:00:05] Therapist: Hello.\n[00:00:09] Client: Hi.",
       {{"Therapist", "Hello."}, {"Client", "Hi."}}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    auto doc = parse_labelled_text(c.input);
    check_turns(only_dialogue(doc), c.turns);
  }
}

TEST_CASE("labelled text times are seconds from the start", "[parse][labelled][time]") {
  struct Case {
    const char* name;
    const char* input;
    std::vector<std::optional<double>> starts;
    const char* diagnostic;  // a message part, or ""
  };
  const std::vector<Case> cases = {
      {"[hh:mm:ss] prefixes", "[00:00:05] T: a\n[00:01:02] C: b\n", {5.0, 62.0}, ""},
      {"Name (mm:ss):", "T (00:05): a\nC (01:02): b\n", {5.0, 62.0}, ""},
      {"Otter M:SS headers", "Ali  0:03\na\n\nKelly  1:02\nb\n", {3.0, 62.0}, ""},
      {"fractions", "[00:00:05.250] T: a\n[00:00:06,5] C: b\n", {5.25, 6.5}, ""},
      {"Zoom wall-clock times are made relative",
       "[Experimenter] 19:00:25\na\n\n[G3P1] 19:00:48\nb\n",
       {0.0, 23.0},
       "clock times"},
      {"clock times past midnight keep counting",
       "[23:59:50] T: a\n[00:00:10] C: b\n",
       {0.0, 20.0},
       "clock times"},
      {"malformed time is reported and left empty",
       "[00:09:025] T: a\n[00:00:60.000] C: b\n[00:00:59] T: c\n",
       {std::nullopt, std::nullopt, 59.0},
       "malformed time '00:09:025' (seconds must be two digits)"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    auto doc = parse_labelled_text(c.input);
    const auto& d = only_dialogue(doc);
    REQUIRE(d.turns.size() == c.starts.size());
    for (std::size_t i = 0; i < c.starts.size(); ++i) {
      CAPTURE(i);
      REQUIRE(d.turns[i].time_start.has_value() == c.starts[i].has_value());
      if (c.starts[i]) CHECK(*d.turns[i].time_start == Approx(*c.starts[i]));
    }
    if (*c.diagnostic) CHECK_THAT(all_messages(doc), Catch::Contains(c.diagnostic));
  }
}

TEST_CASE("malformed times name their line", "[parse][labelled][time]") {
  auto doc = parse_labelled_text("T: a\n[00:00:60.000] C: b\n");
  const auto& d = only_dialogue(doc);
  REQUIRE_FALSE(d.diagnostics.empty());
  CHECK(d.diagnostics[0].line == 2);
  CHECK(d.diagnostics[0].severity == feltline::Severity::warning);
  CHECK_THAT(d.diagnostics[0].message, Catch::Contains("seconds must be below 60"));
}

TEST_CASE("parse_labelled_text finds nothing in unlabelled prose", "[parse][labelled]") {
  auto doc = parse_labelled_text("I walked home.\n\nIt was raining: hard.\n");
  CHECK(doc.dialogues.empty());
}

TEST_CASE("labelled text decodes HTML character references, also in names", "[parse][labelled]") {
  auto doc = feltline::test::parse_as(
      "**Emma** [0:00] We&#39;re here &amp; ready.\n\n**Kelly** [0:04] &quot;Hi&quot;\n\n**O&#39;Brien** "
      "[0:07] Hey.\n");
  const auto& d = only_dialogue(doc);
  REQUIRE(d.turns.size() == 3);
  CHECK(d.turns[0].text == "We're here & ready.");
  CHECK(d.turns[1].text == "\"Hi\"");
  CHECK(d.turns[2].speaker.value_or("") == "O'Brien");
}
