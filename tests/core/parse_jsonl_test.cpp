// JSON Lines: one message per line (one dialogue) or one dialogue per line
// (a corpus, ids echoed), with bad lines reported by line.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse_test_support.hpp"

using feltline::test::all_messages;
using feltline::test::analyse;
using feltline::test::only_dialogue;
using feltline::test::parse_as;

TEST_CASE("JSON Lines with one message per line is one dialogue", "[parse][jsonl]") {
  auto doc = parse_as(
      "{\"role\": \"system\", \"content\": \"You are supportive.\"}\n"
      "{\"role\": \"user\", \"content\": \"My stomach drops before meetings.\"}\n"
      "\n"
      "{\"role\": \"assistant\", \"content\": \"What happens next?\"}\n"
      "{\"role\": \"user\", \"content\": \"I freeze.\"}\n");
  CHECK(doc.format == "jsonl");
  CHECK_FALSE(doc.corpus);
  const auto& d = only_dialogue(doc);
  REQUIRE(d.turns.size() == 3);
  CHECK(d.turns[0].line == 2);
  CHECK(d.turns[1].line == 4);
  CHECK(d.turns[2].text == "I freeze.");
  REQUIRE(d.metadata.size() == 1);
  CHECK(d.metadata[0].first == "system");
}

TEST_CASE("JSON Lines with one dialogue per line is a corpus: ids are echoed", "[parse][jsonl]") {
  const std::string input =
      "{\"id\": \"s1\", \"messages\": [{\"role\": \"user\", \"content\": \"I feel tense.\"}, "
      "{\"role\": \"assistant\", \"content\": \"Where?\"}]}\n"
      "{\"id\": \"s2\", \"messages\": [{\"role\": \"user\", \"content\": \"I feel calm.\"}]}\n"
      "{\"messages\": [{\"role\": \"user\", \"content\": \"No id here.\"}]}\n";
  auto doc = parse_as(input);
  CHECK(doc.corpus);
  REQUIRE(doc.dialogues.size() == 3);
  CHECK(doc.dialogues[0].id == std::optional<std::string>("s1"));
  CHECK(doc.dialogues[1].id == std::optional<std::string>("s2"));
  CHECK(doc.dialogues[2].id == std::optional<std::string>("3"));  // its line number
  CHECK(doc.dialogues[0].turns.size() == 2);

  auto out = analyse(input);  // the pipeline prints one analysis per line
  REQUIRE(out.size() == 3);
  CHECK(out[0]["id"] == "s1");
  CHECK(out[1]["id"] == "s2");
  CHECK(out[0]["turns"][0]["role"] == "client");
  CHECK(out[0]["turns"][1]["role"] == "therapist");
}

TEST_CASE("bad JSON Lines are skipped and reported by line", "[parse][jsonl][bad]") {
  auto doc = parse_as(
      "{\"role\": \"user\", \"content\": \"One.\"}\n"
      "{\"role\": \"assistant\", \"content\": \"Two.\"\n"
      "{\"role\": \"assistant\", \"content\": \"Three.\"}\n");
  CHECK(doc.format == "jsonl");
  const auto& d = only_dialogue(doc);
  CHECK(d.turns.size() == 2);
  bool found = false;
  for (const auto& diag : doc.diagnostics)
    if (diag.line == 2 && diag.message.find("not valid JSON (line 2") != std::string::npos) found = true;
  CHECK(found);
}

TEST_CASE("JSON Lines where no line is valid fall back to text", "[parse][jsonl][bad]") {
  auto doc = parse_as("{not json}\n{also not}\n", "jsonl");
  CHECK(doc.format == "plain");
  CHECK_THAT(all_messages(doc), Catch::Contains("no line of the input is valid JSON"));
}
