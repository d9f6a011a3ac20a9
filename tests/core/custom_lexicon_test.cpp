// Custom dictionaries: LIWC .dic, LIWC-22 .dicx and the project's JSON format,
// their hits as mentions of kind "custom", malformed input reported (never a
// crash), and a million-entry dictionary.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <nlohmann/json.hpp>

#include "feltline/analyze.hpp"
#include "lexicon/custom_lexicon_cache.hpp"
#include "mention_test_support.hpp"

using feltline::MentionKind;
using feltline::Role;
using feltline::test::describe;
using nlohmann::json;
using Strings = std::vector<std::string>;

namespace {

Strings custom_hits(const std::string& format, const std::string& content, const std::string& text) {
  auto lexicon = feltline::lexicon::compile_custom_lexicon("mine", format, content);
  REQUIRE(lexicon->usable);
  auto t = feltline::test::find_mentions({{Role::client, text}}, {}, {lexicon});
  Strings out;
  for (const auto& m : t.turns[0].mentions)
    if (m.kind == MentionKind::custom) out.push_back(describe(m, text) + " <" + std::string(m.source) + ">");
  return out;
}

}  // namespace

TEST_CASE("LIWC .dic: categories, wildcards, phrases, multiple categories", "[lexicon][custom]") {
  const std::string dic =
      "%\n1\tworry\n2\tbody\n3\thedge\n%\nworr*\t1\nanxious\t1\nchest\t2\nkind of\t3\nknot\t1 2\n";
  CHECK(custom_hits("dic", dic, "I was worried, kind of anxious, and my chest had a knot.") ==
        Strings{"custom worry 'worried' <worr*>", "custom hedge 'kind of' <kind of>",
                "custom worry 'anxious' <anxious>", "custom body 'chest' <chest>",
                "custom body 'knot' <knot>", "custom worry 'knot' <knot>"});
  // An exact entry wins over a wildcard; context flags apply to custom mentions too.
  CHECK(custom_hits("dic", "%\n1\ta\n2\tb\n%\nanx*\t1\nanxious\t2\n", "I wasn't anxious.") ==
        Strings{"custom b 'anxious' neg <anxious>"});
}

TEST_CASE("LIWC-22 .dicx: a DicTerm column and X marks", "[lexicon][custom]") {
  const std::string dicx = "DicTerm,Worry,Body\r\nworr*,X,\r\n\"knot, tight\",,X\r\nchest,,X\r\n";
  CHECK(custom_hits("dicx", dicx, "Worrying about my chest.") ==
        Strings{"custom Worry 'Worrying' <worr*>", "custom Body 'chest' <chest>"});
}

TEST_CASE("the project's JSON format as a custom dictionary", "[lexicon][custom]") {
  const std::string lexicon =
      R"({"name": "x", "categories": {"rumination": ["go:v over", "replay:v", "what if"], "self": ["myself"]}})";
  CHECK(custom_hits("json", lexicon, "I keep replaying it and going over what if.") ==
        Strings{"custom rumination 'replaying' <replaying>", "custom rumination 'going over' <going over>",
                "custom rumination 'what if' <what if>"});
}

TEST_CASE("malformed dictionaries are reported, never fatal", "[lexicon][custom]") {
  struct Case {
    const char* format;
    const char* content;
    bool usable;
    std::size_t problems;
  };
  const std::vector<Case> cases = {
      {"dic", "no header here\nword\t1\n", false, 2},
      {"dic", "%\n1\tok\nbad header line\n%\nfine\t1\nnocategory\nunknown\t7\nweird\t02 134)131/125\n", true,
       5},
      {"dic", "%\n1\tok\n", false, 1},
      {"dicx", "Term,A\nx,X\n", false, 1},
      {"dicx", "DicTerm,A\n,X\nlonely,\n", true, 2},
      {"json", "{not json", false, 1},
      {"json", R"({"categories": {"a": 5, "b": [1, "ok"]}})", true, 2},
      {"xml", "<x/>", false, 1},
      {"dic", "", false, 1},
  };
  for (const auto& c : cases) {
    CAPTURE(c.format, c.content);
    auto lexicon = feltline::lexicon::compile_custom_lexicon("bad", c.format, c.content);
    CHECK(lexicon->usable == c.usable);
    CHECK(lexicon->report.problems.size() == c.problems);
  }
  // Bytes that are not text (NUL, invalid UTF-8) are terms like any other.
  auto binary = feltline::lexicon::compile_custom_lexicon(
      "bin", "dic", std::string("%\n1\tz\n%\n\xff\xfe\x00x\t1\nok\t1\n", 19));
  CHECK(binary->usable);
  CHECK(binary->report.terms == 2);
}

