// Round sixteen: readings of heldout17 (studied) meant to transfer to other
// writers' sessions. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a verdict on what was said does not narrate a scene of earlier", "[mentions][hypothetical][scene]") {
  // an imagined scene earlier in the session; later, in the room, "Great question." is a
  // verdict, so "What's happening?" asks about now
  auto t = find_mentions({
      {Role::therapist, "Imagine the lift doors closing. You're inside. What's happening?"},
      {Role::client, "I'm inside and I'm panicking."},
      {Role::therapist, "Let's stop there. Here's the real lift."},
      {Role::client, "Why does it feel worse than the picture?"},
      {Role::therapist, "Great question. Fear doesn't care about size. What's happening?"},
      {Role::client, "Hands are sweaty. Stomach's tight."},
  });
  CHECK(described(t, 5) == Strings{"sensation hands 'Hands are sweaty'", "sensation stomach 'Stomach's tight'"});
  // a verbless line inside a scene still narrates it
  auto s = find_mentions({
      {Role::therapist, "Imagine the lift doors closing. You're inside. What's happening?"},
      {Role::client, "Fourth floor. Hands are sweaty."},
  });
  CHECK(described(s, 1) == Strings{"sensation hands 'Hands are sweaty' hyp"});
}

TEST_CASE("assent and concession formulas are no cue", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "That sounds like guilt."},
      {Role::client, "Suppose it is. I'm guilty about leaving him."},
      {Role::client, "I'm relieved, I'll give you that."},
  });
  CHECK(described(t, 1) == Strings{"emotion guilt 'guilty'"});
  CHECK(described(t, 2) == Strings{"emotion relief 'relieved'"});
  // "suppose" still opens an imagined case
  auto s = find_mentions({{Role::therapist, "Suppose she says no. You'd be furious."}});
  CHECK(described(s, 0) == Strings{"emotion anger 'furious' hyp"});
}

TEST_CASE("the speaker's own state now, told as the message they would give, is reported",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "If you could ring your brother tonight, what would you tell him?"},
      {Role::client, "That I miss him. That I'm ashamed of how I left it. That I'd be glad to see him."},
  });
  CHECK(described(t, 1) == Strings{"emotion love 'miss him'", "emotion shame 'ashamed'", "emotion joy 'glad' hyp"});
  // what someone else would think or see stays imagined
  auto s = find_mentions({
      {Role::therapist, "What would your brother think, if he saw you there?"},
      {Role::client, "That I'm ashamed."},
  });
  CHECK(described(s, 1) == Strings{"emotion shame 'ashamed' hyp"});
}

TEST_CASE("idioms of states a clinician would list, as data", "[mentions][emotions]") {
  auto t = find_mentions({
      {Role::client, "I went to pieces at the funeral. I'm all at sea with the forms. The noise winds me up."},
      {Role::client, "Sick as a parrot about the match, and stir crazy indoors. I'm a bit smug about the garden, though."},
      {Role::client, "I'd be in a right state if she rang. It's icky. I was sick at heart."},
  });
  CHECK(described(t, 0) == Strings{"emotion overwhelm 'went to pieces'", "emotion confusion 'all at sea'",
                                   "emotion anger 'winds me up'"});
  CHECK(described(t, 1) == Strings{"emotion disappointment 'Sick as a parrot'", "emotion frustration 'stir crazy'",
                                   "emotion pride 'smug'"});
  CHECK(described(t, 2) == Strings{"emotion anxiety 'in a right state' hyp", "emotion disgust 'icky'",
                                   "emotion sadness 'sick at heart'"});
}

TEST_CASE("a conditional that judges how expected a state is guesses it is there", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "It would be odd if you weren't nervous after that. It'd make sense if you felt guilty."},
  });
  CHECK(described(t, 0) == Strings{"emotion anxiety 'nervous'", "emotion guilt 'guilty'"});
  // a time to come keeps it imagined; a wish is no judgement of what is expected
  auto s = find_mentions({
      {Role::therapist, "It would be natural if you felt tired tomorrow. It would be nice if you felt calm."},
  });
  CHECK(described(s, 0) == Strings{"sensation unspecified 'tired' hyp", "emotion calm 'calm' hyp"});
}

TEST_CASE("a person who goes away is not a state that goes away", "[mentions][negation]") {
  auto t = find_mentions({
      {Role::client, "I'm frightened he'll go away. The dread will go away, though."},
  });
  CHECK(described(t, 0) == Strings{"emotion fear 'frightened'", "emotion anxiety 'dread' neg hyp"});
}

TEST_CASE("a twisting stomach is a sensation of the stomach, a twisted arm is not", "[mentions][sensations]") {
  auto t = find_mentions({
      {Role::client, "My belly went all twisty before the exam. My gut twists when he shouts."},
      {Role::client, "She twisted my arm into coming."},
  });
  CHECK(described(t, 0) == Strings{"sensation stomach 'belly went all twisty'", "sensation stomach 'gut twists'"});
  CHECK(described(t, 1).empty());
}

TEST_CASE("rubber legs, knocking knees and a hopping heart, and not a knock at the door", "[mentions][sensations]") {
  auto t = find_mentions({
      {Role::client, "My legs went rubbery on the ladder. My knees were knocking and my heart was hopping."},
      {Role::client, "So I knock, and the dog comes hopping out with a rubber bone."},
  });
  CHECK(described(t, 0) == Strings{"sensation legs 'legs went rubbery'", "sensation legs 'knees were knocking'",
                                   "sensation heart 'heart was hopping'"});
  CHECK(described(t, 1).empty());
}
