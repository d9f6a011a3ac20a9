// Round twenty-three (hypotheticals): the lines a speaker says in role after a
// stage mark of a role play ("(as manager)"). Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("the words after a stage mark are said in role", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "You seem tense. Let's try it. (as the boss) Everyone here is stressed, Jo. I'm tired of excuses."},
      {Role::client, "I know. But I'm exhausted and I'm worried about the deadline."},
  });
  // before the mark the therapist speaks from now; after it, the boss's lines
  CHECK(described(t, 0) ==
        Strings{"emotion anxiety 'tense'", "emotion anxiety 'stressed' hyp", "emotion frustration 'tired of' hyp"});
  // the reply is left as the other rules decide it (the splits annotate replies in role both ways)
  CHECK(described(t, 1) == Strings{"sensation unspecified 'exhausted'", "emotion anxiety 'worried'"});
  // the client may take a role too
  auto s = find_mentions({
      {Role::client, "Right. (as myself) Hello Mum. I'm scared, but I'm not panicking."},
  });
  CHECK(described(s, 0) == Strings{"emotion fear 'scared' hyp", "emotion anxiety 'panicking' neg hyp"});
}

TEST_CASE("stepping out or another parenthesis ends the role", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "(as Mum) I'm so proud of you. Let's pause there. You look sad."},
  });
  CHECK(described(t, 0) == Strings{"emotion pride 'proud' hyp", "emotion sadness 'sad'"});
  auto s = find_mentions({
      {Role::therapist, "(as Dad) You never call. I'm lonely. (normal voice) You look angry."},
  });
  CHECK(described(s, 0) == Strings{"emotion loneliness 'lonely' hyp", "emotion anger 'angry'"});
  // a parenthesis that names no role is no stage mark
  auto r = find_mentions({
      {Role::client, "(pause) I'm anxious. (quietly) And sad."},
  });
  CHECK(described(r, 0) == Strings{"emotion anxiety 'anxious'", "emotion sadness 'sad'"});
}
