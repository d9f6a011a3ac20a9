// Round twenty-two (hypotheticals): the chain that carries an imagined scene
// from the turn that sets it to the answer that narrates it. Sentences written
// for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a request to tell the scene in the present hands it to the listener", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Close your eyes. Picture the start line on Sunday. Tell it to me in the present."},
      {Role::client, "Okay. I'm on the line. My legs are heavy. I'm nervous."},
  });
  CHECK(described(t, 1) == Strings{"sensation legs 'legs are heavy' hyp", "emotion anxiety 'nervous' hyp"});
  // no invitation at all: the request alone sets the narration in the scene
  auto s = find_mentions({
      {Role::therapist, "Take me back to the night of the crash. Present tense, first person, as if it's happening now."},
      {Role::client, "Right. The lights are coming at me. My hands are shaking."},
  });
  CHECK(described(s, 1) == Strings{"sensation hands 'hands are shaking' hyp"});
  auto r = find_mentions({
      {Role::therapist, "Go back to the classroom. Describe it as though it is happening."},
      {Role::client, "I'm at my desk. I'm so embarrassed."},
  });
  CHECK(described(r, 1) == Strings{"emotion embarrassment 'embarrassed' hyp"});
}

TEST_CASE("telling of an exercise done in the present, or a comparison, hands nothing over",
          "[mentions][hypothetical]") {
  // a past verb: the speaker tells of the exercise, the reply speaks from now
  auto t = find_mentions({
      {Role::client, "I did the letter in the present, like you said."},
      {Role::therapist, "I'm glad. You seem calmer today."},
  });
  CHECK(described(t, 1) == Strings{"emotion calm 'calmer'"});
  // "as if it" without the scene happening is a comparison
  auto s = find_mentions({
      {Role::therapist, "You talk about the job as if it owns you. Say more."},
      {Role::client, "I'm exhausted. My shoulders are tight."},
  });
  CHECK(described(s, 1) == Strings{"sensation unspecified 'exhausted'", "sensation shoulders 'shoulders are tight'"});
}
