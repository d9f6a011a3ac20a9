// Round thirty-six (hypotheticals): a habit word after "if" no longer undoes the
// condition; hedges told with "would characterise", "would not say"; a
// condition's verbless consequence after a colon or asked as a degree; a fronted
// "Disgusted, I was" reports; a bare "Feel ..." goes on with the modal before it;
// a "when you" clause set at a coming time asks of that occasion.
// Dialogues written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a habit word after 'if' does not undo the condition", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "If I were to move away, I think I would feel lonely every evening."},
      {Role::client, "Whenever he rang I'd feel sick."},
  });
  CHECK(described(t, 0) == Strings{"emotion loneliness 'lonely' hyp"});
  CHECK(described(t, 1) == Strings{"sensation stomach 'sick'"});
}

TEST_CASE("'would characterise' and 'would not say' are hedges, not imagined states",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "I would characterise the main feeling as resentment. I would not say I feel sad yet."},
  });
  // ("sad" is negated by round thirty-six's "I wouldn't say" rule for sensations and
  // negations, merged beside this one; this test is about the hypothetical flag)
  CHECK(described(t, 0) == Strings{"emotion anger 'resentment'", "emotion sadness 'sad' neg"});
}

TEST_CASE("a condition's verbless consequence may follow a colon", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "And if you take the job?"},
      {Role::client, "If I take it: excitement, seventy. If I turn it down: regret, mostly."},
      {Role::therapist, "What I want to look at is the cycle: the worry keeps you awake."},
  });
  CHECK(described(t, 1) == Strings{"emotion joy 'excitement' hyp", "emotion guilt 'regret' hyp"});
  CHECK(described(t, 2) == Strings{"emotion anxiety 'worry'"});
}

TEST_CASE("a degree asked after a condition's comma is its consequence", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "If you turn it down, how disappointed, from nought to ten?"},
  });
  CHECK(described(t, 0) == Strings{"emotion disappointment 'disappointed' hyp question"});
}

TEST_CASE("a feeling put before 'I was' reports the past", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "I'd be glad of the company. Lonely I was, all last winter."},
      {Role::client, "I'd feel calmer. Proud I didn't give in, maybe."},
  });
  CHECK(described(t, 0) == Strings{"emotion joy 'glad' hyp", "emotion loneliness 'Lonely'"});
  CHECK(described(t, 1) == Strings{"emotion calm 'calmer' hyp", "emotion pride 'Proud' hyp"});
}

TEST_CASE("a bare 'feel' goes on with the modal of the sentence before", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "I'd be nervous walking in. Feel like an idiot, probably."},
  });
  CHECK(described(t, 0) == Strings{"emotion anxiety 'nervous' hyp", "emotion embarrassment 'like an idiot' hyp"});
}

TEST_CASE("a 'when you' clause set at a coming time asks of that occasion", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "When you walk into the exam hall tomorrow, what's one thing you can tell yourself?"},
      {Role::client, "That being nervous is normal. I'll be shaky but I can do it."},
      {Role::therapist, "When you picture the exam hall tomorrow, what comes up?"},
      {Role::client, "My stomach is churning."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'nervous' hyp", "sensation unspecified 'shaky' hyp"});
  CHECK(described(t, 3) == Strings{"sensation stomach 'stomach is churning'"});
}

TEST_CASE("a fragment after a sentence whose feelings are felt now is not imagined",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "How are you now, after all that?"},
      {Role::client, "My legs are heavy, I'd have a nap. And content, really."},
      {Role::client, "I'd be nervous at the door. And embarrassed, probably."},
  });
  CHECK(described(t, 1) == Strings{"sensation legs 'legs are heavy'", "emotion calm 'content'"});
  CHECK(described(t, 2) == Strings{"emotion anxiety 'nervous' hyp", "emotion embarrassment 'embarrassed' hyp"});
}

TEST_CASE("a 'that' complement after a fear felt now is not imagined", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "I'm worried about what he'll think. Or that he's been hurt by me all along."},
      {Role::client, "I'd be proud, I think. That I didn't give up."},
  });
  CHECK(described(t, 0) == Strings{"emotion anxiety 'worried'", "emotion sadness 'hurt'"});
  CHECK(described(t, 1) == Strings{"emotion pride 'proud' hyp"});
}

TEST_CASE("what to notice if a condition comes is imagined",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "When the craving comes on Saturday, if you go to the fridge, notice any churning in your stomach first."},
  });
  CHECK(described(t, 0) == Strings{"sensation stomach 'churning in your stomach' hyp"});
}

TEST_CASE("a habit told with 'would' right after a condition goes on with its consequence",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "If I moved to Leeds, I'd be far from my sister. Every Sunday I'd feel lonely."},
      {Role::client, "My dad worked nights back then. Every time he left I'd feel scared."},
  });
  CHECK(described(t, 0) == Strings{"emotion loneliness 'lonely' hyp"});
  CHECK(described(t, 1) == Strings{"emotion fear 'scared'"});
}
