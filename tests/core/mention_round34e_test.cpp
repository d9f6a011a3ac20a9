// Round thirty-four (emotions): what the guideline leaves out and the tool took as an emotion,
// written as data in not_mentions.json (an episode named as an event, a risk question about
// self-harm, wish formulas, shock as an event, answers that rate the week, a vague "bad
// feeling", "small" as a degree, nerves of the body, a pastime liked) and two entries taken out
// of emotions.json ("compassionate", "burnout"). docs/lexicon.md, "Round thirty-four (emotions".
// Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("a panic attack named as an event is no emotion, panicking is", "[mentions][emotions]") {
  check_turns({
      {"He had a panic attack on the ferry last spring.", {}},
      {"What happens in your body during panic attacks?", {}},
      {"I started to panic on the ferry.", {"emotion anxiety 'panic'"}},
  }, Role::client);
}

TEST_CASE("hurting oneself in a risk question is an act, not sadness", "[mentions][emotions]") {
  check_turns({
      {"Have you had any thoughts of hurting yourself this week?", {}},
      {"Is the urge to hurt yourself there tonight?", {}},
      {"I can hear you were so hurt by what he said.", {"emotion sadness 'hurt'"}},
  }, Role::therapist);
}

TEST_CASE("wish formulas and shock as an event are no emotion", "[mentions][emotions]") {
  check_turns({
      {"Let's hope so. See you on Friday.", {}},
      {"That's the change we hope for.", {}},
      {"Bit of hope, for the first time.", {"emotion hope 'hope'"}},
      {"Shaking is common after a shock like that.", {}},
      {"Losing the job was a big shock to the family.", {}},
      {"I was so shocked when she rang.", {"emotion surprise 'shocked'"}},
  }, Role::therapist);
}

TEST_CASE("answers that rate the week, a bad feeling, small as a degree", "[mentions][emotions]") {
  check_turns({
      {"Not so good. The nights are long.", {}},
      {"Not too bad, the knee held up.", {}},
      {"There's a bad feeling in my chest when he calls.", {}},
      {"Small small, it's getting easier.", {}},
      {"I felt so small in that meeting.", {"emotion shame 'small'"}},
  }, Role::client);
}

TEST_CASE("nerves of the body, a compassionate exercise, burnout named", "[mentions][emotions]") {
  check_turns({
      {"The nerves send signals up to the brain.", {}},
      {"That's how nervous systems learn.", {}},
      {"Shall we try the compassionate letter today?", {}},
      {"Your GP used the word burnout.", {}},
      {"I'm completely burned out.", {"emotion overwhelm 'burned out'"}},
  }, Role::therapist);
}

TEST_CASE("a pastime liked or asked about is no emotion, a person loved is", "[mentions][emotions]") {
  check_turns({
      {"I used to love the allotment.", {}},
      {"What's something you used to enjoy at weekends?", {}},
      {"I love my brother, I really do.", {"emotion love 'love'"}},
  }, Role::client);
}

TEST_CASE("feeling at home is calm, a place at home is not, nor flat and down of a posture or an act",
          "[mentions][emotions]") {
  check_turns({
      {"I finally feel at home in the new job.", {"emotion calm 'feel at home'"}},
      {"What do you notice at home when you feel it?", {}},
      {"Put your feet flat on the floor and breathe.", {}},
      {"Scan from the top of your head down to your toes.", {}},
      {"I'm scared of letting him down again.", {"emotion fear 'scared'"}},
      {"I feel so let down by her.", {"emotion disappointment 'let down'"}},
  }, Role::therapist);
}

TEST_CASE("a feeling word written with a capital inside its sentence is a name", "[mentions][emotions]") {
  check_turns({
      {"So what does the Anger want from you this week?", {}},
      {"thank you so much Joy, see you Sunday", {}},
      {"Anger came first, then the shame.", {"emotion anger 'Anger'", "emotion shame 'shame'"}},
      {"I was SO ANGRY with him.", {"emotion anger 'ANGRY'"}},
      {"He said: \"Worry less.\"", {"emotion anxiety 'Worry'"}},
  }, Role::therapist);
}
