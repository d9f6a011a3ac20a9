// Round thirty (hypotheticals): scenes kept through a narrated sentence opened
// by "every", a simile after an imagined state, two plain words naming something,
// and "Stay ... for a moment"; "come back to the room" still ends a narration; the
// states listed after a sentence that records predictions are predicted (case 32),
// and so is a degree asked of a state to come ("how scared you expect to get").
// Dialogues written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

namespace {

// A reliving opened by a return to a place, answered, asked on, then `answer`.
std::vector<feltline::test::TurnSpec> reliving_answered(const std::string& answer) {
  return {
      {Role::therapist, "Close your eyes. Go back to the house on Mill Street. How old are you?"},
      {Role::client, "Ten. I'm ten. My mother has the letter from school."},
      {Role::therapist, "What's happening?"},
      {Role::client, answer},
  };
}

}  // namespace

TEST_CASE("a narrated sentence opened by 'every' goes on with the scene", "[mentions][hypothetical]") {
  for (const std::string s : {"Every word is louder.", "Every face turns to me.", "Every step is slower."}) {
    CAPTURE(s);
    auto t = find_mentions(reliving_answered("She reads it slowly. " + s + " I'm so scared, my stomach is in a knot."));
    CHECK(described(t, 3) == Strings{"emotion fear 'scared' hyp", "sensation stomach 'stomach is in a knot' hyp"});
  }
}

TEST_CASE("'every' of a habit still ends the scene", "[mentions][hypothetical]") {
  for (const std::string s : {"Every time she reads one I go quiet.", "Every day it was like that."}) {
    CAPTURE(s);
    auto t = find_mentions(reliving_answered("She reads it slowly. " + s + " I'm so scared."));
    CHECK(described(t, 3) == Strings{"emotion fear 'scared'"});
  }
}

TEST_CASE("a simile after an imagined state describes it, and the fragment after goes on with it",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "What would you want to feel, leaving the hearing?"},
      {Role::client, "Lighter. Like I have a voice. Maybe even a bit proud."},
      {Role::therapist, "How might the first day back go?"},
      {Role::client, "I'd be nervous. Like a new girl. And excited."},
  });
  CHECK(described(t, 1) == Strings{"sensation unspecified 'Lighter' hyp", "emotion pride 'proud' hyp"});
  CHECK(described(t, 3) == Strings{"emotion anxiety 'nervous' hyp", "emotion joy 'excited' hyp"});
  // "Like I said" refers back; a simile told in the past is a report
  auto s = find_mentions({
      {Role::therapist, "What would you want to feel, leaving the hearing?"},
      {Role::client, "Lighter. Like I said, last week it was awful. Proud of myself."},
  });
  CHECK(described(s, 1) == Strings{"sensation unspecified 'Lighter' hyp", "emotion pride 'Proud'"});
}

TEST_CASE("two plain words naming something go on with a scene handed over", "[mentions][hypothetical]") {
  for (const std::string s : {"Green floor.", "Cold tiles."}) {
    CAPTURE(s);
    auto t = find_mentions({
        {Role::therapist, "Shall we start?"},
        {Role::client, "Yes."},
        {Role::therapist, "Close your eyes if that's okay. You're in the corridor. What do you see?"},
        {Role::client, "The lights. " + s + " I hear the footsteps. My jaw is clenched. I'm panicking."},
    });
    CHECK(described(t, 3) == Strings{"sensation jaw 'jaw is clenched' hyp", "emotion anxiety 'panicking' hyp"});
  }
  // a verb form steps out ("Stepping out.")
  auto s = find_mentions({
      {Role::therapist, "Close your eyes if that's okay. You're in the corridor. What do you see?"},
      {Role::client, "The lights. Stepping out. My jaw is clenched."},
  });
  CHECK(described(s, 1) == Strings{"sensation jaw 'jaw is clenched'"});
}

TEST_CASE("'Stay ... for a moment' keeps a scene, and 'come back to the room' still closes it",
          "[mentions][hypothetical]") {
  // A scene the listener narrates, then the therapist's `turn`, then an answer.
  const auto after = [](const std::string& turn) {
    return find_mentions({
        {Role::therapist, "Close your eyes and picture it. You're at the harbour. What happens?"},
        {Role::client, "I'm walking down to the boats. My brother is there."},
        {Role::therapist, turn},
        {Role::client, "Relieved. My chest is loose."},
    });
  };
  for (const std::string q : {"Stay with it for one more moment. Where is your attention?",
                              "Stay on the pier for a second. What do you do?"}) {
    CAPTURE(q);
    CHECK(described(after(q), 3) == Strings{"emotion relief 'Relieved' hyp", "sensation chest 'chest is loose' hyp"});
  }
  auto t = after("Stay with the boats for a moment. Then, when you're ready, come back to the room. How is it?");
  CHECK(described(t, 3) == Strings{"emotion relief 'Relieved'", "sensation chest 'chest is loose'"});
}

TEST_CASE("states listed right after a sentence that records predictions are predicted (case 32)",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "I'll blush. I'll feel sick. And I'll feel stupid."},
      {Role::therapist, "Let's write that down. Blushing, feel sick, feel stupid. Rate how much you believe it."},
      {Role::therapist, "Let's write the predictions down: a hot face, panic, shame. We'll check them after."},
      {Role::therapist, "Write them as predictions. 1. Stammer. 2. Feel stupid, rated how strongly?"},
  });
  CHECK(described(t, 1) == Strings{"sensation face 'Blushing' hyp echo", "sensation stomach 'sick' hyp echo",
                                   "emotion shame 'stupid' hyp echo"});
  CHECK(described(t, 2) ==
        Strings{"sensation face 'hot face' hyp echo", "emotion anxiety 'panic' hyp", "emotion shame 'shame' hyp"});
  CHECK(described(t, 3) == Strings{"emotion shame 'stupid' hyp question echo"});
  // a recording denied or told of the past records nothing; a list with a subject is no list
  auto s = find_mentions({
      {Role::client, "I didn't write it down. The lower back aches by the afternoon."},
      {Role::therapist, "Let's write that down. You said your chest was tight."},
  });
  CHECK(described(s, 0) == Strings{"sensation back 'lower back aches'"});
  CHECK(described(s, 1) == Strings{"sensation chest 'chest was tight'"});
}

TEST_CASE("a degree asked of a state to come is imagined", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Before you go in, write down how scared you expect to get. And how nervous do you think "
                        "you will be, one to ten? Feel how proud you'd be."},
      // asked about now or the past, it is no forecast
      {Role::therapist, "How anxious do you think you are, right now? How angry do you think she was?"},
  });
  CHECK(described(t, 0) == Strings{"emotion fear 'scared' hyp", "emotion anxiety 'nervous' hyp question",
                                   "emotion pride 'proud' hyp"});
  CHECK(described(t, 1) == Strings{"emotion anxiety 'anxious' question", "emotion anger 'angry' question"});
}
