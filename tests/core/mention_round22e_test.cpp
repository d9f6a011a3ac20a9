// Round twenty-two (emotions): words the lexicon read against settled case 67, and "down" of a
// direction or a place. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("gutted and flat are sadness (case 67)", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "I was gutted when the offer fell through."},
      {Role::client, "Since the move I've felt flat most days."},
      {Role::client, "There's a flatness to the evenings now."},
  });
  CHECK(described(t, 0) == Strings{"emotion sadness 'gutted'"});
  CHECK(described(t, 1) == Strings{"emotion sadness 'flat'"});
  CHECK(described(t, 2) == Strings{"emotion sadness 'flatness'"});
}

TEST_CASE("grateful and safe are outside the categories (case 67)", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "I feel grateful he stayed with me."},
      {Role::client, "I feel safe at my sister's."},
  });
  CHECK(described(t, 0).empty());
  CHECK(described(t, 1).empty());
}

TEST_CASE("down of a direction or a place is no feeling", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "I couldn't get down the stairs on Monday."},
      {Role::client, "Forty now. Down from sixty."},
      {Role::therapist, "If it comes back, write it down and bring it next week."},
      {Role::therapist, "Let's have a short sit-down before the next part."},
      {Role::client, "I'm down here most nights, on the sofa."},
  });
  for (std::size_t i = 0; i < 5; ++i) CHECK(described(t, i).empty());
}

TEST_CASE("down of a mood is still sadness", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "I've been really down this week."},
      {Role::client, "Feeling a bit down on myself, to be honest."},
      {Role::client, "I felt so let down by them."},
  });
  CHECK(described(t, 0) == Strings{"emotion sadness 'down'"});
  CHECK(described(t, 1) == Strings{"emotion sadness 'down'"});
  CHECK(described(t, 2) == Strings{"emotion disappointment 'let down'"});
}
