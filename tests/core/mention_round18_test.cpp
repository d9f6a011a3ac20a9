// Round eighteen: readings of heldout19 (studied) kept only where at least three
// other writers' splits show the same cause. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("an exhausting or tiring experience is tiredness felt (case 43)", "[mentions][sensations]") {
  auto t = find_mentions({
      {Role::client, "Three night feeds and then the school run."},
      {Role::therapist, "That sounds exhausting."},
      {Role::client, "Caring for him is tiring, every single day."},
  });
  CHECK(described(t, 1) == Strings{"sensation unspecified 'exhausting'"});
  CHECK(described(t, 2) == Strings{"sensation unspecified 'tiring'"});
  // "exhaustive" is no tiredness
  auto s = find_mentions({{Role::therapist, "That list is exhaustive."}});
  CHECK(described(s, 0).empty());
}

TEST_CASE("buzzing said of a person is joy, of a place a sensation", "[mentions][emotions][sensations]") {
  auto t = find_mentions({
      {Role::client, "When they read my name out I was buzzing."},
      {Role::client, "He always comes back buzzing from five-a-side."},
      {Role::client, "My hands were buzzing after the drill."},
      {Role::client, "I still notice the buzzing at night."},
  });
  CHECK(described(t, 0) == Strings{"emotion joy 'I was buzzing'"});
  CHECK(described(t, 1) == Strings{"emotion joy 'comes back buzzing'"});
  CHECK(described(t, 2) == Strings{"sensation hands 'hands were buzzing'"});
  CHECK(described(t, 3) == Strings{"sensation unspecified 'buzzing'"});
}

TEST_CASE("being shook, or a thing that shook me, is shock, and hands that shook are trembling",
          "[mentions][emotions][sensations]") {
  auto t = find_mentions({
      {Role::client, "After the fall I was shook."},
      {Role::client, "Seeing him there shook me up."},
      {Role::client, "My hands shook all the way home."},
  });
  CHECK(described(t, 0) == Strings{"emotion surprise 'shook'"});
  CHECK(described(t, 1) == Strings{"emotion surprise 'shook me up'"});
  CHECK(described(t, 2) == Strings{"sensation hands 'hands shook'"});
}

TEST_CASE("a reply that is only 'I'm glad' is a formula of politeness (case 21)", "[mentions][emotions]") {
  auto t = find_mentions({
      {Role::client, "My brother came to the hearing after all."},
      {Role::therapist, "I'm really glad. Shall we look at the week?"},
      {Role::client, "And he drove me home."},
      {Role::therapist, "I am glad he did."},
  });
  CHECK(described(t, 1).empty());
  CHECK(described(t, 3).empty());
  // what the gladness is about, or a past gladness, is a state
  auto s = find_mentions({
      {Role::client, "I'm glad I came today."},
      {Role::therapist, "Okay."},
      {Role::client, "When he rang, I was glad."},
  });
  CHECK(described(s, 0) == Strings{"emotion joy 'glad'"});
  CHECK(described(s, 2) == Strings{"emotion joy 'glad'"});
}
