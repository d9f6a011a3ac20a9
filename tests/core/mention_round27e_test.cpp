// Round twenty-seven (emotions): a hurting or aching heart is sadness, not a heart sensation
// (case 224: "Heart hurts"; case 320: "My heart is paining"); Caribbean and West African
// "vex" is anger without a feel or be verb before it ("mi vex", "Sandra vex with me"); and
// "rotten about", "then I felt terrible" after one's own act are guilt.
// Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a hurting or aching heart is sadness only", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "Since the letter came my heart hurts."},
      {Role::client, "My heart is paining for my boy."},
      {Role::client, "Every Sunday my heart aches for her."},
  });
  CHECK(described(t, 0) == Strings{"emotion sadness 'heart hurts'"});
  CHECK(described(t, 1) == Strings{"emotion sadness 'heart is paining'"});
  CHECK(described(t, 2) == Strings{"emotion sadness 'heart aches'"});
}

TEST_CASE("a racing heart stays a heart sensation", "[mentions][sensation]") {
  auto t = find_mentions({{Role::client, "I woke up and my heart was racing."}});
  CHECK(described(t, 0) == Strings{"sensation heart 'heart was racing'"});
}

TEST_CASE("vex is anger with or without a verb before it", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "Mi vex with him every morning."},
      {Role::client, "My sister vex with me since Easter."},
      {Role::client, "I won't vex if she comes late."},
  });
  CHECK(described(t, 0) == Strings{"emotion anger 'vex'"});
  CHECK(described(t, 1) == Strings{"emotion anger 'vex'"});
  CHECK(described(t, 2).size() == 1);
  CHECK(described(t, 2).at(0).rfind("emotion anger 'vex'", 0) == 0);
}

TEST_CASE("feeling rotten about an act, or terrible right after it, is guilt", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "I feel rotten about the way I spoke to him."},
      {Role::client, "I shouted at the kids and then I felt terrible."},
      {Role::client, "Since the funeral I feel terrible."},
  });
  CHECK(described(t, 0) == Strings{"emotion guilt 'rotten about'"});
  CHECK(described(t, 1).size() == 1);
  CHECK(described(t, 1).at(0).rfind("emotion guilt 'then I felt terrible'", 0) == 0);
  CHECK(described(t, 2) == Strings{"emotion sadness 'terrible'"});
}
