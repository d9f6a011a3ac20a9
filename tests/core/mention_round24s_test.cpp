// Round twenty-four (sensations): words that recur across writers' splits on text no rule was
// written for (docs/lexicon.md, "Round twenty-four (sensations)"). Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("strength is felt after a feel verb or in a body part (settled case 43)", "[mentions][regions]") {
  check_turns({
      {"My legs feel strong today. I feel stronger than last week.",
       {"sensation legs 'legs feel strong'", "sensation unspecified 'stronger'"}},
      {"Walking up the hill I was strong in my arms for once.", {"sensation arms 'strong in my arms'"}},
      // a person's be-predicate: resilience, not a felt strength
      {"My nan always said I had to be strong for my brothers.", {}},
  }, Role::client);
}

TEST_CASE("the strength of an urge, a feeling or a memory is no sensation", "[mentions][regions]") {
  auto t = find_mentions({
      {Role::therapist, "And the urge, zero to ten?"},
      {Role::client, "Not so strong this time."},
      {Role::therapist, "That's a strong feeling to carry. If it came back stronger, what would you do?"},
  });
  CHECK(described(t, 1).empty());
  CHECK(described(t, 2).empty());
}

TEST_CASE("body words with their own verbs: a heart that knocks, a stomach or chest that closes, a full head",
          "[mentions][regions]") {
  check_turns({
      {"My heart was knocking before I came in, and my stomach closes when I think of him.",
       {"sensation heart 'heart was knocking'", "sensation stomach 'stomach closes'"}},
      {"My head feels so full by the evening.", {"sensation head 'head feels so full'"}},
      {"My ears feel full after the flight.", {"sensation head 'ears feel full'"}},
      // a door, a shop, a room: no body part
      {"Someone knocked on the door, and the shop closes at five.", {}},
      {"The waiting room was full.", {}},
  }, Role::client);
  auto t = find_mentions({{Role::client, "At the door my chest closes and I can't speak."}});
  CHECK(described(t, 0).front() == "sensation chest 'chest closes'");
}

TEST_CASE("fatigue and its easing: a zombie, rested", "[mentions][regions]") {
  check_turns({
      {"Four hours of sleep. I'm like a zombie by the afternoon.", {"sensation unspecified 'like a zombie'"}},
      {"For once I feel rested.", {"sensation unspecified 'rested'"}},
      // the verb: someone rested, no feeling named
      {"After lunch my dad rested on the sofa.", {}},
  }, Role::client);
}

TEST_CASE("all over a named part is that part, all over alone the whole body", "[mentions][regions]") {
  check_turns({
      {"Goosebumps all over my skin when she said it.", {"sensation skin 'Goosebumps all over my skin'"}},
      {"I was shaking all over.", {"sensation whole_body 'shaking all over'"}},
  }, Role::client);
}
