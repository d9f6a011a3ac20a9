// Round thirteen: readings of heldout13 (studied) that keep reports out of
// scenes and predictions. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("'I mean' steps out of a worry", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::client, "What if he moves out. I mean I am lonely already. I'm sad most evenings."},
  });
  CHECK(described(t, 0) == Strings{"emotion loneliness 'lonely'", "emotion sadness 'sad'"});
}

TEST_CASE("an answer that tells what happened reports how predictions turned out", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Let's check the predictions. Prediction one, you'd faint: no. Prediction two, so scared you'd run: no."},
      {Role::client, "Didn't faint. Still a bit dizzy. But not scared."},
  });
  CHECK(described(t, 1) == Strings{"sensation head 'dizzy'", "emotion fear 'scared' neg"});
  // an answer whose past is inside a clause of its own still inherits the question
  auto s = find_mentions({
      {Role::therapist, "Looking back from there, what would you want to feel?"},
      {Role::client, "Proud. That I didn't stop."},
  });
  CHECK(described(s, 1) == Strings{"emotion pride 'Proud' hyp"});
}

TEST_CASE("'Then?' opening a turn asks for more of the scene", "[mentions][hypothetical][scene]") {
  for (const char* more : {"Then?", "And then?"}) {
    auto t = find_mentions({
        {Role::therapist, "Imagine it's the night before the exam. You're in bed. What's going on?"},
        {Role::client, "I'm lying there. And straight away my chest is tight."},
        {Role::therapist, more},
        {Role::client, "I get up. I'm restless and irritated."},
    });
    CHECK(described(t, 1) == Strings{"sensation chest 'chest is tight' hyp"});
    CHECK(described(t, 3) == Strings{"emotion anxiety 'restless' hyp", "emotion anger 'irritated' hyp"});
  }
}

TEST_CASE("a second instruction after ', and' looks for a state", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Put the kettle on, and notice whether your shoulders drop."},
      {Role::client, "I went to the shop, and my shoulders were tight."},
  });
  CHECK(described(t, 0) == Strings{"sensation shoulders 'shoulders drop' hyp"});
  CHECK(described(t, 1) == Strings{"sensation shoulders 'shoulders were tight'"});
}

TEST_CASE("a verbless reflection of the narration keeps the scene", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Imagine the walk to the bus. You're at the gate. What's happening?"},
      {Role::client, "It's raining. My knee is stiff, waiting for the twinge."},
      {Role::therapist, "Waiting for the twinge. What comes?"},
      {Role::client, "Nothing comes. I'm a bit proud of myself."},
      {Role::therapist, "Stay at the gate. What happens next?"},
      {Role::client, "The bus comes. I'm relieved."},
  });
  CHECK(described(t, 3) == Strings{"emotion pride 'proud' hyp"});
  CHECK(described(t, 5) == Strings{"emotion relief 'relieved' hyp"});
  // a feeling named with its subject after the narration is felt now
  auto s = find_mentions({
      {Role::therapist, "Imagine the walk to the bus. You're at the gate. What's happening?"},
      {Role::client, "It's raining. My knee is stiff."},
      {Role::therapist, "I am curious about that."},
  });
  CHECK(described(s, 2) == Strings{"emotion curiosity 'curious'"});
}

TEST_CASE("the occasion of the listener's act sets a scene", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "A short picture. It's the night you move into the flat. Boxes everywhere. Can you see it?"},
      {Role::client, "Yes. I'm carrying a box up the stairs. I'm excited and a bit lonely."},
      {Role::therapist, "It sounds like you're fed up with the old flat. Do you want to talk about work now?"},
  });
  CHECK(described(t, 1) == Strings{"emotion joy 'excited' hyp", "emotion loneliness 'lonely' hyp"});
  // a hedged reflection steps out of it
  CHECK(described(t, 2) == Strings{"emotion frustration 'fed up'"});
}

TEST_CASE("a worry voiced inside the narration goes on with the scene", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "It's ten past six. You're in the waiting room. What's happening?"},
      {Role::client, "They're calling names, which is awful, because what if they call mine? My hands are clammy."},
      {Role::therapist, "What else?"},
      {Role::client, "My heart's pounding."},
  });
  CHECK(described(t, 1) == Strings{"sensation hands 'hands are clammy' hyp"});
  CHECK(described(t, 3) == Strings{"sensation heart 'heart's pounding' hyp"});
}

TEST_CASE("'Actually' with no comma stresses what the narrator finds in the scene", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "It's nine in the morning. You're at the start line. What's happening?"},
      {Role::client, "The gun goes. Actually I'm excited. Actually, right now my hands are sweaty."},
  });
  CHECK(described(t, 1) == Strings{"emotion joy 'excited' hyp", "sensation hands 'hands are sweaty'"});
}

TEST_CASE("a feeling verb with a time to come as its object is felt now", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "I'm dreading tomorrow. I'll be tired tomorrow."},
  });
  CHECK(described(t, 0) == Strings{"emotion anxiety 'dreading'", "sensation unspecified 'tired' hyp"});
}

TEST_CASE("'sick with guilt' is guilt only (case 99)", "[mentions][lexicon]") {
  auto t = find_mentions({{Role::client, "I'm sick with guilt about the money."}});
  CHECK(described(t, 0) == Strings{"emotion guilt 'sick with guilt'"});
}
