// Round twenty-five (hypotheticals): a role play opened with no stage mark. A
// turn offers to play a role ("I'll play your landlord."); a reply in the next
// few turns that calls on the role by title or name, or greets it, speaks in
// the role play. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a reply that greets a role offered before speaks in the role play", "[mentions][hypothetical]") {
  // the role's lines come a few turns after the offer, with no stage mark
  auto t = find_mentions({
      {Role::therapist, "Shall we try it here? I'll play your landlord. Ready?"},
      {Role::client, "Ready, I suppose."},
      {Role::therapist, "Here we go. Morning! You're from flat six, aren't you?"},
      {Role::client, "Hello, Mr Okoro. Yes, that's me. Honestly, I'm worried about the boiler."},
  });
  CHECK(described(t, 3) == Strings{"emotion anxiety 'worried' hyp"});
  // "Good morning sir.", then a line that narrates
  auto s = find_mentions({
      {Role::therapist, "Let's rehearse it. I'll be your supervisor. You knock on the door."},
      {Role::client, "Okay. Good morning sir. I am knocking. My palms are sweaty."},
  });
  CHECK(described(s, 1) == Strings{"sensation hands 'palms are sweaty' hyp"});
  // a short aside before the name
  auto r = find_mentions({
      {Role::therapist, "Could we practise it now? I'll be your brother. Say one true thing to him."},
      {Role::client, "Right. (sighs) Tomasz, I'm lonely since you moved away."},
  });
  CHECK(described(r, 1) == Strings{"emotion loneliness 'lonely' hyp"});
}

TEST_CASE("a reply that does not call on the role, or speaks from outside it, stays as it was",
          "[mentions][hypothetical]") {
  // the offer answered by a comment on the exercise: felt now
  auto t = find_mentions({
      {Role::therapist, "I'll play your landlord. Okay?"},
      {Role::client, "Okay. I'm a bit nervous, to be honest."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'nervous'"});
  // a line quoted is rehearsed from outside the role
  auto s = find_mentions({
      {Role::therapist, "Would it help to practise? I'll be Siobhan. Go on."},
      {Role::client, "Okay. \"Siobhan, I'm frightened of the results.\" There."},
  });
  CHECK(described(s, 1) == Strings{"emotion fear 'frightened'"});
  // "I'll be here" offers no role: a greeting after it is just a greeting
  auto r = find_mentions({
      {Role::therapist, "I'll be here next week as usual."},
      {Role::client, "Hi, Noor. I'm tired today."},
  });
  CHECK(described(r, 1) == Strings{"sensation unspecified 'tired'"});
  // too long after the offer
  auto q = find_mentions({
      {Role::therapist, "I'll play your landlord."},
      {Role::client, "Fine."},
      {Role::therapist, "Actually, first tell me about your week."},
      {Role::client, "Busy."},
      {Role::therapist, "And work?"},
      {Role::client, "Long."},
      {Role::therapist, "And home?"},
      {Role::client, "Quiet."},
      {Role::therapist, "Mm."},
      {Role::client, "Hello, Mr Okoro. I'm worried."},
  });
  CHECK(described(q, 9) == Strings{"emotion anxiety 'worried'"});
}

TEST_CASE("a reply that called on the role steps out at a verb of the past", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "I'll play your coach. You come up after practice."},
      {Role::client, "Hi, Coach. I'm nervous about the squad list. That was awful, I was scared."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'nervous' hyp", "emotion fear 'scared'"});
}
