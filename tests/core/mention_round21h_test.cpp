// Round twenty-one (hypotheticals): flags missed on mentions that are found,
// each rule for a cause at least three writers' splits show, annotated one
// way. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a state right after the person wished for is wished, its 'to be' left out", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "I don't want my sister worried. I didn't want you upset about the car."},
      {Role::client, "I never wanted him miserable."},
  });
  CHECK(described(t, 1) == Strings{"emotion sadness 'miserable' hyp"});
  auto s = find_mentions({
      {Role::client, "I don't want them frightened on the first night."},
  });
  CHECK(described(s, 0) == Strings{"emotion fear 'frightened' hyp"});
  auto u = find_mentions({
      {Role::client, "Honestly, I didn't want you upset."},
  });
  CHECK(described(u, 0) == Strings{"emotion sadness 'upset' hyp"});
}

TEST_CASE("a state caused in someone under a wish is wished", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "I don't want to make the kids more anxious than they are."},
      {Role::therapist, "You were trying to make her calm, not to win."},
  });
  CHECK(described(t, 0) == Strings{"emotion anxiety 'anxious' hyp"});
  CHECK(described(t, 1) == Strings{"emotion calm 'calm' hyp"});
}

TEST_CASE("a wish that names no state of the person stays as it was", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "She wanted me there because I was scared."},
      {Role::client, "I wanted to make dinner and I was exhausted."},
  });
  CHECK(described(t, 0) == Strings{"emotion fear 'scared'"});
  CHECK(described(t, 1) == Strings{"sensation unspecified 'exhausted'"});
}

TEST_CASE("a state whose coming is the occasion of a plan is anticipated", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "So on Sunday night, when the panic wakes you, you already have the card by the bed."},
      {Role::therapist, "And when the sadness shows up at the funeral, it's fine to let it come."},
  });
  CHECK(described(t, 0) == Strings{"emotion anxiety 'panic' hyp"});
  CHECK(described(t, 1) == Strings{"emotion sadness 'sadness' hyp"});
}

TEST_CASE("the coming of a state in a habit, a question or after the main clause is reported", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "When the panic comes, I just sit on the kitchen floor."},
      {Role::therapist, "What do you do when the sadness hits, late at night?"},
      {Role::client, "My jaw locks when the anger comes, every time."},
      {Role::client, "When the dread came, you could see it on my face."},
  });
  CHECK(described(t, 0) == Strings{"emotion anxiety 'panic'"});
  CHECK(described(t, 1) == Strings{"emotion sadness 'sadness' question"});
  CHECK(described(t, 2) == Strings{"sensation jaw 'jaw locks'", "emotion anger 'anger'"});
  CHECK(described(t, 3) == Strings{"emotion anxiety 'dread'"});
}

TEST_CASE("an instruction to watch what a state does or how strong it gets looks for it", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Notice what your irritation does when the kids start shouting."},
      {Role::therapist, "Notice how tense you get on the bus."},
      {Role::therapist, "Notice what happens to that tightness as you breathe out."},
  });
  CHECK(described(t, 0) == Strings{"emotion anger 'irritation' hyp"});
  CHECK(described(t, 1) == Strings{"emotion anxiety 'tense' hyp"});
  CHECK(described(t, 2) == Strings{"sensation unspecified 'tightness'"});
}

TEST_CASE("the answer naming a state that was only looked for says what is felt now", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Each evening, notice what the worry does after dinner. What comes up when you hear that?"},
      {Role::client, "Worry. Honestly, a lot of worry."},
  });
  CHECK(described(t, 0) == Strings{"emotion anxiety 'worry' hyp"});
  CHECK(described(t, 1) == Strings{"emotion anxiety 'Worry'", "emotion anxiety 'worry'"});
}
