// Round thirty-six (b) (hypotheticals): a setting named after an invitation to
// imagine leaves the scene to the answer; a time course ("First nervous. Then
// relieved.") answers an imagined question as a bare feeling does; a question
// wishing for what someone would say asks hypothetically; a one-word opener before
// the imagined words is skipped; "Can we picture ...?" invites as "Can you ...?" does.
// Dialogues written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a setting named after an invitation to imagine hands the scene over", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "What would you like to do on Sunday?"},
      {Role::client, "Walk by the river, I think."},
      {Role::therapist, "Can you picture that? Sunday morning, the river path."},
      {Role::client, "I'm on the path. I feel calm."},
  });
  CHECK(described(t, 3) == Strings{"emotion calm 'calm' hyp"});
  auto room = find_mentions({
      {Role::therapist, "Can you picture that? I know it's hard."},
      {Role::client, "I'm on the path. I feel calm."},
  });
  CHECK(described(room, 1) == Strings{"emotion calm 'calm'"});
}

TEST_CASE("a time course answers an imagined question as a bare feeling does", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "If you told her on Friday, how would you feel afterwards?"},
      {Role::client, "First nervous. Then maybe relieved."},
      {Role::therapist, "How did you feel when you told her?"},
      {Role::client, "First nervous. Then relieved."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'nervous' hyp", "emotion relief 'relieved' hyp"});
  CHECK(described(t, 3) == Strings{"emotion anxiety 'nervous'", "emotion relief 'relieved'"});
}

TEST_CASE("a question wishing for what someone would say asks hypothetically", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "What do you wish she would say?"},
      {Role::client, "That she's proud of me."},
  });
  CHECK(described(t, 1) == Strings{"emotion pride 'proud' hyp"});
}

TEST_CASE("a one-word opener before the imagined words is skipped", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "What would you notice instead?"},
      {Role::client, "Instead. Like my shoulders are loose."},
  });
  CHECK(described(t, 1) == Strings{"sensation shoulders 'shoulders are loose' hyp"});
}

TEST_CASE("'Can we picture ...?' invites the answer into the scene", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Can we picture the interview for a moment?"},
      {Role::client, "I'm in the waiting room. I'm nervous."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'nervous' hyp"});
  auto talk = find_mentions({
      {Role::therapist, "Can we talk about the interview?"},
      {Role::client, "I'm nervous just thinking of it."},
  });
  CHECK(described(talk, 1) == Strings{"emotion anxiety 'nervous'"});
}

TEST_CASE("'Now you're at ...' sets the listener in the next place of a running scene", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Imagine you are at the door of the hall. What do you see?"},
      {Role::client, "I am at the door. I am scared."},
      {Role::therapist, "Now you're at your own seat."},
      {Role::client, "I sit. I'm nervous."},
  });
  CHECK(described(t, 3) == Strings{"emotion anxiety 'nervous' hyp"});
}
