// Round nineteen: imagined scenes, rehearsals and chair work, with a rule only
// where at least three writers' splits show the same cause, annotated one way.
// Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a looking question after an invitation that sets a person in the scene hands it over",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Close your eyes. Imagine you're lying in the scanner. The table slides in. What do you notice?"},
      {Role::client, "I'm lying there. My hands are sweaty. I'm scared."},
  });
  CHECK(described(t, 1) == Strings{"sensation hands 'hands are sweaty' hyp", "emotion fear 'scared' hyp"});
  auto s = find_mentions({
      {Role::therapist, "Picture the next match. Someone on your team messes up. What do you notice?"},
      {Role::client, "My jaw's tight. I'm furious."},
  });
  CHECK(described(s, 1) == Strings{"sensation jaw 'jaw's tight' hyp", "emotion anger 'furious' hyp"});
}

TEST_CASE("a looking question after a scene that sets no one in it, or back in the room, asks about now",
          "[mentions][hypothetical]") {
  // the breath's scene has no person in it
  auto t = find_mentions({
      {Role::therapist, "Imagine your breath going down into your belly. What do you notice?"},
      {Role::client, "My belly is warm. I'm calmer."},
  });
  CHECK(described(t, 1) == Strings{"sensation stomach 'belly is warm'", "emotion calm 'calmer'"});
  // "right now" steps out of the scene
  auto s = find_mentions({
      {Role::therapist, "Imagine you're walking into the meeting. Right now, what do you notice?"},
      {Role::client, "My shoulders are tight. I'm nervous."},
  });
  CHECK(described(s, 1) == Strings{"sensation shoulders 'shoulders are tight'", "emotion anxiety 'nervous'"});
}