TEST_CASE("custom dictionaries travel in the options JSON and report through diagnostics",
          "[lexicon][custom][api]") {
  json options = {{"lexicons", json::array({{{"name", "worry-words"},
                                             {"format", "dic"},
                                             {"content", "%\n1\tworry\n%\nfret*\t1\nbroken line\n"}}})}};
  auto r = feltline::analyze_text("Client: I keep fretting.\n", options.dump());
  REQUIRE(r.usable);
  json doc = json::parse(r.json);
  json m;
  for (const auto& mention : doc["turns"][0]["mentions"])
    if (mention["kind"] == "custom") m = mention;
  CHECK(m["kind"] == "custom");
  CHECK(m["dictionary"] == "worry-words");
  CHECK(m["category"] == "worry");
  CHECK(m["source"]["entry"] == "fret*");
  bool reported = false;
  for (const auto& d : doc["diagnostics"])
    reported = reported || d["message"].get<std::string>().find("line 5") != std::string::npos;
  CHECK(reported);
  // A bad lexicon option is a warning, not a failure.
  r = feltline::analyze_text("Client: hi\n", R"({"lexicons": [{"format": "rtf", "content": "x"}, 7]})");
  REQUIRE(r.usable);
  CHECK(json::parse(r.json)["diagnostics"].size() == 2);
}

TEST_CASE("a million-entry dictionary loads and matches", "[lexicon][custom][large]") {
  std::string dic = "%\n1\tbig\n2\tother\n%\n";
  dic.reserve(20u << 20);
  for (int i = 0; i < 1000000; ++i) {
    dic += "w";
    dic += std::to_string(i);
    dic += (i % 10 == 0) ? "*\t1 2\n" : "\t1\n";
  }
  dic += "needle\t2\n";
  auto lexicon = feltline::lexicon::compile_custom_lexicon("big", "dic", dic);
  REQUIRE(lexicon->usable);
  CHECK(lexicon->report.terms == 1000001);
  CHECK(lexicon->report.problems.empty());
  // Memory stays within a small multiple of the text itself.
  CHECK(lexicon->lexicon.memory_bytes() < 8 * dic.size());
  auto t = feltline::test::find_mentions({{Role::client, "w999999 w10abc needle"}}, {}, {lexicon});
  Strings found;
  for (const auto& m : t.turns[0].mentions) found.push_back(describe(m, t.turns[0].text));
  CHECK(found == Strings{"custom big 'w999999'", "custom big 'w10abc'", "custom other 'w10abc'",
                         "custom other 'needle'"});
}

TEST_CASE("a transcript's copy keeps its mentions' text after the original is gone", "[lexicon][custom]") {
  feltline::Options options;
  options.lexicons.push_back({"fret-words", "dic", "%\n1\tfretting\n%\nworr*\t1\nfret*\t1\n"});
  const std::string text = "Therapist: How was it?\nClient: I wasn't really worried, but I'd fret 7/10 about work.\n";
  auto fields = [](const feltline::Transcript& t) {
    Strings out;
    for (const auto& turn : t.turns)
      for (const auto& m : turn.mentions) {
        std::string s = std::string(m.category) + "|" + std::string(m.region) + "|" + std::string(m.quality) + "|" +
                        std::string(m.source) + "|" + std::string(m.rule) + "|" + std::string(m.dictionary);
        for (auto i : m.intensity) s += "|i:" + std::string(i);
        for (auto c : m.cues) s += "|c:" + std::string(c);
        out.push_back(s);
      }
    return out;
  };
  std::optional<feltline::Transcript> copy;
  Strings expected;
  {
    auto transcripts = feltline::analyze_transcripts(text, options);
    REQUIRE(transcripts.size() == 1);
    expected = fields(transcripts[0]);
    copy = transcripts[0];
  }
  CHECK(fields(*copy) == expected);
  // the custom hits, their cue and intensity are run-time text the transcript owns
  CHECK(std::count_if(expected.begin(), expected.end(),
                      [](const std::string& s) { return s.find("|fret-words") != std::string::npos; }) == 2);
  CHECK(std::count_if(expected.begin(), expected.end(),
                      [](const std::string& s) { return s.find("|i:really") != std::string::npos; }) >= 1);
}
