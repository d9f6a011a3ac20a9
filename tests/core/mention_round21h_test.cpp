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
