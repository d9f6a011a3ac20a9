// The default lexicon is compiled in packed (lexicon/packed_json.hpp): reading
// the packed bytes must give exactly the value parse_json_document gives for
// the JSON they were packed from.
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <string>

#include "data/embedded_data.hpp"
#include "lexicon/json_document.hpp"
#include "lexicon/packed_json.hpp"

using feltline::lexicon::pack_json;
using feltline::lexicon::without_notes;
using feltline::lexicon::parse_json_document;
using feltline::lexicon::unpack_json;
using json = nlohmann::ordered_json;

TEST_CASE("packed JSON reads back as the same value, key order, number types and repeated keys included") {
  const char* docs[] = {
      R"({"b": 1, "a": [1, -2, 3.5, "x", true, false, null, {}, []], "c": {"z": {"y": ["q"]}, "w": 2}})",
      R"({"k": 1, "j": 2, "k": {"again": [1, 2]}, "l": 3})",
      R"([[[]], {"a": {"b": {"c": {"d": "\u00e9\n\u0000"}}}}, 18446744073709551615, -9223372036854775808, 1e300, -0.0])",
      R"("a string of more than one hundred and twenty-eight bytes, so that its length takes two bytes of the count: ............")",
      "  42  ",
  };
  for (const char* text : docs) {
    json parsed;
    REQUIRE(parse_json_document(text, parsed));
    std::string packed;
    pack_json(parsed, packed);
    json unpacked;
    REQUIRE(unpack_json(packed, unpacked));
    CHECK(unpacked == parsed);
    CHECK(unpacked.dump() == parsed.dump());
    for (std::size_t i = 0; i < packed.size(); ++i)  // every truncation is refused, never read past
      CHECK_FALSE(unpack_json(std::string_view(packed).substr(0, i), unpacked));
  }
}

TEST_CASE("unpack_json refuses what is not one packed value") {
  json out = json::object();
  CHECK_FALSE(unpack_json("", out));
  CHECK(out.is_null());
  CHECK_FALSE(unpack_json(std::string_view("\x09", 1), out));       // unknown tag
  CHECK_FALSE(unpack_json(std::string_view("\x00\x00", 2), out));   // a second value after the first
  CHECK_FALSE(unpack_json(std::string_view("\x07\x05\x00", 3), out));  // an array short of its count
}

TEST_CASE("the compiled-in lexicon is its JSON under core/data/lexicon, packed without its notes") {
  const std::pair<const char*, std::string_view> files[] = {
      {"emotions", feltline::data::kLexiconEmotions},         {"sensations", feltline::data::kLexiconSensations},
      {"body_regions", feltline::data::kLexiconBodyRegions}, {"analytic", feltline::data::kLexiconAnalytic},
      {"not_mentions", feltline::data::kLexiconNotMentions}, {"context_cues", feltline::data::kLexiconContextCues},
      {"word_classes", feltline::data::kLexiconWordClasses}, {"ratings", feltline::data::kLexiconRatings},
      {"inflections", feltline::data::kLexiconInflections},  {"cue_words", feltline::data::kLexiconCueWords}};
  for (const auto& [name, packed] : files) {
    INFO(name);
    std::ifstream in(std::string(FELTLINE_SOURCE_DIR) + "/core/data/lexicon/" + name + ".json", std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    json parsed, unpacked;
    REQUIRE(parse_json_document(text, parsed));
    REQUIRE(unpack_json(packed, unpacked));
    CHECK(unpacked.dump() == without_notes(parsed).dump());
  }
}

TEST_CASE("without_notes leaves out members whose key starts with an underscore, at any depth") {
  json doc;
  REQUIRE(parse_json_document(
      R"({"_comment": "why", "a": [{"_note": 1, "b": "_kept"}, "_text"], "c": {"_x": {}, "": 2, "d_": 3}})", doc));
  CHECK(without_notes(doc).dump() == R"({"a":[{"b":"_kept"},"_text"],"c":{"":2,"d_":3}})");
}
