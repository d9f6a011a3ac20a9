// Round twenty-eight (hypotheticals): "actually" ending a sentence after the
// turn's first ("There's a lorry ahead. I'm calm, actually.") stresses what the
// narrator finds in the scene; opening the turn ("I'm fine, actually.") it still
// steps back to the room. Dialogues written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a closing 'actually' inside a narration goes on with the scene", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Tell it in the present tense. Where are you?"},
      {Role::client, "I'm on the ring road. It's raining."},
      {Role::therapist, "Go on. What's happening?"},
      {Role::client, "A van is ahead of me. I'm calm, actually. I'm thinking about dinner."},
      {Role::therapist, "And then?"},
      {Role::client, "The van brakes. My hands go tight on the wheel."},
  });
  CHECK(described(t, 3) == Strings{"emotion calm 'calm' hyp"});
  CHECK(described(t, 5) == Strings{"sensation hands 'hands go tight' hyp"});
}

TEST_CASE("a closing 'actually' opening a turn still speaks from the room", "[mentions][hypothetical]") {
  // the turn's first sentence: "I'm fine, actually." steps back, and the chain ends
  auto t = find_mentions({
      {Role::therapist, "Tell it in the present tense. Where are you?"},
      {Role::client, "I'm on the ring road. It's raining."},
      {Role::therapist, "What do you notice?"},
      {Role::client, "I'm calm, actually. My shoulders are loose."},
  });
  CHECK(described(t, 3) == Strings{"emotion calm 'calm'", "sensation shoulders 'shoulders are loose'"});
  // with no scene running nothing is carried
  auto s = find_mentions({
      {Role::therapist, "How has the week been?"},
      {Role::client, "Busy. I'm hopeful, actually."},
  });
  CHECK(described(s, 1) == Strings{"emotion hope 'hopeful'"});
}
