// Round fifteen: readings of heldout16 (studied) meant to transfer to other
// writers' text: how far a negation reaches. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a released need ('you don't need to feel X') prescribes nothing and denies nothing",
          "[mentions][negation][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "You don't need to feel relaxed before you start. You needn't be scared of the first minute either."},
  });
  CHECK(described(t, 0) == Strings{"emotion calm 'relaxed' hyp", "emotion fear 'scared' hyp"});
  // "no need to" still denies that the feeling is warranted (case 14)
  auto s = find_mentions({{Role::therapist, "There's no need to feel guilty about saying no."}});
  CHECK(described(s, 0) == Strings{"emotion guilt 'guilty' neg"});
}

TEST_CASE("a prediction checked and answered ': no.' is denied, whatever follows the state",
          "[mentions][negation]") {
  auto t = find_mentions({
      {Role::therapist, "Okay, your list from last week. Shaking all the way to the shop: no. Dizzy and leaving early: no."},
  });
  CHECK(described(t, 0) == Strings{"sensation unspecified 'Shaking' neg", "sensation head 'Dizzy' neg"});
  // a state that does not open its sentence is not what the answer denies
  auto s = find_mentions({{Role::client, "Then I got dizzy in the queue: no joke."}});
  CHECK(described(s, 0) == Strings{"sensation head 'dizzy'"});
}

TEST_CASE("a cleft puts the negation on its focus, not on the state after it", "[mentions][negation]") {
  auto t = find_mentions({
      {Role::client, "It's not my sister I'm furious with. He's not the one I'm scared of."},
  });
  CHECK(described(t, 0) == Strings{"emotion anger 'furious'", "emotion fear 'scared'"});
  // when the focus is the state itself, it is denied
  auto s = find_mentions({{Role::client, "It's not anger I'm feeling."}});
  CHECK(described(s, 0) == Strings{"emotion anger 'anger' neg"});
}

TEST_CASE("a state rated after a comma is an item of its own, out of the denial before it",
          "[mentions][negation]") {
  auto t = find_mentions({{Role::client, "I can't bear it, disgust ninety, fear seventy."}});
  CHECK(described(t, 0) == Strings{"emotion disgust 'disgust'", "emotion fear 'fear'"});
  // unrated, the list item stays inside the denial
  auto s = find_mentions({{Role::client, "I don't feel anxious, sad or tense."}});
  CHECK(described(s, 0)[0] == "emotion anxiety 'anxious' neg");
}

TEST_CASE("colloquial and dialect feeling words by meaning (case 139)", "[mentions][lexicon]") {
  auto t = find_mentions({
      {Role::client, "She went all huffy and I got a bit tetchy. My uncle was ornery about it. Dad was dirty on me for a week."},
  });
  CHECK(described(t, 0) == Strings{"emotion anger 'huffy'", "emotion anger 'tetchy'", "emotion anger 'ornery'",
                                   "emotion anger 'dirty on'"});
  auto s = find_mentions({
      {Role::client, "I was toey all morning. Touching the bin grosses me out and I feel contaminated. I felt like a goose."},
  });
  CHECK(described(s, 0) == Strings{"emotion anxiety 'toey'", "emotion disgust 'grosses me out'",
                                   "emotion disgust 'contaminated'", "emotion embarrassment 'like a goose'"});
}

TEST_CASE("tactile qualities of contamination are sensations of the body part they are on", "[mentions][sensation]") {
  auto t = find_mentions({
      {Role::client, "My fingers feel gritty and my palm is sticky. Now my hands feel coated. Wrung out after, and an electric zap down my leg."},
  });
  CHECK(described(t, 0) == Strings{"sensation hands 'fingers feel gritty'", "sensation hands 'palm is sticky'",
                                   "sensation hands 'hands feel coated'", "sensation unspecified 'Wrung out'",
                                   "sensation legs 'electric zap down my leg'"});
  // with no body part, "sticky" is no sensation
  auto s = find_mentions({{Role::client, "It was a sticky situation at work."}});
  CHECK(described(s, 0).empty());
}

TEST_CASE("a scene opened by a question and then set in a place runs on to the answer",
          "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Can we picture it? You're on the platform, bag over your shoulder. Walk me through it."},
      {Role::client, "I'm by the yellow line. My chest is tight and I'm nervous."},
  });
  CHECK(described(t, 1) == Strings{"sensation chest 'chest is tight' hyp", "emotion anxiety 'nervous' hyp"});
}

