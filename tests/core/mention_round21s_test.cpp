// Round twenty-one (sensations): a quality named first, its place in the next fragment
// (settled cases 87, 147, 333). Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a quality alone in its fragment is placed by the next one", "[mentions][regions]") {
  auto t = find_mentions({
      {Role::therapist, "What do you notice as you read it out?"},
      {Role::client, "Tight. Here, across my throat. Like a hand round it."},
  });
  CHECK(described(t, 1) == Strings{"sensation throat 'Tight. Here, across my throat'"});
  auto s = find_mentions({
      {Role::client, "Kind of a tingling. In my fingers, mostly."},
  });
  CHECK(described(s, 0) == Strings{"sensation hands 'tingling. In my fingers'"});
}

TEST_CASE("the place restated with the quality is the same description", "[mentions][regions]") {
  auto t = find_mentions({
      {Role::client, "Cold. On my neck, cold and damp."},
  });
  CHECK(described(t, 0).size() == 1);
}

TEST_CASE("a next sentence that is no place leaves the quality unplaced", "[mentions][regions]") {
  // a time, not a place
  auto t = find_mentions({{Role::client, "Exhausted. In the mornings it's worse."}});
  CHECK(described(t, 0) == Strings{"sensation unspecified 'Exhausted'"});
  // the body part goes on into a clause of its own: not the fragment's place
  auto s = find_mentions({{Role::client, "Tired. On my feet all day at the depot."}});
  CHECK(described(s, 0) == Strings{"sensation unspecified 'Tired'"});
  // the first sentence says more than a quality
  auto r = find_mentions({{Role::client, "I was sore after the gym. In my legs I felt nothing."}});
  for (const auto& d : described(r, 0)) CHECK(d.rfind("sensation legs 'sore", 0) != 0);
}
