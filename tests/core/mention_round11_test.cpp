// Round eleven: imaginal reliving told in the present and other scenes of
// heldout11 (studied). Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a reliving that sets the clock in the present narrates an imagined scene",
          "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Start from the moment the alarm goes off, first person."},
      {Role::client, "It's twenty past four in the morning. The pager goes. My stomach knots and I'm scared."},
  });
  CHECK(described(t, 1) == Strings{"sensation stomach 'stomach knots' hyp", "emotion fear 'scared' hyp"});
  // no clock: a habit, reported
  auto h = find_mentions({{Role::client, "It's worse in the morning. I lie there and I'm scared."}});
  CHECK(described(h, 0) == Strings{"emotion fear 'scared'"});
}

TEST_CASE("a sentence opening on a body part goes on with the scene",
          "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Picture the exam hall. You're walking to your desk."},
      {Role::client, "I'm at the desk. The invigilator hands out the papers."},
      {Role::therapist, "You're at the desk. What do you notice?"},
      {Role::client, "Throat's dry. I'm nervous."},
  });
  CHECK(described(t, 3) == Strings{"sensation throat 'Throat's dry' hyp", "emotion anxiety 'nervous' hyp"});
}

TEST_CASE("a question someone in the scene asks, told by the narrator, goes on with the scene",
          "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Let's rehearse the meeting. Your boss asks for the report early. You're there. What's happening?"},
      {Role::client, "Okay. Team meeting, nine o'clock. Priya says, Dev, can you finish it by noon? My jaw tightens."},
      {Role::therapist, "Stay with it. Your jaw tightens. Now you say something new. What do you say?"},
      {Role::client, "I say, Priya, I can do it by Friday. Is that okay? And she agrees. I'm relieved."},
  });
  CHECK(described(t, 1) == Strings{"sensation jaw 'jaw tightens' hyp"});
  // "Now you say ...": the listener's next act in the scene
  CHECK(described(t, 3) == Strings{"emotion relief 'relieved' hyp"});
}

TEST_CASE("a time set in the present with its place before the listener is set in it opens a scene",
          "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "It's Saturday morning, the changing room in Leeds. You're lacing up. Your stomach is in knots."},
  });
  // a long time sentence, and "up" in "lacing up" is no feeling
  CHECK(described(t, 0) == Strings{"sensation stomach 'stomach is in knots' hyp"});
}

TEST_CASE("a question of the scene after setting the listener in it hands the scene over",
          "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "I'd like you to picture the night shift. You're on the ward, the corridor is quiet. Where are you?"},
      {Role::client, "By the nurses' station. My chest is tight and I'm scared."},
  });
  CHECK(described(t, 1) == Strings{"sensation chest 'chest is tight' hyp", "emotion fear 'scared' hyp"});
}

TEST_CASE("dialect words for feelings and breath", "[mentions][lexicon]") {
  const std::vector<std::pair<std::string, std::string>> table = {
      {"The letter put the wind up me.", "emotion fear 'put the wind up me'"},
      {"He was narked all evening.", "emotion anger 'narked'"},
      {"She's got a cob on with me.", "emotion anger 'cob on'"},
      {"I was made up when he rang.", "emotion joy 'made up'"},
      {"Ek is hartseer about the dogs.", "emotion sadness 'hartseer'"},
      {"My head was all deurmekaar.", "emotion confusion 'deurmekaar'"},
      {"At night I'm climbing the walls.", "emotion anxiety 'climbing the walls'"},
      {"I'm wheezing on the stairs.", "sensation breath 'wheezing'"},
      {"Puffed, after the hill.", "sensation breath 'Puffed'"},
  };
  for (const auto& [text, expected] : table) {
    auto t = find_mentions({{Role::client, text}});
    CHECK(described(t, 0) == Strings{expected});
  }
  // "made up" counts after a person and a be verb only
  auto t = find_mentions({{Role::client, "The whole story was made up."}});
  CHECK(described(t, 0).empty());
}

TEST_CASE("a sentence opening on the filler like goes on with the scene", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Can you tell me what you picture, when you think about the dance?"},
      {Role::client, "Okay. I walk into the hall. Everybody's looking. Like my chest is so tight. And I'm embarrassed."},
  });
  CHECK(described(t, 1) == Strings{"sensation chest 'chest is so tight' hyp", "emotion embarrassment 'embarrassed' hyp"});
}

TEST_CASE("another's prohibition of a feeling, reported, prescribes it", "[mentions][hypothetical][negation]") {
  const std::vector<std::pair<std::string, std::string>> table = {
      {"my gran says dont feel guilty, you did your best.", "emotion guilt 'guilty' hyp"},
      {"My coach tells me not to be nervous.", "emotion anxiety 'nervous' hyp"},
      // a refused prescription keeps its negation (settled case 39)
      {"I won't tell you not to feel guilty.", "emotion guilt 'guilty' neg hyp"},
  };
  for (const auto& [text, expected] : table) {
    auto t = find_mentions({{Role::client, text}});
    CHECK(described(t, 0) == Strings{expected});
  }
}

TEST_CASE("a question that asks the listener to picture something invites the answer in",
          "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "If you picture the graduation, in the gown, what comes up?"},
      {Role::client, "Okay. I'm walking up to the stage. I feel light. I'm happy."},
  });
  CHECK(described(t, 1) == Strings{"sensation unspecified 'light' hyp", "emotion joy 'happy' hyp"});
  // an answer that frames the imagining itself speaks from now after it
  auto u = find_mentions({
      {Role::therapist, "If you imagine the next match, what comes up?"},
      {Role::client, "If I imagine it, I'd probably feel dread again. But I also feel a little hopeful, because I know it can drop."},
  });
  CHECK(described(u, 1) == Strings{"emotion anxiety 'dread' hyp", "emotion hope 'hopeful'"});
}

TEST_CASE("already right after a feeling keeps the scene's time", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "It's Friday evening. You're at the door of the party. Tell it as if it's happening."},
      {Role::client, "I'm at the door. My hands are sweating already. And I'm scared."},
  });
  CHECK(described(t, 1) == Strings{"sensation hands 'hands are sweating' hyp", "emotion fear 'scared' hyp"});
}
