// Round twenty-nine (hypotheticals): "now" in a short question of what happens
// in a running scene, or where the listener is in it ("Where are you now?",
// "What's happening now?", "What happens in the doorway now?") is the scene's
// present; "now" asked of the listener or the room ("What's happening in you
// now?", "What's happening right now?", "How are you feeling now?") still steps
// out. Dialogues written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

namespace {

// A reliving told in the present, then `question` asked of it.
std::vector<feltline::test::TurnSpec> reliving_then(const std::string& question, const std::string& answer) {
  return {
      {Role::therapist, "Tell it in the present tense. Where are you?"},
      {Role::client, "I'm on the ring road. It's raining."},
      {Role::therapist, question},
      {Role::client, answer},
  };
}

}  // namespace

TEST_CASE("'now' asking what happens or where the listener is keeps the scene", "[mentions][hypothetical]") {
  for (const std::string q : {"Where are you now?", "What's happening now?", "What happens now?",
                              "And what happens at the junction now?", "What's happening in the boy now?"}) {
    CAPTURE(q);
    auto t = find_mentions(reliving_then(q, "A van brakes ahead. I'm scared. My hands go tight on the wheel."));
    CHECK(described(t, 3) == Strings{"emotion fear 'scared' hyp", "sensation hands 'hands go tight' hyp"});
  }
}

TEST_CASE("'now' asked of the listener or the room still steps out", "[mentions][hypothetical]") {
  // (main already carries the scene past "What's happening right now?" and "What's
  // happening in you now?" by another path; asks_now_in_scene leaves them as they were)
  for (const std::string q : {"Where are you with it now?", "How are you feeling now?", "What do you notice now?",
                              "Where are you now, in this room?"}) {
    CAPTURE(q);
    auto t = find_mentions(reliving_then(q, "I'm scared. My hands are tight."));
    CHECK(described(t, 3) == Strings{"emotion fear 'scared'", "sensation hands 'hands are tight'"});
  }
  // with no scene running, "Where are you now?" asks where the listener stands
  auto s = find_mentions({
      {Role::therapist, "How has the week been? Where are you now?"},
      {Role::client, "Home. I'm scared."},
  });
  CHECK(described(s, 1) == Strings{"emotion fear 'scared'"});
}
