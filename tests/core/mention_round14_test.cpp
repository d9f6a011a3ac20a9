// Round fourteen: readings of heldout15 (studied) meant to transfer to other
// writers' scenes. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a lone exclamation or unknown word in a narration keeps the scene", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Imagine the drive to your mum's, and tell me in the present tense. You're on the ring road. What's happening?"},
      {Role::client, "Westbound. Oh. The lorry pulls out in front. My hands are clammy and I'm frightened."},
  });
  CHECK(described(t, 1) == Strings{"sensation hands 'hands are clammy' hyp", "emotion fear 'frightened' hyp"});
  // an acknowledgement still steps out
  auto s = find_mentions({
      {Role::therapist, "Imagine the drive to your mum's. You're on the ring road. What's happening?"},
      {Role::client, "Okay. Right. Right now I'm frightened, here in the room."},
  });
  CHECK(described(s, 1) == Strings{"emotion fear 'frightened'"});
}

TEST_CASE("'every' before a thing is not a habit inside a scene", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Close your eyes. It's Friday night, you're walking into the pub. Tell me what's happening."},
      {Role::client, "I'm holding my coat. I'm checking every table by the bar. I'm dreading seeing her."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'dreading' hyp"});
  // "every time" still is a habit, reported
  auto s = find_mentions({
      {Role::therapist, "Close your eyes. It's Friday night, you're walking into the pub. Tell me what's happening."},
      {Role::client, "I'm holding my coat. Every time I go in there I get nervous."},
  });
  CHECK(described(s, 1) == Strings{"emotion anxiety 'nervous'"});
}

TEST_CASE("'And then you ...' from the listener moves the scene on, 'With her.' stays in it",
          "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Close your eyes. It's Saturday afternoon, you're walking up the aisle at the wedding. Tell me what's happening."},
      {Role::client, "I'm holding the flowers. My stomach's churning."},
      {Role::therapist, "And then you see him."},
      {Role::client, "Second row. With her. My cheeks are hot and I'm furious."},
  });
  CHECK(described(t, 3) == Strings{"sensation face 'cheeks are hot' hyp", "emotion anger 'furious' hyp"});
}

TEST_CASE("a cue in a thought quoted in a past question does not make the answer imagined",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "What did you feel when you were thinking \"he'll leave me\"?"},
      {Role::client, "Dread, mostly."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'Dread'"});
  // a modal outside the quotation still asks about an imagined state
  auto s = find_mentions({
      {Role::therapist, "Imagine he said, \"I'll stay.\" What would you feel?"},
      {Role::client, "Relief."},
  });
  CHECK(described(s, 1) == Strings{"emotion relief 'Relief' hyp"});
}

TEST_CASE("a verbless state answered 'no' is denied", "[mentions][negation]") {
  auto t = find_mentions({
      {Role::client, "Shaky, yes. Dread, no. I was nervous, no doubt."},
  });
  CHECK(described(t, 0) == Strings{"sensation unspecified 'Shaky'", "emotion anxiety 'Dread' neg",
                                   "emotion anxiety 'nervous'"});
}

TEST_CASE("a long time sentence sets a scene and 'Tell me what you notice.' hands it over",
          "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Close your eyes. It's the cup final, next Saturday, Hampden Park, second half, two all, "
                        "raining. The whistle goes. You step up to the spot. Tell me what you notice."},
      {Role::client, "The crowd. My legs are heavy. I'm terrified."},
  });
  CHECK(described(t, 1) == Strings{"sensation legs 'legs are heavy' hyp", "emotion fear 'terrified' hyp"});
}

TEST_CASE("a turn that ends keeping the scene hands it to the listener", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Imagine the interview. You're in the corridor. What's happening?"},
      {Role::client, "They call my name. I'm scared."},
      {Role::therapist, "They can see you're scared. Stay there. Do your routine. Three things: the breath, the word, the hands."},
      {Role::client, "Out through the mouth. Long. My shoulders go down. I'm still nervous."},
  });
  CHECK(described(t, 3) == Strings{"sensation shoulders 'shoulders go down' hyp", "emotion anxiety 'nervous' hyp"});
  // "Good." still steps out
  auto s = find_mentions({
      {Role::therapist, "Imagine the interview. You're in the corridor. What's happening?"},
      {Role::client, "They call my name. I'm scared."},
      {Role::therapist, "Stay there."},
      {Role::client, "Good. Actually, right now my chest is tight."},
  });
  CHECK(described(s, 3) == Strings{"sensation chest 'chest is tight'"});
}

TEST_CASE("'What's there?' asks for the scene just pictured", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "So picture it: it's the last day, you're by the window, the garden outside. "
                        "Your sister is holding your hand. What's there?"},
      {Role::client, "I'm sleepy. I'm not scared. Sad to go, but calm."},
  });
  CHECK(described(t, 1) == Strings{"sensation unspecified 'sleepy' hyp", "emotion fear 'scared' neg hyp",
                                   "emotion sadness 'Sad' hyp", "emotion calm 'calm' hyp"});
}

TEST_CASE("a second instruction after a bare comma looks for a state", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Notice where your feet are, notice any tightness in your chest, and tell me."},
      {Role::client, "I noticed my feet, my chest was tight."},
  });
  CHECK(described(t, 0) == Strings{"sensation chest 'tightness in your chest' hyp"});
  CHECK(described(t, 1) == Strings{"sensation chest 'chest was tight'"});
}
