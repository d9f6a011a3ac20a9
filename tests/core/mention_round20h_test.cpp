// Round twenty (hypotheticals): permission for a state nobody has reported is
// permission for a possible state (case 77); a rule only where at least three
// writers' splits show the same cause, annotated one way. Sentences written for
// these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("permission for a state nobody has reported grants a possible state", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "I have to ring the landlord on Friday."},
      {Role::therapist, "It's okay to feel nervous on the phone. You're allowed to still be annoyed with him."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'nervous' hyp", "emotion anger 'annoyed' hyp"});
  auto s = find_mentions({
      {Role::therapist, "After the swim it's fine to be a bit tired."},
  });
  CHECK(described(s, 0) == Strings{"sensation unspecified 'tired' hyp"});
}

TEST_CASE("permission for a state just reported validates it, and it stays reported", "[mentions][hypothetical]") {
  // the client reported the same category in the turn before
  auto t = find_mentions({
      {Role::client, "Honestly I'm really nervous about the call."},
      {Role::therapist, "It's okay to be nervous."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'nervous' echo"});
  // the same turn reported it first
  auto s = find_mentions({
      {Role::therapist, "Your anger makes sense. It's okay to feel angry about it."},
  });
  CHECK(described(s, 0) == Strings{"emotion anger 'anger'", "emotion anger 'angry'"});
  // an imagined state before does not make it reported
  auto u = find_mentions({
      {Role::client, "If he says no I'd be so embarrassed."},
      {Role::therapist, "And it's fine to feel embarrassed, whatever he says."},
  });
  CHECK(described(u, 1) == Strings{"emotion embarrassment 'embarrassed' hyp echo"});
}

TEST_CASE("what another person would say is imagined speech to the sentence's end", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "She'd say, come on now, you were furious, and that's fine."},
      {Role::client, "He'd probably say he was lonely out there."},
  });
  CHECK(described(t, 0) == Strings{"emotion anger 'furious' hyp"});
  CHECK(described(t, 1) == Strings{"emotion loneliness 'lonely' hyp"});
}

TEST_CASE("the speaker's own 'I'd say', a habit and a question stay as they were", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "I'd say I'm furious, honestly."},
      {Role::client, "She'd always say she was lonely in that house."},
  });
  CHECK(described(t, 0) == Strings{"emotion anger 'furious'"});
  CHECK(described(t, 1) == Strings{"emotion loneliness 'lonely'"});
}

TEST_CASE("what some people feel is a possibility offered, what many people feel reports", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Some people feel a bit sad after the last session, or even miss the routine."},
      {Role::therapist, "A lot of people feel sad after the last session."},
      {Role::therapist, "Some people get restless on the new tablets, but you seem calm."},
  });
  CHECK(described(t, 0) == Strings{"emotion sadness 'sad' hyp"});
  CHECK(described(t, 1) == Strings{"emotion sadness 'sad'"});
  CHECK(described(t, 2) == Strings{"emotion anxiety 'restless' hyp", "emotion calm 'calm'"});
}
