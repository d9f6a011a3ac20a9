// Round twenty-six (hypotheticals): a reliving asked for early in a turn. The
// request to tell it in the present is followed by the exercise's terms (a
// starting point, a stop signal, a rating to come); they keep the request
// open to the end of the turn, and a starting point given after the listener
// agrees takes the scene up. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("the terms of a reliving after the request hand the scene over", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist,
       "I'd like you to go back to that night and tell it in the present tense, as if it's happening now. "
       "Start from the call coming in. You can stop at any point. I'll ask you for a number every few minutes."},
      {Role::client, "The phone goes. I'm out of bed and I'm scared."},
  });
  CHECK(described(t, 1) == Strings{"emotion fear 'scared' hyp"});
  // "Okay?" after the terms checks the listener agrees; the scene is still theirs
  auto s = find_mentions({
      {Role::therapist,
       "Tell the memory in the present tense, as if it's happening now. If the distress goes up, that's "
       "allowed. Okay?"},
      {Role::client, "The gate is open. The dogs are barking and I'm frightened."},
  });
  CHECK(described(s, 1) == Strings{"emotion fear 'frightened' hyp"});
}

TEST_CASE("a starting point given after the listener agrees takes the scene up", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist,
       "I'll ask you to tell it in the present tense, as if it's happening now. Every few minutes I'll ask "
       "for a number. Okay?"},
      {Role::client, "Okay."},
      {Role::therapist, "Begin from where the bus leaves the depot. Where are you?"},
      {Role::client, "I'm on the back seat. I'm nervous."},
  });
  CHECK(described(t, 3) == Strings{"emotion anxiety 'nervous' hyp"});
}

TEST_CASE("terms with no request, or a request followed by other talk, hand nothing over",
          "[mentions][hypothetical]") {
  // the terms alone set no scene
  auto t = find_mentions({
      {Role::therapist, "You can stop at any point. I'll ask you for a number every few minutes."},
      {Role::client, "I'm scared, to be honest."},
  });
  CHECK(described(t, 1) == Strings{"emotion fear 'scared'"});
  // a question of the week after the request is no term
  auto s = find_mentions({
      {Role::therapist, "Next time we'll tell it in the present tense, as if it's happening. How was your week?"},
      {Role::client, "I was scared most of it."},
  });
  CHECK(described(s, 1) == Strings{"emotion fear 'scared'"});
  // a past exercise told, then its terms: nothing handed over
  auto r = find_mentions({
      {Role::therapist, "Last week I wrote it in the present, as if it was happening. We stopped at a number of points."},
      {Role::client, "I'm scared of doing it again."},
  });
  CHECK(described(r, 1) == Strings{"emotion fear 'scared'"});
}
