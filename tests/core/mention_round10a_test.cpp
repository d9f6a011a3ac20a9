// Round ten (a): an imagined scene carried from one speaker to the other and
// back, over several turns, until something closes it. Sentences written for
// these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a scene left open at the end of a turn goes on in the other speaker's narration",
          "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Picture the first morning back. It's seven o'clock, you're standing at the office door."},
      {Role::client, "Right. I'm at the door. Nobody's looking up. My hands are clammy and I'm anxious."},
      {Role::therapist, "Stay there. The lift pings behind you. What do you notice?"},
      {Role::client, "My shoulders are tense. I'm embarrassed."},
      {Role::therapist, "Come back to the room now. How was that?"},
      {Role::client, "Tiring. I'm tired."},
  });
  CHECK(described(t, 1) == Strings{"sensation hands 'hands are clammy' hyp", "emotion anxiety 'anxious' hyp"});
  // inside a scene the other speaker narrates, a question of the scene hands it back
  CHECK(described(t, 3) == Strings{"sensation shoulders 'shoulders are tense' hyp", "emotion embarrassment 'embarrassed' hyp"});
  // "now", "was": a question about the exercise, in the room ("Tiring." is tiredness
  // felt, like "Imagery is tiring", case 43; round eighteen)
  CHECK(described(t, 5) == Strings{"sensation unspecified 'Tiring'", "sensation unspecified 'tired'"});
}

TEST_CASE("an answer steps out of a scene left open when it names a feeling first or comments",
          "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Picture the exam hall. You're walking to your desk."},
      {Role::client, "Nervous. I'm nervous."},
      {Role::therapist, "Picture the exam hall. You're walking to your desk, and you know the answers."},
      {Role::client, "I do. And I'm still scared."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'Nervous'", "emotion anxiety 'nervous'"});
  CHECK(described(t, 3) == Strings{"emotion fear 'scared'"});
}

TEST_CASE("an answer that opens with 'and' goes on narrating the scene", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::client, "I picture the final whistle. I'm at the gate. The crowd's cheering."},
      {Role::therapist, "He runs towards you."},
      {Role::client, "And I'm so happy."},
      {Role::therapist, "He runs towards you."},
      {Role::client, "I'm so happy."},
  });
  CHECK(described(t, 2) == Strings{"emotion joy 'happy' hyp"});
  CHECK(described(t, 4) == Strings{"emotion joy 'happy'"});
}

TEST_CASE("a scene that sets no one in it, or a worry, is not the other speaker's to narrate",
          "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Now imagine a soft warmth spreading through your belly."},
      {Role::client, "It's loosening. My belly is warm."},
      {Role::client, "What if I get stuck in the tunnel."},
      {Role::therapist, "Your hands are shaking as you say it."},
  });
  CHECK(described(t, 1) == Strings{"sensation stomach 'belly is warm'"});
  CHECK(described(t, 3) == Strings{"sensation hands 'hands are shaking'"});
}

TEST_CASE("in a scene the other speaker narrates, only a question of the scene hands it back",
          "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Imagine the party. You're at the door. What happens?"},
      {Role::client, "I knock. My cousin opens it and she's delighted."},
      {Role::therapist, "How does it feel to imagine that?"},
      {Role::client, "Nice. I'm happy."},
      {Role::therapist, "Imagine the party. You're at the door. What happens?"},
      {Role::client, "I knock. My cousin opens it."},
      {Role::therapist, "And as you're there, what do you feel?"},
      {Role::client, "Happy."},
      {Role::therapist, "Imagine the party. You're at the door. What happens?"},
      {Role::client, "I knock. My cousin opens it."},
      {Role::therapist, "And as you walk in?"},
      {Role::client, "Everyone turns round. I'm mortified."},
  });
  CHECK(described(t, 1) == Strings{"emotion joy 'delighted' hyp"});
  // the feeling of imagining it, now
  CHECK(described(t, 3) == Strings{"emotion joy 'happy'"});
  CHECK(described(t, 7) == Strings{"emotion joy 'Happy'"});
  CHECK(described(t, 11) == Strings{"emotion embarrassment 'mortified' hyp"});
}

TEST_CASE("the listener set in the scene again takes it up, and a narrator's own cue stays in it",
          "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "I'll ask you to imagine the drive to the coast, and we'll see what comes up."},
      {Role::client, "Okay. I'm a bit nervous already."},
      {Role::therapist, "That's fine. It's a Sunday. You're on the bridge, in the left lane."},
      {Role::client, "I'm on the bridge. A van overtakes. I'm scared it'll clip me. My hands are tight on the wheel."},
      {Role::therapist, "Let it play on. You reach the car park. How do you feel, turning the engine off?"},
      {Role::client, "Relieved. Proud of myself."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'nervous'"});
  CHECK(described(t, 3) == Strings{"emotion fear 'scared' hyp", "sensation hands 'hands are tight' hyp"});
  CHECK(described(t, 5) == Strings{"emotion relief 'Relieved' hyp", "emotion pride 'Proud' hyp"});
}

TEST_CASE("a speech verb of an occasion is no prescribed speech", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "I can see it in your body as you tell it: tight shoulders, a clenched jaw."},
      {Role::therapist, "Then you tell him: I'm tense."},
  });
  CHECK(described(t, 0) == Strings{"sensation shoulders 'tight shoulders'", "sensation jaw 'clenched jaw'"});
  CHECK(described(t, 1) == Strings{"emotion anxiety 'tense' hyp"});
}

TEST_CASE("a request to imagine at the end of a turn invites the answer into the scene",
          "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Let's try the lift. Can you picture the doors closing?"},
      {Role::client, "Yeah. I'm at the back. My chest is tight."},
      {Role::therapist, "Can you picture the doors closing?"},
      {Role::client, "Right now my chest is tight."},
  });
  CHECK(described(t, 1) == Strings{"sensation chest 'chest is tight' hyp"});
  CHECK(described(t, 3) == Strings{"sensation chest 'chest is tight'"});
}

TEST_CASE("a time set in the present before the listener is set in it opens a scene", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "It's Thursday evening. You're at the front door with the keys. The hall light is on."},
      {Role::client, "I'm at the door. My stomach is in knots."},
      {Role::therapist, "It's Thursday evening. You told me about the keys."},
      {Role::client, "My stomach is in knots."},
  });
  CHECK(described(t, 1) == Strings{"sensation stomach 'stomach is in knots' hyp"});
  CHECK(described(t, 3) == Strings{"sensation stomach 'stomach is in knots'"});
}

TEST_CASE("'I'll admit' and 'I will tell you the truth' are hedges, not futures", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "I'll admit I was a bit relieved. And I will tell you the truth, there is guilt too."},
      {Role::client, "I'll be relieved when it's over."},
  });
  CHECK(described(t, 0) == Strings{"emotion relief 'relieved'", "emotion guilt 'guilt'"});
  CHECK(described(t, 1) == Strings{"emotion relief 'relieved' hyp"});
}

TEST_CASE("a feeling of the act of saying or imagining it answers a hypothetical question with now",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "How would it feel to tell her that?"},
      {Role::client, "A bit calmer just saying it. Tearful too."},
      {Role::therapist, "How would it feel to tell her that?"},
      {Role::client, "Calmer. Tearful too."},
  });
  CHECK(described(t, 1) == Strings{"emotion calm 'calmer'", "emotion sadness 'Tearful'"});
  CHECK(described(t, 3) == Strings{"emotion calm 'Calmer' hyp", "emotion sadness 'Tearful' hyp"});
}
