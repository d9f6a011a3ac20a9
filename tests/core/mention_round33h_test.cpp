// Round thirty-three (hypotheticals): a short question that places the listener
// in the scene ("Where are you?", "What's around you?") after an invitation to
// imagine or an instruction to close the eyes hands the scene to the answer; a
// third person ("her phone", "his voice") or a name before its verb peoples an
// invitation; a question said "here" asks the room and hands nothing back.
// Dialogues written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("'What's around you?' after an invitation hands the scene over", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Picture the station platform. What's around you?"},
      {Role::client, "I'm stood by the timetable. There's a man with a dog. My chest is tight. I'm anxious."},
  });
  CHECK(described(t, 1) == Strings{"sensation chest 'chest is tight' hyp", "emotion anxiety 'anxious' hyp"});
}

TEST_CASE("'Where are you?' after the eyes are closed hands a reliving over", "[mentions][hypothetical]") {
  // the exercise was announced, a number asked of the room first, then begun
  auto t = find_mentions({
      {Role::therapist, "Today I'd like us to go back into the night of the fire, in the present tense, with your "
                        "eyes closed. You can stop any time. How anxious are you right now?"},
      {Role::client, "Right now, sixty. My stomach is upset."},
      {Role::therapist, "Sixty. Okay. Close your eyes when you're ready. Start just before it begins. Where are you?"},
      {Role::client, "It's late, after midnight. I'm in the kitchen. I'm tired. I'm happy because the kids are asleep."},
      {Role::therapist, "What happens next?"},
      {Role::client, "I smell smoke. I'm scared. My heart is pounding."},
  });
  CHECK(described(t, 1) == Strings{"sensation stomach 'stomach is upset'"});
  CHECK(described(t, 3) == Strings{"sensation unspecified 'tired' hyp", "emotion joy 'happy' hyp"});
  CHECK(described(t, 5) == Strings{"emotion fear 'scared' hyp", "sensation heart 'heart is pounding' hyp"});
}

TEST_CASE("a question of the body after closed eyes is asked of now", "[mentions][hypothetical]") {
  // "Where are you holding tension?" asks where in the body, in the room
  auto t = find_mentions({
      {Role::therapist, "Close your eyes. Notice your breath. Where are you holding tension?"},
      {Role::client, "My shoulders are tight. I'm anxious."},
  });
  CHECK(described(t, 1) == Strings{"sensation shoulders 'shoulders are tight'", "emotion anxiety 'anxious'"});
  t = find_mentions({
      {Role::therapist, "Where are you with all this?"},
      {Role::client, "Honestly I'm anxious. My stomach's in knots."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'anxious'", "sensation stomach 'stomach's in knots'"});
}

TEST_CASE("a third person in the invitation peoples the scene", "[mentions][hypothetical]") {
  // "her phone": someone is there, so "What do you notice?" asks into the scene
  auto t = find_mentions({
      {Role::therapist, "Imagine the dinner on Saturday. Your sister's there, her phone on the table. What do you notice?"},
      {Role::client, "I'm sitting opposite her. My jaw is tight. I'm irritated."},
  });
  CHECK(described(t, 1) == Strings{"sensation jaw 'jaw is tight' hyp", "emotion anger 'irritated' hyp"});
}

TEST_CASE("a question said 'here in the room' does not hand the scene back", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Picture the allotment. What's around you?"},
      {Role::client, "The bean rows. A robin on the fence. I'm calm. My shoulders are loose."},
      {Role::therapist, "And as you picture that, what happens in your body, here in the room?"},
      {Role::client, "My jaw softens. I'm peaceful."},
  });
  CHECK(described(t, 1) == Strings{"emotion calm 'calm' hyp", "sensation shoulders 'shoulders are loose' hyp"});
  CHECK(described(t, 3) == Strings{"sensation jaw 'jaw softens'", "emotion calm 'peaceful'"});
}

TEST_CASE("the listener set in a place of a scene left a turn or two before takes it up", "[mentions][hypothetical]") {
  // the talk stepped out to the room for a number, then the scene goes on
  auto t = find_mentions({
      {Role::therapist, "Close your eyes. You're on the platform at Leeds. What do you see?"},
      {Role::client, "The train pulls in. I'm nervous. My hands are sweaty."},
      {Role::therapist, "What's the number, here in the room?"},
      {Role::client, "Here? Sixty. My mouth is dry, actually."},
      {Role::therapist, "Okay. You're in the carriage. It's packed. What's the feeling?"},
      {Role::client, "Panic. My chest is tight."},
  });
  CHECK(described(t, 3) == Strings{"sensation throat 'mouth is dry'"});
  CHECK(described(t, 5) == Strings{"emotion anxiety 'Panic' hyp", "sensation chest 'chest is tight' hyp"});
  // "You're in a good place with this." sets no one in a place of the scene
  t = find_mentions({
      {Role::therapist, "Close your eyes. You're on the platform at Leeds. What do you see?"},
      {Role::client, "The train pulls in. I'm nervous. My hands are sweaty."},
      {Role::therapist, "Open your eyes. How was that?"},
      {Role::client, "Hard. I'm tired."},
      {Role::therapist, "You're in a good place with this. How do you feel about next week?"},
      {Role::client, "Hopeful. A bit nervous."},
  });
  CHECK(described(t, 5) == Strings{"emotion hope 'Hopeful'", "emotion anxiety 'nervous'"});
}

TEST_CASE("'What are you noticing?' looks into a peopled scene as 'What do you notice?' does", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Imagine it's Sunday night, about nine. Priya is in the lounge. What are you noticing?"},
      {Role::client, "I'm by the window. My feet are cold. My heart's pounding. I'm embarrassed."},
  });
  CHECK(described(t, 1) == Strings{"sensation feet 'feet are cold' hyp", "sensation heart 'heart's pounding' hyp",
                                   "emotion embarrassment 'embarrassed' hyp"});
}

TEST_CASE("a past after 'because' with its own subject is the reason for a state in the scene", "[mentions][hypothetical]") {
  const std::string setting =
      "Let's imagine the family lunch on Saturday. You're at the table with your uncle. What happens?";
  auto t = find_mentions({{Role::therapist, setting},
                          {Role::client, "I sit down. I'm happy because my brother came after all. My chest is warm."}});
  CHECK(described(t, 1) == Strings{"emotion joy 'happy' hyp", "sensation chest 'chest is warm' hyp"});
  // "because what people say ... is often cruel": no subject of its own, a habit that steps out
  t = find_mentions({{Role::therapist, setting},
                     {Role::client, "I sit down. I'm tense because what people say at lunches is often cruel. My chest is tight."}});
  CHECK(described(t, 1) == Strings{"emotion anxiety 'tense'", "sensation chest 'chest is tight'"});
}

TEST_CASE("'the last' one in a scene is no step to the past", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Okay. Close your eyes. Start just before it begins. Where are you?"},
      {Role::client, "I'm on the last bus home. I'm tired. I'm happy."},
  });
  CHECK(described(t, 1) == Strings{"sensation unspecified 'tired' hyp", "emotion joy 'happy' hyp"});
  // "the last few days" tells of the past and ends the scene
  t = find_mentions({
      {Role::therapist, "Okay. Close your eyes. Start just before it begins. Where are you?"},
      {Role::client, "I'm on the bus home. I've barely slept the last few days. I'm tired."},
  });
  CHECK(described(t, 1) == Strings{"sensation unspecified 'tired'"});
}
