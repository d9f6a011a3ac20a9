// Round twenty-five (sensations): a sensation a clinician names as a topic, the subject of a
// statement about what it is or means (docs/lexicon.md, "Round twenty-five (sensations)";
// tests/eval/README.md case 190). Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;
using feltline::test::described;
using feltline::test::find_mentions;

TEST_CASE("a sensation a clinician names as a topic is no mention (case 190)", "[mentions][regions]") {
  check_turns({
      {"That heat in your cheeks is your body remembering the room.", {}},
      {"That tightness and the ache tell me how much this matters to you.", {}},
      {"This pressure in your chest is the alarm system we talked about.", {}},
      {"That tingling in your arms means the breathing is working.", {}},
  }, Role::therapist);
}

TEST_CASE("a sensation pointed at to notice, asked after or said to be there stays a mention",
          "[mentions][regions]") {
  auto t = find_mentions({
      {Role::therapist, "That warmth in your chest, stay with it."},
      {Role::therapist, "Is that tightness in your throat still there?"},
      {Role::therapist, "Notice the pressure in your chest. That pressure is still there, isn't it."},
  });
  for (std::size_t turn = 0; turn < 3; ++turn) {
    CAPTURE(turn);
    CHECK(!described(t, turn).empty());
  }
}

TEST_CASE("the client's own statement about a sensation reports it", "[mentions][regions]") {
  auto t = find_mentions({{Role::client, "This tightness in my chest is the worst part of the day."}});
  REQUIRE(described(t, 0).size() == 1);
  CHECK(described(t, 0).front().rfind("sensation chest", 0) == 0);
}

TEST_CASE("a fist as an image of tightness is placed where the tightness is, never in the hand it names",
          "[mentions][regions]") {
  check_turns({
      {"Like a fist behind my sternum.", {"sensation chest 'Like a fist behind my sternum'"}},
      {"It's like a fist, right here.", {"sensation unspecified 'like a fist'"}},
      // the simile after a placed quality is said of it: one mention (settled case 223)
      {"And this hand. Goes tight, like a fist.", {"sensation hands 'hand. Goes tight, like a fist'"}},
      // a fist of one's own is no image: the tightness stays the hand's
      {"My fists clenched.", {"sensation hands 'fists clenched'"}},
  }, Role::client);
}
