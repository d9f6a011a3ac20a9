// Round twenty-six (sensations): a sensation the clinician invites the client to stay with, or
// asks after, pointed at by a demonstrative (docs/lexicon.md, "Round twenty-six (sensations)";
// tests/eval/README.md cases 161, 200, 235). Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("a sensation the clinician invites the client to stay with is a mention", "[mentions][regions]") {
  check_turns({
      {"Good. Stay with that warmth for a few breaths.", {"sensation unspecified 'warmth'"}},
      {"Let that lump be there for now.", {"sensation unspecified 'lump'"}},
      {"Sit with this warmth a little longer.", {"sensation unspecified 'warmth'"}},
  }, Role::therapist);
}

TEST_CASE("a sensation asked after with a demonstrative is a mention", "[mentions][regions]") {
  check_turns({
      {"Is that warmth still there?", {"sensation unspecified 'warmth' question"}},
  }, Role::therapist);
}

TEST_CASE("a demonstrative without an invitation or a question frames nothing", "[mentions][regions]") {
  check_turns({
      // no invitation before the demonstrative: the heat of the day
      {"We walked in that heat for an hour.", {}},
      // the question opens elsewhere: "Is" is not right before the demonstrative
      {"Is the kitchen in that heat all afternoon?", {}},
      // a verb after the demonstrative is what "that" does
      {"Good. Let's let that settle.", {}},
  }, Role::therapist);
}
