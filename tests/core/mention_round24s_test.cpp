// Round twenty-four (sensations): words that recur across writers' splits on text no rule was
// written for (docs/lexicon.md, "Round twenty-four (sensations)"). Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("strength is felt after a feel verb or in a body part (settled case 43)", "[mentions][regions]") {
  auto t = find_mentions({
      {Role::therapist, "What do you notice in your legs when you stand?"},
      {Role::client, "My legs feel strong today. I feel stronger than last week."},
  });
  CHECK(described(t, 1) == Strings{"sensation legs 'legs feel strong'", "sensation unspecified 'stronger'"});
  auto s = find_mentions({{Role::client, "Walking up the hill I was strong in my arms for once."}});
  CHECK(described(s, 0) == Strings{"sensation arms 'strong in my arms'"});
}

TEST_CASE("strength as resilience or as a rating is no sensation", "[mentions][regions]") {
  // a person's be-predicate: resilience, not a felt strength
  auto t = find_mentions({{Role::client, "My nan always said I had to be strong for my brothers."}});
  CHECK(described(t, 0).empty());
  // the strength of an urge, a feeling, a memory
  auto s = find_mentions({
      {Role::therapist, "And the urge, zero to ten?"},
      {Role::client, "Not so strong this time."},
      {Role::therapist, "That's a strong feeling to carry. If it came back stronger, what would you do?"},
  });
  CHECK(described(s, 1).empty());
  CHECK(described(s, 2).empty());
}

TEST_CASE("a heart that knocks, a stomach or chest that closes", "[mentions][regions]") {
  auto t = find_mentions({
      {Role::client, "My heart was knocking before I came in, and my stomach closes when I think of him."},
  });
  CHECK(described(t, 0) == Strings{"sensation heart 'heart was knocking'", "sensation stomach 'stomach closes'"});
  auto s = find_mentions({{Role::client, "At the door my chest closes and I can't speak."}});
  CHECK(described(s, 0).front() == "sensation chest 'chest closes'");
  // a door, a shop: no body part
  auto r = find_mentions({{Role::client, "Someone knocked on the door, and the shop closes at five."}});
  CHECK(described(r, 0).empty());
}

TEST_CASE("a full head is felt in the head", "[mentions][regions]") {
  auto t = find_mentions({{Role::client, "My head feels so full by the evening."}});
  CHECK(described(t, 0) == Strings{"sensation head 'head feels so full'"});
  auto s = find_mentions({{Role::client, "My ears feel full after the flight."}});
  CHECK(described(s, 0) == Strings{"sensation head 'ears feel full'"});
  auto r = find_mentions({{Role::client, "The waiting room was full."}});
  CHECK(described(r, 0).empty());
}

TEST_CASE("fatigue and its easing: a zombie, rested", "[mentions][regions]") {
  auto t = find_mentions({{Role::client, "Four hours of sleep. I'm like a zombie by the afternoon."}});
  CHECK(described(t, 0) == Strings{"sensation unspecified 'like a zombie'"});
  auto s = find_mentions({{Role::client, "For once I feel rested."}});
  CHECK(described(s, 0) == Strings{"sensation unspecified 'rested'"});
  // the verb: someone rested, no feeling named
  auto r = find_mentions({{Role::client, "After lunch my dad rested on the sofa."}});
  CHECK(described(r, 0).empty());
}

TEST_CASE("all over a named part is that part, all over alone the whole body", "[mentions][regions]") {
  auto t = find_mentions({{Role::client, "Goosebumps all over my skin when she said it."}});
  CHECK(described(t, 0) == Strings{"sensation skin 'Goosebumps all over my skin'"});
  auto s = find_mentions({{Role::client, "I was shaking all over."}});
  CHECK(described(s, 0) == Strings{"sensation whole_body 'shaking all over'"});
}
