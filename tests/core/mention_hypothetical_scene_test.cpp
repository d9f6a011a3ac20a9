// Hypotheticals that reach past their cue's sentence or have no modal: imagined
// scenes narrated over several sentences, prescribed speech, prescriptions,
// references back to an imagined feeling, consequences of a bare condition.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::describe_turn;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

using Case = feltline::test::TurnCase;
using feltline::test::check_turns;

TEST_CASE("an imagined scene runs over the sentences that narrate it", "[mentions][hypothetical][scene]") {
  check_turns(
      {
          {"Imagine it's the morning of the flight. You wake up early. Your stomach is churning.",
           {"sensation stomach 'stomach is churning' hyp"}},
          {"Now picture the gate. They call your row. The panic rises.", {"emotion anxiety 'panic' hyp"}},
          {"I'd like you to imagine the party. You walk in. Your chest tightens.",
           {"sensation chest 'chest tightens' hyp"}},
          {"Suppose the first week goes well. Tuesday is easier. By Friday your shoulders are loose.",
           {"sensation shoulders 'shoulders are loose' hyp"}},
          {"Imagine you're at the party. Then your face goes hot.", {"sensation face 'face goes hot' hyp"}},
          // an instruction, an acknowledgement, a question or the present ends the scene
          {"Imagine the gate. Notice the tightness in your chest.",
           {"sensation chest 'tightness in your chest'"}},
          {"Picture the gate. Okay. Your chest is tight.", {"sensation chest 'chest is tight'"}},
          {"Imagine the gate. What do you notice? Your chest is tight.",
           {"sensation chest 'chest is tight'"}},
          {"Imagine the gate. Your chest is tight right now.", {"sensation chest 'chest is tight'"}},
          {"Imagine the gate. Last week you felt scared there.", {"emotion fear 'scared'"}},
          // no invitation to imagine: a denial, a hedge, a habit, a noun
          {"I can't imagine going back. My chest is tight.", {"sensation chest 'chest is tight'"}},
          {"I imagine that was hard. You were scared.", {"emotion fear 'scared'"}},
          {"Every time I picture the office, my stomach drops. My hands shake.",
           {"sensation stomach 'stomach drops'", "sensation hands 'hands shake'"}},
          {"I saw a picture of a plane. My palms were sweating.", {"sensation hands 'palms were sweating'"}},
      },
      Role::therapist);
}

TEST_CASE("a scene cut between two captions of the same speaker goes on", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Suppose the week goes well. You get through Monday."},
      {Role::therapist, "By Friday your shoulders are loose."},
      {Role::client, "My shoulders are loose."},
  });
  REQUIRE(t.turns[1].mentions.size() == 1);
  CHECK(t.turns[1].mentions[0].hypothetical);
  REQUIRE(t.turns[2].mentions.size() == 1);
  CHECK_FALSE(t.turns[2].mentions[0].hypothetical);
}

TEST_CASE("speech prescribed without a modal is imagined", "[mentions][hypothetical][speech]") {
  check_turns(
      {
          {"You tell him, slowly: I'm exhausted.", {"sensation unspecified 'exhausted' hyp"}},
          {"Say to yourself: I'm scared, and that's allowed.", {"emotion fear 'scared' hyp"}},
          {"He told me: I'm furious.", {"emotion anger 'furious'"}},
          {"You told me you were furious.", {"emotion anger 'furious'"}},
      },
      Role::therapist);
}

