// JSON chats and transcripts: {"messages": [...]}, bare arrays, speaker/text
// objects, content parts, system messages, corpora, malformed and deep JSON.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse_test_support.hpp"

using feltline::Role;
using feltline::test::all_messages;
using feltline::test::only_dialogue;
using feltline::test::parse_as;

TEST_CASE("JSON shapes give turns with speakers and role hints", "[parse][json]") {
  struct Expected {
    std::string speaker;
    std::optional<Role> hint;
    std::string text;
  };
  struct Case {
    const char* name;
    const char* input;
    std::vector<Expected> turns;
  };
  const std::vector<Case> cases = {
      {"chat messages; consecutive messages by one role merge",
       R"({"messages": [
            {"role": "user", "content": "I can't stop replaying the argument."},
            {"role": "assistant", "content": "That sounds exhausting."},
            {"role": "assistant", "content": "Where do you notice it in your body?"},
            {"role": "user", "content": "My jaw. It's clenched."}]})",
       {{"user", Role::client, "I can't stop replaying the argument."},
        {"assistant", Role::therapist, "That sounds exhausting.\n\nWhere do you notice it in your body?"},
        {"user", Role::client, "My jaw. It's clenched."}}},
      {"a bare array of messages",
       R"([{"role": "assistant", "content": "Hello."}, {"role": "user", "content": "Hi."}])",
       {{"assistant", Role::therapist, "Hello."}, {"user", Role::client, "Hi."}}},
      {"a name beside the role is the speaker",
       R"([{"role": "assistant", "name": "Dr. Lee", "content": "Hello."}, {"role": "user", "name": "Ana", "content": "Hi."}])",
       {{"Dr. Lee", Role::therapist, "Hello."}, {"Ana", Role::client, "Hi."}}},
      {"speaker/text objects (MIBot): utterances of one speaker join with a space",
       R"({"participant_id": "p1", "utterances": [
            {"speaker": "counsellor", "text": "Hello there!", "word_count": 2},
            {"speaker": "counsellor", "text": "How are you doing today?"},
            {"speaker": "client", "text": "i'm good thanks"}]})",
       {{"counsellor", std::nullopt, "Hello there! How are you doing today?"},
        {"client", std::nullopt, "i'm good thanks"}}},
      {"ShareGPT conversations with from/value",
       R"({"conversations": [{"from": "human", "value": "I feel numb."}, {"from": "gpt", "value": "Numb how?"}]})",
       {{"human", Role::client, "I feel numb."}, {"gpt", Role::therapist, "Numb how?"}}},
      {"content as a list of parts",
       R"([{"role": "user", "content": [{"type": "text", "text": "First part."}, {"type": "text", "text": "Second."}]}])",
       {{"user", Role::client, "First part.\nSecond."}}},
      {"system messages are not turns",
       R"({"messages": [{"role": "system", "content": "You are a counsellor."}, {"role": "user", "content": "Hi."}]})",
       {{"user", Role::client, "Hi."}}},
      {"HTML entities are decoded",
       R"([{"speaker": "Client", "text": "I&#39;m &quot;fine&quot; &amp; calm"}])",
       {{"Client", std::nullopt, "I'm \"fine\" & calm"}}},
      {"a single message object",
       R"({"role": "user", "content": "Just this."})",
       {{"user", Role::client, "Just this."}}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    auto doc = parse_as(c.input);
    CHECK(doc.format == "json");
    const auto& d = only_dialogue(doc);
    REQUIRE(d.turns.size() == c.turns.size());
    for (std::size_t i = 0; i < c.turns.size(); ++i) {
      CAPTURE(i);
      CHECK(d.turns[i].speaker.value_or("") == c.turns[i].speaker);
      CHECK(d.turns[i].role_hint == c.turns[i].hint);
      CHECK(d.turns[i].text == c.turns[i].text);
    }
  }
}

TEST_CASE("JSON keeps system messages and other fields as metadata", "[parse][json]") {
  auto doc = parse_as(R"({"id": "s-12", "model": "x", "stats": {"turns": 3},
    "messages": [{"role": "system", "content": "Be kind."}, {"role": "user", "content": "Hi."}]})");
  const auto& d = only_dialogue(doc);
  CHECK_FALSE(d.id.has_value());  // one dialogue: not a corpus
  using KV = std::pair<std::string, std::string>;
  const std::vector<KV> expected = {
      {"id", "s-12"}, {"model", "x"}, {"stats.turns", "3"}, {"system", "Be kind."}};
  CHECK(d.metadata == expected);
}

