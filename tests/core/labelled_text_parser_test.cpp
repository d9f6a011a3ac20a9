// Table-driven tests of the labelled-text parser: label recognition and turns.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parse/labelled_text_parser.hpp"

using feltline::parse::match_label;
using feltline::parse::parse_labelled_text;

TEST_CASE("match_label recognises speaker labels", "[parse][labelled]") {
  struct Case {
    const char* line;
    const char* name;  // nullptr: not a label
    const char* rest;
  };
  const std::vector<Case> cases = {
      {"Therapist: How are you?", "Therapist", "How are you?"},
      {"Client:I feel tense.", "Client", "I feel tense."},
      {"  Patient:   spaced out  ", "Patient", "spaced out"},
      {"**Therapist:** Welcome back.", "Therapist", "Welcome back."},
      {"**Client**: Thanks.", "Client", "Thanks."},
      {"Dr. Okafor: Let's begin.", "Dr. Okafor", "Let's begin."},
      {"Mary Ann Smith: Hello", "Mary Ann Smith", "Hello"},
      {"T: Hi", "T", "Hi"},
      {"Sam:", "Sam", ""},
      {"Note: this stays a candidate", "Note", "this stays a candidate"},
      {"See https://example.org for more", nullptr, nullptr},
      {"http://example.org", nullptr, nullptr},
      {"It was 10:30 when I left", nullptr, nullptr},
      {"Why? Because: reasons", nullptr, nullptr},
      {"\"Quoted: speech\"", nullptr, nullptr},
      {": no name", nullptr, nullptr},
      {"This line has far too many words before the colon to be a name: x", nullptr, nullptr},
      {"No colon here at all", nullptr, nullptr},
  };
  for (const auto& c : cases) {
    CAPTURE(c.line);
    auto m = match_label(c.line);
    if (!c.name) {
      CHECK_FALSE(m.has_value());
    } else {
      REQUIRE(m.has_value());
      CHECK(std::string(m->name) == c.name);
      CHECK(std::string(m->rest) == c.rest);
    }
  }
}

TEST_CASE("parse_labelled_text builds turns", "[parse][labelled]") {
  struct Case {
    const char* name;
    const char* input;
    std::vector<std::pair<std::string, std::string>> turns;  // speaker, text
  };
  const std::vector<Case> cases = {
      {"two speakers",
       "Therapist: Hello.\nClient: Hi.\n",
       {{"Therapist", "Hello."}, {"Client", "Hi."}}},
      {"turn runs on over paragraphs",
       "Client: First paragraph.\n\nSecond paragraph.\nThird line.\nTherapist: Ok.",
       {{"Client", "First paragraph.\n\nSecond paragraph.\nThird line."}, {"Therapist", "Ok."}}},
      {"one-off Note: stays inside the turn",
       "Therapist: Breathe.\nNote: she nodded.\nClient: Okay.",
       {{"Therapist", "Breathe.\nNote: she nodded."}, {"Client", "Okay."}}},
      {"unknown names count when they start lines twice",
       "Anna: Hi.\nBen: Hello.\nAnna: How are you?\nBen: Fine.",
       {{"Anna", "Hi."}, {"Ben", "Hello."}, {"Anna", "How are you?"}, {"Ben", "Fine."}}},
      {"text before the first label is kept",
       "Session 3, recorded with consent\n\nTherapist: Hello.\nClient: Hi.",
       {{"", "Session 3, recorded with consent"}, {"Therapist", "Hello."}, {"Client", "Hi."}}},
      {"label with nothing after it takes the next lines",
       "Therapist:\nHow was the week?\nClient:\nLong.",
       {{"Therapist", "How was the week?"}, {"Client", "Long."}}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    auto doc = parse_labelled_text(c.input);
    REQUIRE(doc.dialogues.size() == 1);
    const auto& turns = doc.dialogues[0].turns;
    REQUIRE(turns.size() == c.turns.size());
    for (std::size_t i = 0; i < turns.size(); ++i) {
      CHECK(turns[i].speaker.value_or("") == c.turns[i].first);
      CHECK(turns[i].text == c.turns[i].second);
    }
  }
}

TEST_CASE("parse_labelled_text finds nothing in unlabelled prose", "[parse][labelled]") {
  auto doc = parse_labelled_text("I walked home.\n\nIt was raining: hard.\n");
  CHECK(doc.dialogues.empty());
}
