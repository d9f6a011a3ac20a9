// Round twenty-four (hypotheticals): a scene taken up again after the talk left
// it (a request to go on, a return to a place or a time) and the replies that
// call a role by name or title. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a request to go on after a question of the room takes the scene up again", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Imagine the ferry pulling out. You're at the rail. What happens?"},
      {Role::client, "The deck tilts. My stomach lurches."},
      {Role::therapist, "How strong is the fear, here in the room, out of ten?"},
      {Role::client, "Seven."},
      {Role::therapist, "Seven. Keep going. What happens next?"},
      {Role::client, "The harbour gets smaller. I'm scared but I'm still standing."},
  });
  CHECK(described(t, 1) == Strings{"sensation stomach 'stomach lurches' hyp"});
  CHECK(described(t, 5) == Strings{"emotion fear 'scared' hyp"});
  // "Can you keep going?" and "What happens next?" alone do it too
  auto s = find_mentions({
      {Role::therapist, "Picture the exam hall. You turn the paper over. What do you notice?"},
      {Role::client, "My hands are clammy."},
      {Role::therapist, "Number, right now?"},
      {Role::client, "Six."},
      {Role::therapist, "Can you keep going?"},
      {Role::client, "I read the first question. I'm relieved."},
  });
  CHECK(described(s, 5) == Strings{"emotion relief 'relieved' hyp"});
}

TEST_CASE("a request to go on with no scene in reach asks for a story or a habit", "[mentions][hypothetical]") {
  // no scene before: a story of the past
  auto t = find_mentions({
      {Role::therapist, "Your chest went tight at the till. What happens next?"},
      {Role::client, "I leave the shop. I'm embarrassed."},
  });
  CHECK(described(t, 1) == Strings{"emotion embarrassment 'embarrassed'"});
  // a habit, or the past, asked after the room's question
  auto s = find_mentions({
      {Role::therapist, "Imagine the ferry pulling out. You're at the rail. What happens?"},
      {Role::client, "My stomach lurches."},
      {Role::therapist, "How strong is it, here, out of ten?"},
      {Role::client, "Five."},
      {Role::therapist, "And what happens next, usually?"},
      {Role::client, "I go below deck. I'm embarrassed."},
      {Role::therapist, "What happened next?"},
      {Role::client, "I was sick. I felt ashamed."},
  });
  CHECK(described(s, 5) == Strings{"emotion embarrassment 'embarrassed'"});
  CHECK(described(s, 7) == Strings{"sensation stomach 'sick'", "emotion shame 'ashamed'"});
  // too many turns since the scene
  auto r = find_mentions({
      {Role::therapist, "Imagine the ferry pulling out. You're at the rail. What happens?"},
      {Role::client, "My stomach lurches."},
      {Role::therapist, "Let's stop there. How was the week?"},
      {Role::client, "Busy."},
      {Role::therapist, "And work?"},
      {Role::client, "Fine."},
      {Role::therapist, "And home?"},
      {Role::client, "Quiet."},
      {Role::therapist, "Keep going."},
      {Role::client, "I'm tired all the time."},
  });
  CHECK(described(r, 9) == Strings{"sensation unspecified 'tired'"});
}

TEST_CASE("a return to a place or a time sets a scene for the listener", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Close your eyes. Let yourself go back to the old kitchen. How old are you?"},
      {Role::client, "Nine. I'm at the table. I'm frightened."},
  });
  CHECK(described(t, 1) == Strings{"emotion fear 'frightened' hyp"});
  auto s = find_mentions({
      {Role::therapist, "Okay. Let's go back to the beginning and go through it again."},
      {Role::client, "We leave the house. I'm excited."},
  });
  CHECK(described(s, 1) == Strings{"emotion joy 'excited' hyp"});
  // a topic taken up again, a feeling, the body, or sleep: no scene
  auto r = find_mentions({
      {Role::therapist, "Let's go back to your brother for a moment. Is there anything you've noticed that he enjoys?"},
      {Role::client, "Football. He's happy when he plays."},
  });
  CHECK(described(r, 1) == Strings{"emotion joy 'happy'"});
  auto q = find_mentions({
      {Role::therapist, "Let's go back to the guilt. What happens?"},
      {Role::client, "I feel guilty all week."},
  });
  CHECK(described(q, 1) == Strings{"emotion guilt 'guilty'"});
}

TEST_CASE("a reply that calls the role by name or title goes on in the role play", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "I'll be your father. (as father) You're giving up a good job? I'm disappointed."},
      {Role::client, "Papa, I'm not giving up. I'm unhappy there."},
  });
  CHECK(described(t, 1) == Strings{"emotion sadness 'unhappy' hyp"});
  auto s = find_mentions({
      {Role::therapist, "(as the boss) Everyone is stretched, Mei."},
      {Role::client, "Sir, I understand. But I'm exhausted."},
  });
  CHECK(described(s, 1) == Strings{"sensation unspecified 'exhausted' hyp"});
  // a reply that tells of a past day steps out at once; one that calls no one is left as it was
  auto r = find_mentions({
      {Role::therapist, "(as the boss) It was a small mistake."},
      {Role::client, "Sir, with respect, it was not small. I was frightened that day."},
  });
  CHECK(described(r, 1) == Strings{"emotion fear 'frightened'"});
  auto q = find_mentions({
      {Role::therapist, "(as Dad) You never call."},
      {Role::client, "Because I'm ashamed, I think."},
  });
  CHECK(described(q, 1) == Strings{"emotion shame 'ashamed'"});
}
