// Round twenty (sensations): every sensation error of the studied splits counted by cause over
// writers' splits; a rule only for a cause at least three writers annotate one way.
// Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a dry mouth is felt in the throat (the mouth has no region of its own)",
          "[mentions][regions]") {
  auto t = find_mentions({
      {Role::therapist, "What happens in your body when the letter arrives?"},
      {Role::client, "My mouth goes dry. And my hands are cold."},
  });
  CHECK(described(t, 1) == Strings{"sensation throat 'mouth goes dry'", "sensation hands 'hands are cold'"});
  auto s = find_mentions({
      {Role::client, "Dry mouth, every time I stand up to speak."},
  });
  CHECK(described(s, 0) == Strings{"sensation throat 'Dry mouth'"});
}

TEST_CASE("a watering mouth is felt in the throat too", "[mentions][regions]") {
  auto t = find_mentions({
      {Role::client, "My mouth's watering. Bit queasy."},
  });
  auto d = described(t, 0);
  REQUIRE_FALSE(d.empty());
  CHECK(d.front() == "sensation throat 'mouth's watering'");
  // a mouth-watering cake is a cake
  CHECK(described(find_mentions({{Role::client, "She made a mouth-watering cake for the party."}}), 0).empty());
}

TEST_CASE("the lips keep the face", "[mentions][regions]") {
  auto t = find_mentions({
      {Role::client, "My lips are dry and my face is hot."},
  });
  auto d = described(t, 0);
  REQUIRE_FALSE(d.empty());
  CHECK(d.front().rfind("sensation face", 0) == 0);
}

TEST_CASE("me between a preposition and a body part is the dialect possessive",
          "[mentions][regions]") {
  auto t = find_mentions({
      {Role::therapist, "And when the phone went?"},
      {Role::client, "Tight in me chest. And a lump in me throat, same as always."},
  });
  CHECK(described(t, 1) == Strings{"sensation chest 'Tight in me chest'", "sensation throat 'lump in me throat'"});
}

TEST_CASE("me as the object pronoun stays a pronoun", "[mentions][regions]") {
  auto t = find_mentions({
      {Role::client, "She never let me back in the house after that."},
  });
  CHECK(described(t, 0).empty());
}