TEST_CASE("prescriptions and wishes qualify the state they ask for", "[mentions][hypothetical][desire]") {
  const std::vector<Case> cases = {
      {"Let yourself feel the sadness.", {"emotion sadness 'sadness' hyp"}},
      {"Allow yourself to be angry.", {"emotion anger 'angry' hyp"}},
      {"What happens when you let yourself feel angry here?", {"emotion anger 'angry' question"}},
      {"Try to notice any tightness.", {"sensation unspecified 'tightness' hyp"}},
      {"I'm trying to notice the tightness.", {"sensation unspecified 'tightness'"}},
      {"I wish I felt calm around him instead of small.",
       {"emotion calm 'calm' hyp", "emotion shame 'small' hyp"}},
      {"I won't be on my own, so less scared.", {"emotion fear 'scared' hyp"}},
      {"I was on my own, so less scared.", {"emotion fear 'scared'"}},
      {"I feel safer going out.", {"emotion calm 'safer'"}},
      // a past inability is reported; with a condition it stays hypothetical
      {"I couldn't look at a plane without my palms sweating.", {"sensation hands 'palms sweating'"}},
      {"I couldn't stay calm.", {"emotion calm 'calm' neg"}},
      {"I couldn't stay calm if he shouted.", {"emotion calm 'calm' neg hyp"}},
      {"I'm dreading feeling sick on the train.",
       {"emotion anxiety 'dreading'", "sensation stomach 'sick' hyp"}},
      {"When I imagine it, my chest gets tight.", {"sensation chest 'chest gets tight'"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(describe_turn(c.text) == c.expected);
  }
}

TEST_CASE("a fragment opening with a feeling continues the hypothetical before it",
          "[mentions][hypothetical]") {
  CHECK(describe_turn("I'd feel relief. Then shame, because I'd have wasted the ticket.") ==
        Strings{"emotion relief 'relief' hyp", "emotion shame 'shame' hyp"});
}

TEST_CASE("a definite reference to a feeling the other speaker imagined is imagined",
          "[mentions][hypothetical][reference]") {
  auto t = find_mentions({
      {Role::client, "I'd feel relief for ten minutes. Then I'd feel ashamed."},
      {Role::therapist, "So the relief is short."},
      {Role::client, "I'd be anxious. And I am anxious."},
      {Role::therapist, "The anxiety is real."},
      {Role::client, "I'd be anxious."},
      {Role::therapist, "The anxiety is already here, isn't it?"},
  });
  REQUIRE(t.turns[1].mentions.size() == 1);
  CHECK(t.turns[1].mentions[0].hypothetical);
  REQUIRE(t.turns[3].mentions.size() == 1);
  CHECK_FALSE(t.turns[3].mentions[0].hypothetical);  // also reported before
  REQUIRE(t.turns[5].mentions.size() == 1);
  CHECK_FALSE(t.turns[5].mentions[0].hypothetical);  // "already": the present
}

TEST_CASE("'Then ...' answering a bare condition is its consequence", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "And if I can't stop thinking about it?"},
      {Role::therapist, "Then you notice the fear and let it be there."},
      {Role::client, "How was it yesterday?"},
      {Role::therapist, "Then I felt scared."},
  });
  REQUIRE(t.turns[1].mentions.size() == 1);
  CHECK(t.turns[1].mentions[0].hypothetical);
  REQUIRE(t.turns[3].mentions.size() == 1);
  CHECK_FALSE(t.turns[3].mentions[0].hypothetical);
}

TEST_CASE("chat typed without apostrophes keeps its negations and futures",
          "[mentions][hypothetical][chat]") {
  const std::vector<Case> cases = {
      {"i dont feel anxious", {"emotion anxiety 'anxious' neg"}},
      {"wasnt scared tbh", {"emotion fear 'scared' neg"}},
      {"id feel better if i slept", {"emotion relief 'better' hyp"}},
      {"youll probably feel nervous", {"emotion anxiety 'nervous' hyp"}},
      // "ill" read as "I'll": the mess is to come, the fear is now
      {"im scared ill be a mess", {"emotion fear 'scared'", "emotion overwhelm 'a mess' hyp"}},
      {"ill get so anxious", {"emotion anxiety 'anxious' hyp"}},
      {"im terrified", {"emotion fear 'terrified'"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(describe_turn(c.text) == c.expected);
  }
}

TEST_CASE("'That ...' answering a hypothetical question is the imagined words", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "What would you say to a friend who'd had the same night?"},
      {Role::client,
       "That it makes sense. That there's nothing to be ashamed of. I'm still ashamed, though."},
      {Role::therapist, "What did you tell yourself?"},
      {Role::client, "That I was pathetic and scared."},
  });
  REQUIRE(t.turns[1].mentions.size() == 2);
  CHECK(t.turns[1].mentions[0].hypothetical);
  CHECK_FALSE(t.turns[1].mentions[1].hypothetical);
  REQUIRE(t.turns[3].mentions.size() == 1);
  CHECK_FALSE(t.turns[3].mentions[0].hypothetical);
}
