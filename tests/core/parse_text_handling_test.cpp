// Text comes through as written: BOM and line ends normalised, everything
// else (NBSP, U+2011, smart quotes, emoji, right-to-left text) intact.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse_test_support.hpp"

using feltline::test::analyse;

TEST_CASE("text comes through intact", "[parse][text]") {
  struct Case {
    const char* name;
    std::string input;
    std::vector<std::pair<std::string, std::string>> turns;  // speaker, text
  };
  const std::vector<Case> cases = {
      {"BOM and CRLF",
       "\xEF\xBB\xBFTherapist: Hello.\r\nClient: Hi.\r\n",
       {{"Therapist", "Hello."}, {"Client", "Hi."}}},
      {"old Mac CR line ends",
       "Therapist: Hello.\rClient: Hi.\r",
       {{"Therapist", "Hello."}, {"Client", "Hi."}}},
      {"non-breaking spaces inside, trimmed at the ends",
       "Client:\xC2\xA0"
       "50\xC2\xA0mg, and\xC2\xA0I\xE2\x80\x99m fine.\xC2\xA0\nTherapist: Ok.",
       {{"Client", "50\xC2\xA0mg, and\xC2\xA0I\xE2\x80\x99m fine."}, {"Therapist", "Ok."}}},
      {"non-breaking hyphens and smart quotes",
       "Client: A 15\xE2\x80\x91minute sync \xE2\x80\x9C"
       "feels\xE2\x80\x9D long\xE2\x80\xA6\nTherapist: Mm\xE2\x80\x90hm.",
       {{"Client",
         "A 15\xE2\x80\x91minute sync \xE2\x80\x9C"
         "feels\xE2\x80\x9D long\xE2\x80\xA6"},
        {"Therapist", "Mm\xE2\x80\x90hm."}}},
      {"emoji",
       "Client: \xF0\x9F\x98\xA3 my stomach \xF0\x9F\xA4\xA2\nTherapist: \xF0\x9F\x99\x8F",
       {{"Client", "\xF0\x9F\x98\xA3 my stomach \xF0\x9F\xA4\xA2"}, {"Therapist", "\xF0\x9F\x99\x8F"}}},
      {"right-to-left text and names",
       "\xD7\x9E\xD7\x98\xD7\xA4\xD7\x9C: \xD7\x90\xD7\x99\xD7\x9A \xD7\x90\xD7\xAA\xD7\x94 "
       "\xD7\x9E\xD7\xA8\xD7\x92\xD7\x99\xD7\xA9?\n"
       "Client: \xD8\xA3\xD8\xB4\xD8\xB9\xD8\xB1 \xD8\xA8\xD8\xA7\xD9\x84\xD9\x82\xD9\x84\xD9\x82.\n"
       "\xD7\x9E\xD7\x98\xD7\xA4\xD7\x9C: \xD7\x9C\xD7\x9E\xD7\x94?\nClient: ok.\n",
       {{"\xD7\x9E\xD7\x98\xD7\xA4\xD7\x9C",
         "\xD7\x90\xD7\x99\xD7\x9A \xD7\x90\xD7\xAA\xD7\x94 \xD7\x9E\xD7\xA8\xD7\x92\xD7\x99\xD7\xA9?"},
        {"Client", "\xD8\xA3\xD8\xB4\xD8\xB9\xD8\xB1 \xD8\xA8\xD8\xA7\xD9\x84\xD9\x82\xD9\x84\xD9\x82."},
        {"\xD7\x9E\xD7\x98\xD7\xA4\xD7\x9C", "\xD7\x9C\xD7\x9E\xD7\x94?"},
        {"Client", "ok."}}},
      {"trailing spaces dropped, inner line breaks kept",
       "Client: one  \ntwo   \n\nthree\t\nTherapist: ok",
       {{"Client", "one\ntwo\n\nthree"}, {"Therapist", "ok"}}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    auto out = analyse(c.input);
    const auto& turns = out[0]["turns"];
    REQUIRE(turns.size() == c.turns.size());
    for (std::size_t i = 0; i < c.turns.size(); ++i) {
      CAPTURE(i);
      CHECK(turns[i]["speaker"] == c.turns[i].first);
      CHECK(turns[i]["text"] == c.turns[i].second);
    }
  }
}

TEST_CASE("a turn's line is the input line where it starts, whatever the line ends", "[parse][text]") {
  auto out = analyse("\xEF\xBB\xBFPreamble\r\n\r\nTherapist: a\r\nmore\r\n\r\nClient: b\r\n");
  const auto& turns = out[0]["turns"];
  REQUIRE(turns.size() == 3);
  CHECK(turns[0]["line"] == 1);
  CHECK(turns[1]["line"] == 3);
  CHECK(turns[2]["line"] == 6);
}

TEST_CASE("UTF-16 text with a byte-order mark is read as UTF-8", "[parse][text]") {
  const std::u16string source = u"Therapist: How are you?\r\nClient: Tense \U0001F62C, my jaw aches.\r\n";
  for (bool little : {true, false}) {
    CAPTURE(little);
    std::string raw = little ? "\xFF\xFE" : "\xFE\xFF";
    for (char16_t u : source) {
      const char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
      raw += little ? lo : hi;
      raw += little ? hi : lo;
    }
    auto out = analyse(raw);
    const auto& turns = out[0]["turns"];
    REQUIRE(turns.size() == 2);
    CHECK(turns[1]["text"] == "Tense \xF0\x9F\x98\xAC, my jaw aches.");
    CHECK_THAT(out[0]["diagnostics"][0]["message"].get<std::string>(), Catch::Contains("UTF-16"));
  }
}