TEST_CASE("'Close your eyes.' and a sentence setting the listener in a place open a guided scene",
          "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Close your eyes. You're in the waiting room at the clinic. What do you notice?"},
      {Role::client, "My stomach is churning. I'm scared."},
  });
  CHECK(described(t, 1) == Strings{"sensation stomach 'stomach is churning' hyp", "emotion fear 'scared' hyp"});
  // with no place, closing the eyes asks about the room
  auto s = find_mentions({
      {Role::therapist, "Close your eyes. You're doing really well. What do you notice?"},
      {Role::client, "My stomach is churning. I'm scared."},
  });
  CHECK(described(s, 1) == Strings{"sensation stomach 'stomach is churning'", "emotion fear 'scared'"});
}

TEST_CASE("what a knowing verb presupposes in the present is reported under a modal or a wish",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "If she read it, she'd understand why I'm so angry. I'd want him to know it's me I'm ashamed of."},
  });
  CHECK(described(t, 0) == Strings{"emotion anger 'angry'", "emotion shame 'ashamed'"});
  // a state the knowing only foresees stays imagined
  auto s = find_mentions({{Role::client, "She'd know I'd be scared."}});
  CHECK(described(s, 0) == Strings{"emotion fear 'scared' hyp"});
}

TEST_CASE("Caribbean English negators: 'nuh', and 'nah' before a verb", "[mentions][negation]") {
  auto t = find_mentions({{Role::client, "Mi nuh angry wid him again. Mi nah go panic pon di stage."}});
  CHECK(described(t, 0) == Strings{"emotion anger 'angry' neg", "emotion anxiety 'panic' neg"});
  // "Nah," as an answer denies nothing after it
  auto s = find_mentions({{Role::client, "Nah, I was terrified."}});
  CHECK(described(s, 0) == Strings{"emotion fear 'terrified'"});
}

TEST_CASE("a state expected or braced for is anticipated", "[mentions][hypothetical]") {
  auto t = find_mentions({{Role::therapist, "You expect anger from everyone at work. She was bracing for panic."}});
  CHECK(described(t, 0) == Strings{"emotion anger 'anger' hyp", "emotion anxiety 'panic' hyp"});
  // "as expected" before a new clause says nothing of the state after it
  auto s = find_mentions({{Role::client, "As expected, I was anxious."}});
  CHECK(described(s, 0) == Strings{"emotion anxiety 'anxious'"});
}

TEST_CASE("'Say it's …' and 'Let's say …' set up a supposition like 'imagine'", "[mentions][hypothetical]") {
  auto t = find_mentions({{Role::therapist, "Say it's Friday night and the dread comes back. What could you do?"}});
  CHECK(described(t, 0) == Strings{"emotion anxiety 'dread' hyp"});
  auto s = find_mentions({{Role::therapist, "Let's say the panic builds on the train. What then?"}});
  CHECK(described(s, 0) == Strings{"emotion anxiety 'panic' hyp"});
  // a speaker's "I'd say" gives a view
  auto u = find_mentions({{Role::therapist, "I'd say it's fear."}});
  CHECK(described(u, 0) == Strings{"emotion fear 'fear'"});
}

TEST_CASE("tightening straps and vices, and a stomach in bits or in a heap, are sensations of their body part",
          "[mentions][sensation]") {
  auto t = find_mentions({
      {Role::client, "My stomach is in bits. There's a strap round my chest. It's like a vice on my head."},
  });
  CHECK(described(t, 0) == Strings{"sensation stomach 'stomach is in bits'", "sensation chest 'strap round my chest'",
                                   "sensation head 'like a vice on my head'"});
  // with no body part, "in bits" stays a feeling
  auto s = find_mentions({{Role::client, "I'm in bits over it."}});
  CHECK(described(s, 0) == Strings{"emotion sadness 'in bits'"});
}

TEST_CASE("feeling wanted or cared for is love, and blankness is numbness", "[mentions][lexicon]") {
  auto t = find_mentions({{Role::client, "I'd feel wanted. I felt cared for, for once. Then just this blankness."}});
  CHECK(described(t, 0) == Strings{"emotion love 'wanted' hyp", "emotion love 'cared for'", "emotion numbness 'blankness'"});
  // "wanted" of a thing is no feeling
  auto s = find_mentions({{Role::client, "I wanted a coffee."}});
  CHECK(described(s, 0).empty());
}

TEST_CASE("a state right after 'nobody' or 'no one' is denied of everyone", "[mentions][negation]") {
  auto t = find_mentions({{Role::client, "Nobody curious about my side of it. No one is worried."}});
  CHECK(described(t, 0) == Strings{"emotion curiosity 'curious' neg", "emotion anxiety 'worried' neg"});
  // what nobody knows, and nobody to be angry at, deny nothing
  auto s = find_mentions({{Role::client, "Nobody knows I'm scared. There's nobody to be angry at."}});
  CHECK(described(s, 0) == Strings{"emotion fear 'scared'", "emotion anger 'angry'"});
}