TEST_CASE("JSON messages carry their line and times", "[parse][json]") {
  auto doc = parse_as(
      "{\"messages\": [\n  {\"speaker\": \"T\", \"text\": \"a\", \"start\": 1.5, \"end\": 3},\n"
      "  {\"speaker\": \"C\", \"text\": \"b\", \"start\": \"00:00:04.250\"},\n"
      "  {\"speaker\": \"T\", \"text\": \"c\", \"start\": \"00:00:60\"}\n]}");
  const auto& d = only_dialogue(doc);
  REQUIRE(d.turns.size() == 3);
  CHECK(d.turns[0].line == 2);
  CHECK(d.turns[1].line == 3);
  CHECK(d.turns[0].time_start == 1.5);
  CHECK(d.turns[0].time_end == 3.0);
  CHECK(d.turns[1].time_start == 4.25);
  CHECK_FALSE(d.turns[2].time_start.has_value());
  REQUIRE_FALSE(d.diagnostics.empty());
  CHECK(d.diagnostics[0].line == 4);
  CHECK_THAT(d.diagnostics[0].message, Catch::Contains("seconds must be below 60"));
}

TEST_CASE("a JSON list of dialogues is a corpus with ids", "[parse][json]") {
  auto doc = parse_as(R"([{"id": "a", "messages": [{"role": "user", "content": "One."}]},
                          {"conversation_id": 7, "messages": [{"role": "user", "content": "Two."}]},
                          {"messages": [{"role": "user", "content": "Three."}]}])");
  CHECK(doc.corpus);
  REQUIRE(doc.dialogues.size() == 3);
  CHECK(doc.dialogues[0].id == std::optional<std::string>("a"));
  CHECK(doc.dialogues[1].id == std::optional<std::string>("7"));
  CHECK(doc.dialogues[2].id == std::optional<std::string>("3"));  // its position
  CHECK(doc.dialogues[0].metadata.empty());                       // the id is not repeated as metadata

  auto wrapped = parse_as(R"({"dialogues": [{"id": "x", "turns": [{"speaker": "T", "text": "Hi."}]}]})");
  CHECK(wrapped.corpus);
  REQUIRE(wrapped.dialogues.size() == 1);
  CHECK(wrapped.dialogues[0].id == std::optional<std::string>("x"));
}

TEST_CASE("the columns option names JSON keys", "[parse][json]") {
  feltline::ColumnChoice columns;
  columns.speaker = "who";
  columns.text = "said";
  auto doc = parse_as(R"([{"who": "Coach", "said": "Breathe in."}, {"who": "Ana", "said": "Okay."}])", "auto",
                      columns);
  const auto& d = only_dialogue(doc);
  REQUIRE(d.turns.size() == 2);
  CHECK(d.turns[0].speaker == std::optional<std::string>("Coach"));
  CHECK(d.turns[1].text == "Okay.");
}

TEST_CASE("malformed JSON is reported with its line and read as text", "[parse][json][bad]") {
  auto doc = parse_as(
      "{\"messages\": [\n  {\"role\": \"user\", \"content\": \"I feel low\"},\n"
      "  {\"role\": \"assistant\" \"content\": \"Tell me\"}\n]}\n");
  CHECK(doc.format == "plain");
  REQUIRE_FALSE(doc.diagnostics.empty());
  CHECK(doc.diagnostics[0].severity == feltline::Severity::error);
  CHECK(doc.diagnostics[0].line == 3);
  CHECK_THAT(doc.diagnostics[0].message, Catch::Contains("not valid JSON (line 3, column"));
  CHECK_THAT(all_messages(doc), Catch::Contains("read as plain text instead"));
  CHECK_THAT(only_dialogue(doc).turns[0].text, Catch::Contains("I feel low"));  // nothing lost
}

TEST_CASE("a labelled transcript pasted as a JSON chat's truncated start still reads", "[parse][json][bad]") {
  auto doc = parse_as("{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}");
  CHECK(doc.format == "plain");
  CHECK_THAT(all_messages(doc), Catch::Contains("unexpected end of input"));
}

TEST_CASE("deeply nested JSON is refused before parsing, without recursion", "[parse][json][bad]") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  auto doc = parse_as(deep);
  CHECK_THAT(all_messages(doc), Catch::Contains("nested more than 64 levels deep"));
  auto forced = parse_as(deep, "json");
  CHECK_THAT(all_messages(forced), Catch::Contains("nested more than 64 levels deep"));
}

TEST_CASE("valid JSON without messages is not read as text", "[parse][json][bad]") {
  auto doc = parse_as(R"({"survey": [{"q": 1, "a": 2}]})");
  CHECK(doc.dialogues.empty());
  CHECK(doc.no_fallback);
  CHECK_THAT(all_messages(doc), Catch::Contains("no messages found in the JSON"));
  auto r = feltline::analyze_text(R"({"survey": [{"q": 1, "a": 2}]})", "{}");
  CHECK_FALSE(r.usable);
  CHECK_THAT(r.error, Catch::Contains("no messages found in the JSON"));
}
