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

TEST_CASE("a list of symptoms keeps each item: only the last is next to the body part",
          "[mentions][regions]") {
  auto t = find_mentions({
      {Role::therapist, "So: jittery, sweaty palms, a knot in the stomach. Anything else?"},
  });
  CHECK(described(t, 0) == Strings{"sensation unspecified 'jittery'", "sensation hands 'sweaty palms'",
                                   "sensation stomach 'knot in the stomach'"});
  // a determiner makes one noun phrase of them
  auto s = find_mentions({{Role::client, "I had a tight, sore chest all morning."}});
  CHECK(described(s, 0) == Strings{"sensation chest 'tight, sore chest'"});
  // a description that ends at the body part is one: "Heavy, warm hands."
  auto r = find_mentions({{Role::therapist, "Heavy, warm hands. Let your attention rest there."}});
  CHECK(described(r, 0) == Strings{"sensation hands 'Heavy, warm hands'"});
}

TEST_CASE("it says again of a body part the quality said of it just before", "[mentions][regions]") {
  auto t = find_mentions({
      {Role::client, "My neck wasn't stiff at all on Monday. By Friday it was stiff again."},
  });
  CHECK(described(t, 0) == Strings{"sensation neck 'neck wasn't stiff' neg", "sensation neck 'it was stiff'"});
  auto s = find_mentions({
      {Role::client, "My shoulders have dropped. I never knew it was tense, my back."},
  });
  // "it" names no body part said to be tense before: no place through it
  for (const auto& d : described(s, 0)) CHECK(d.find("'it was tense'") == std::string::npos);
  // the weather stays the weather
  auto r = find_mentions({{Role::client, "My hands were cold. Outside it was cold too."}});
  CHECK(described(r, 0) == Strings{"sensation hands 'hands were cold'"});
}

TEST_CASE("a stomach before 'it' is a place, not the verb", "[mentions][regions]") {
  auto t = find_mentions({{Role::client, "I know it in my head. But in my stomach it's like a stone."}});
  CHECK(described(t, 0) == Strings{"sensation stomach 'stomach it's like a stone'"});
  CHECK(described(find_mentions({{Role::client, "I couldn't stomach it, honestly."}}), 0).empty());
}

TEST_CASE("hands, legs or a jaw that are going tremble (settled case 87)", "[mentions][regions]") {
  auto t = find_mentions({{Role::client, "By the second pint my hands are going. And my jaw's going too."}});
  CHECK(described(t, 0) == Strings{"sensation hands 'hands are going'", "sensation jaw 'jaw's going'"});
  // going away, going through: no sensation
  CHECK(described(find_mentions({{Role::client, "My legs were sore but it is going away now."}}), 0) ==
        Strings{"sensation legs 'legs were sore'"});
  CHECK(described(find_mentions({{Role::client, "My hands are going through the drawers again."}}), 0).empty());
}
