// parse_json_document must give exactly the value nlohmann's own parser gives:
// the lexicon loaders read every file through it.
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
