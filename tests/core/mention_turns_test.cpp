// Mentions across turns and within flagged spans: echo (a therapist reflecting
// a client's word), quoted speech, meta notes skipped unless asked for.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::FlagKind;
using feltline::Options;
using feltline::Role;
using feltline::TurnFlag;
using feltline::test::describe;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

namespace {
Strings described(const feltline::Turn& turn) {
  Strings out;
  for (const auto& m : turn.mentions) out.push_back(describe(m, turn.text));
  return out;
}
feltline::Span span_of(const std::string& text, const std::string& part) {
  const auto at = text.find(part);
  REQUIRE(at != std::string::npos);
  return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + part.size())};
}
}  // namespace

TEST_CASE("a therapist's reflection of the client's word is an echo", "[mentions][echo]") {
  auto t = find_mentions({
      {Role::therapist, "How anxious were you?"},
      {Role::client, "Very anxious. My chest got tight."},
      {Role::therapist, "So the anxiety came with your chest getting tight. Any anger?"},
      {Role::therapist, "Was there tightness in your throat too?"},
  });
  CHECK(described(t.turns[0]) == Strings{"emotion anxiety 'anxious' question"});  // before the client said it
  CHECK(described(t.turns[2]) == Strings{"emotion anxiety 'anxiety' echo",
                                         "sensation chest 'chest getting tight' echo",
                                         "emotion anger 'anger' question"});
  // Another region than the client's is not a reflection of it.
  CHECK(described(t.turns[3]) == Strings{"sensation throat 'tightness in your throat' question"});
}

TEST_CASE("text inside a quoted span is marked quoted", "[mentions][flags]") {
  const std::string text = "He said \"I'm so disappointed\" and I felt ashamed.";
  auto t = find_mentions(
      {{Role::client, text, {TurnFlag{FlagKind::quoted, span_of(text, "\"I'm so disappointed\"")}}}});
  CHECK(described(t.turns[0]) ==
        Strings{"emotion disappointment 'disappointed' quoted", "emotion shame 'ashamed'"});
}

TEST_CASE("meta notes are skipped unless the options include them", "[mentions][flags]") {
  const std::string text = "I feel calmer. (Note: the client appears anxious.) My hands are warm.";
  const TurnFlag note{FlagKind::meta_note, span_of(text, "(Note: the client appears anxious.)")};
  auto skipped = find_mentions({{Role::client, text, {note}}});
  CHECK(described(skipped.turns[0]) == Strings{"emotion calm 'calmer'", "sensation hands 'hands are warm'"});
  Options include;
  include.include_meta_notes = true;
  auto kept = find_mentions({{Role::client, text, {note}}}, include);
  CHECK(described(kept.turns[0]) ==
        Strings{"emotion calm 'calmer'", "emotion anxiety 'anxious'", "sensation hands 'hands are warm'"});
}

TEST_CASE("a meta note is a boundary: context does not cross it", "[mentions][flags]") {
  const std::string text = "I wasn't (Note: pause) anxious.";
  auto t =
      find_mentions({{Role::client, text, {TurnFlag{FlagKind::meta_note, span_of(text, "(Note: pause)")}}}});
  CHECK(described(t.turns[0]) == Strings{"emotion anxiety 'anxious'"});
}
