// Round twenty-six (emotions): "it hurts" / "that hurts" / "it still hurts" with no body
// part is sadness when a loss, a person or their words are near (case 337: the sentence,
// the one before, the other speaker's last turn), and stays body pain otherwise.
// Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("it hurts of a loss or a person's act is sadness", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "My brother stopped calling me after the funeral. It hurts."},
      {Role::client, "She told everyone at work, and that still hurts."},
      {Role::client, "It's hurting because he never said goodbye."},
  });
  CHECK(described(t, 0) == Strings{"emotion sadness 'hurts'"});
  CHECK(described(t, 1) == Strings{"emotion sadness 'hurts'"});
  CHECK(described(t, 2) == Strings{"emotion sadness 'hurting'"});
}

TEST_CASE("it hurts after the other speaker names a person's words is sadness", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::therapist, "What was it like when your father said that?"},
      {Role::client, "It hurts, honestly."},
  });
  CHECK(described(t, 1) == Strings{"emotion sadness 'hurts'"});
}

TEST_CASE("it hurts near a body part, a sensation or a physical cause is no sadness", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "My knee gave way on the stairs when she called. It hurts."},
      {Role::client, "I fell off the ladder and he laughed, and it hurts."},
      {Role::therapist, "Where is the ache now, after your wife rang?"},
      {Role::client, "It hurts."},
  });
  for (std::size_t i : {0u, 1u, 3u})
    for (const auto& m : described(t, i)) CHECK(m.rfind("emotion sadness", 0) != 0);
}

TEST_CASE("it hurts with nothing lost or no one near, or so much it hurts, is no sadness", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "The new routine is strange. It hurts."},
      {Role::client, "I love them so much it hurts."},
  });
  CHECK(described(t, 0) == Strings{});
  CHECK(described(t, 1) == Strings{"emotion love 'love'"});
}
