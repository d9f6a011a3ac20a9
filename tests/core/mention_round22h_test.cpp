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

TEST_CASE("a question asking what the listener imagines happening hands the scene to the answer",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "What do you picture happening on Saturday?"},
      {Role::client, "I walk into the hall. My throat goes tight. Everyone turns round."},
  });
  CHECK(described(t, 1) == Strings{"sensation throat 'throat goes tight' hyp"});
  auto s = find_mentions({
      {Role::therapist, "And what do you imagine the first morning being like?"},
      {Role::client, "I'm at the gate with my bag. I'm nervous."},
  });
  CHECK(described(s, 1) == Strings{"emotion anxiety 'nervous' hyp"});
}

TEST_CASE("asking what the listener sees or would say, or judging the picture, hands nothing over",
          "[mentions][hypothetical]") {
  // the answer gives the words the listener would say: said now
  auto t = find_mentions({
      {Role::therapist, "What do you imagine telling him?"},
      {Role::client, "That I was scared. I love him."},
  });
  CHECK(described(t, 1) == Strings{"emotion fear 'scared'", "emotion love 'love'"});
  // a verdict on the picture looks at it from the room: the reply speaks from now
  auto s = find_mentions({
      {Role::therapist, "Imagine you're at the station. The train pulls in."},
      {Role::client, "I'm stepping on. I'm terrified."},
      {Role::therapist, "That's a very vivid picture."},
      {Role::client, "My heart races just thinking about it."},
  });
  CHECK(described(s, 1) == Strings{"emotion fear 'terrified' hyp"});
  CHECK(described(s, 3) == Strings{"sensation heart 'heart races'"});
}

TEST_CASE("a feeling asked about the plan, or in the session's own time, is felt in the room",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Picture the first night. You're sitting up, waiting for midnight. What's going on?"},
      {Role::client, "I'm on the sofa. I'm annoyed."},
      {Role::therapist, "Exactly. The sofa becomes the place for waiting. How are you feeling about trying it?"},
      {Role::client, "Nervous. But also hopeful."},
  });
  CHECK(described(t, 1) == Strings{"emotion anger 'annoyed' hyp"});
  CHECK(described(t, 3) == Strings{"emotion anxiety 'Nervous'", "emotion hope 'hopeful'"});
  auto s = find_mentions({
      {Role::therapist, "Picture the first night. You're sitting up, waiting for midnight. What's going on?"},
      {Role::client, "I'm on the sofa. I'm annoyed."},
      {Role::therapist, "The clock ticks on. How are you feeling as we get near the end?"},
      {Role::client, "Tired. A bit hopeful."},
  });
  CHECK(described(s, 3) == Strings{"sensation unspecified 'Tired'", "emotion hope 'hopeful'"});
  // asked inside the scene, the feeling is the scene's
  auto r = find_mentions({
      {Role::therapist, "Picture the first night. You're sitting up, waiting for midnight. What's going on?"},
      {Role::client, "I'm on the sofa. I'm annoyed."},
      {Role::therapist, "The clock ticks on. How do you feel, sitting there?"},
      {Role::client, "Tired. A bit hopeless."},
  });
  CHECK(described(r, 3).size() == 2);
  CHECK(described(r, 3)[0].find(" hyp") != std::string::npos);
}

TEST_CASE("a short question of the scene after a scene set for a person hands it over, whatever stood between",
          "[mentions][hypothetical]") {
  // an instruction between the invitation and the question
  auto t = find_mentions({
      {Role::therapist, "Imagine you're walking back into the office. Go slowly. What's happening?"},
      {Role::client, "I'm at the door. My stomach drops."},
  });
  CHECK(described(t, 1) == Strings{"sensation stomach 'stomach drops' hyp"});
  // a past verb in the setting
  auto s = find_mentions({
      {Role::therapist, "It's six in the morning. You're at the clinic. Your sister drove you. What do you notice?"},
      {Role::client, "I'm in the waiting room. I'm shaky."},
  });
  CHECK(described(s, 1) == Strings{"sensation unspecified 'shaky' hyp"});
  // asked of the room: no hand-over
  auto r = find_mentions({
      {Role::therapist, "Imagine you're walking back into the office. Go slowly. Right now, what do you notice?"},
      {Role::client, "My stomach drops."},
  });
  CHECK(described(r, 1) == Strings{"sensation stomach 'stomach drops'"});
}
