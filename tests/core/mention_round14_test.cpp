// Round fourteen: readings of heldout15 (studied) meant to transfer to other
// writers' scenes. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a lone exclamation or unknown word in a narration keeps the scene", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Imagine the drive to your mum's, and tell me in the present tense. You're on the ring road. What's happening?"},
      {Role::client, "Westbound. Oh. The lorry pulls out in front. My hands are clammy and I'm frightened."},
  });
  CHECK(described(t, 1) == Strings{"sensation hands 'hands are clammy' hyp", "emotion fear 'frightened' hyp"});
  // an acknowledgement still steps out
  auto s = find_mentions({
      {Role::therapist, "Imagine the drive to your mum's. You're on the ring road. What's happening?"},
      {Role::client, "Okay. Right. Right now I'm frightened, here in the room."},
  });
  CHECK(described(s, 1) == Strings{"emotion fear 'frightened'"});
}
