// Round twenty-four (emotions): words the lexicon read against settled cases (80 and 225
// "stupid", 42 "helpless", 370 "teary"), hurt named by a reflection or a noun (cases 42, 337),
// and technique names, a mind "going mad" and a body "on high alert" that name no feeling.
// Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("feeling stupid is shame, feeling silly embarrassment (cases 80, 225)", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "I felt stupid for asking twice."},
      {Role::client, "I felt a bit silly at the front desk."},
  });
  CHECK(described(t, 0) == Strings{"emotion shame 'stupid'"});
  CHECK(described(t, 1) == Strings{"emotion embarrassment 'silly'"});
}

TEST_CASE("helpless is outside the categories (case 42)", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "I felt helpless watching the ambulance go."},
      {Role::client, "The helplessness of it stays with me."},
  });
  CHECK(described(t, 0).empty());
  CHECK(described(t, 1).empty());
}

TEST_CASE("teary is a sensation of the eyes (case 370)", "[mentions][sensation]") {
  auto t = find_mentions({
      {Role::client, "I got a bit teary on the bus home."},
      {Role::client, "She was tearful all evening."},
  });
  CHECK(described(t, 0) == Strings{"sensation eyes 'teary'"});
  CHECK(described(t, 1) == Strings{"emotion sadness 'tearful'"});
}

TEST_CASE("hurt named by a reflection or as a noun is sadness (cases 42, 337)", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::therapist, "That must have hurt, hearing it from your brother."},
      {Role::therapist, "It sounds like it hurt more than the argument."},
      {Role::client, "The hurt is still there when I think of her."},
      {Role::client, "My knee hurts on the stairs."},
  });
  CHECK(described(t, 0) == Strings{"emotion sadness 'must have hurt'"});
  CHECK(described(t, 1) == Strings{"emotion sadness 'sounds like it hurt'"});
  CHECK(described(t, 2) == Strings{"emotion sadness 'The hurt'"});
  CHECK(described(t, 3) == Strings{"sensation legs 'knee hurts'"});
}

TEST_CASE("technique names, going mad and a body on alert name no feeling", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::therapist, "Let's go back to your calm place for a minute."},
      {Role::therapist, "Keep the worry time to fifteen minutes after dinner."},
      {Role::client, "I honestly thought I was going mad."},
      {Role::therapist, "You're not going mad, this is common."},
      {Role::therapist, "That jolt is your nervous system still on high alert."},
      {Role::client, "I was mad at him all week."},
  });
  for (std::size_t i = 0; i < 5; ++i) CHECK(described(t, i) == Strings{});
  CHECK(described(t, 5) == Strings{"emotion anger 'mad at'"});
}
