// parse_json_document must give exactly the value, and on invalid input the
// error, that nlohmann's own parser gives: lexicons, transcripts and the
// analysis's word lists are all read through it.
#include <catch2/catch.hpp>

#include "lexicon/json_document.hpp"

using feltline::lexicon::parse_json_document;
using json = nlohmann::ordered_json;

TEST_CASE("parse_json_document gives nlohmann's value, key order and repeated keys included") {
  const char* docs[] = {
      R"({"b": 1, "a": [1, -2, 3.5, "x", true, null, {}, []], "c": {"z": {"y": ["q"]}, "w": 2}})",
      R"({"k": 1, "j": 2, "k": {"again": [1, 2]}, "l": 3})",  // "k" keeps its first place, its last value
      R"([[[]], {"a": {"b": {"c": {"d": "\u00e9\n"}}}}, 18446744073709551615, -9223372036854775808])",
      R"("just a string")",
      "  42  ",
  };
  for (const char* text : docs) {
    json ours;
    REQUIRE(parse_json_document(text, ours));
    const json theirs = json::parse(text);
    CHECK(ours == theirs);
    CHECK(ours.dump() == theirs.dump());
  }
}

TEST_CASE("parse_json_document rejects what nlohmann's parser rejects") {
  for (const char* text : {"", "{", R"({"a": 1,})", R"({"a": 1} x)", "[1, 2", R"({"a" 1})"}) {
    json ours = json::object();
    CHECK_FALSE(parse_json_document(text, ours));
    CHECK(ours.is_null());
    CHECK(json::parse(text, nullptr, false).is_discarded());
  }
}

TEST_CASE("parse_json_document reports where and why it stopped, as nlohmann's exception says") {
  for (const char* text : {"", "{", R"({"a": 1,})", R"({"a": 1} x)", "[1, 2", "{\n  \"a\" 1}"}) {
    json ours;
    feltline::lexicon::JsonError error;
    CHECK_FALSE(parse_json_document(text, ours, &error));
    try {
      const json accepted = json::parse(text);
      FAIL("nlohmann accepted " << text << " as " << accepted.dump());
    } catch (const json::parse_error& ex) {
      CHECK(error.message == ex.what());
      CHECK(error.position == ex.byte);
    }
  }
  json ok;
  feltline::lexicon::JsonError untouched;
  CHECK(parse_json_document(R"({"a": [1]})", ok, &untouched));
  CHECK(untouched.message.empty());
}
