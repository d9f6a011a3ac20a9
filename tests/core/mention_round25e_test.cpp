// Round twenty-five (emotions): "miss" with a person named by a noun is love, as seven writers
// annotate it ("miss my nonna", "miss their mother", "miss the lads"); with a thing, an
// activity or a person's event ("missed my cousin's wedding") it is no mention.
// Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("missing a person named by a noun is love", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "Honestly I miss my brother more than I expected."},
      {Role::client, "Missing my grandmother is part of this too."},
      {Role::client, "The kids miss their dad on Sundays."},
      {Role::client, "I still miss her every day."},
  });
  CHECK(described(t, 0) == Strings{"emotion love 'miss my brother'"});
  CHECK(described(t, 1) == Strings{"emotion love 'Missing my grandmother'"});
  CHECK(described(t, 2) == Strings{"emotion love 'miss their dad'"});
  CHECK(described(t, 3) == Strings{"emotion love 'miss her'"});
}

TEST_CASE("missing a thing, an activity or a person's event is no mention", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "I missed my sister's wedding because of the shifts."},
      {Role::client, "I miss the job, the routine of it."},
      {Role::client, "We missed the bus and had to walk."},
      {Role::client, "I miss going to the pool on Saturdays."},
  });
  for (std::size_t i = 0; i < 4; ++i) CHECK(described(t, i) == Strings{});
}

// A kin word the lexicon now knows (through "miss my mummy") is still a person:
// what goes away is the person, and "son, don't …" still calls someone.
TEST_CASE("a kin word the lexicon knows is still a person to the negation and the call", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "Back then I was scared Mummy would go away."},
      {Role::client, "Dad said, you did what you could, son, don't beat yourself up."},
  });
  CHECK(described(t, 0) == Strings{"emotion fear 'scared'"});
  CHECK(described(t, 1) == Strings{"emotion guilt 'beat yourself up' hyp"});
}
