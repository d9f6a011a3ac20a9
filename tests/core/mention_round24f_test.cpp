// Round twenty-four (hypotheticals, false flags): a feeling named as the subject
// of a statement about it ("Panic is a strong word.") continues no imagined
// state. Dialogues written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a feeling named as a subject after an imagined one is talked about", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "If the train stopped in the tunnel I'd be terrified."},
      {Role::therapist, "Terrified is a big word. What happens in your chest?"},
  });
  CHECK(described(t, 0) == Strings{"emotion fear 'terrified' hyp"});
  CHECK(described(t, 1) == Strings{"emotion fear 'Terrified' echo"});
  // a general remark about the state, with a short phrase before its verb
  auto s = find_mentions({
      {Role::client, "I'd feel so lonely without the dog."},
      {Role::therapist, "Loneliness after a loss is one of the hardest things."},
  });
  CHECK(described(s, 1) == Strings{"emotion loneliness 'Loneliness' echo"});
  // in the same turn, after the imagined sentence
  auto r = find_mentions({
      {Role::therapist, "You might feel a bit sad later. Sadness is part of grieving."},
  });
  CHECK(described(r, 0) == Strings{"emotion sadness 'sad' hyp", "emotion sadness 'Sadness'", "emotion sadness 'grieving'"});
}

TEST_CASE("a feeling weighed or denied as a subject stays imagined", "[mentions][hypothetical]") {
  // the predicate weighs the imagined state: it goes on with it
  auto t = find_mentions({
      {Role::client, "Then I'd be irritated rather than ashamed. Irritated is easier."},
  });
  CHECK(described(t, 0) ==
        Strings{"emotion anger 'irritated' hyp", "emotion shame 'ashamed' hyp", "emotion anger 'Irritated' hyp"});
  // a denied state as the subject is an aim
  auto s = find_mentions({
      {Role::client, "I'd like to stay calm on the call."},
      {Role::therapist, "Not panicking is a fine goal."},
  });
  CHECK(described(s, 1) == Strings{"emotion anxiety 'panicking' neg hyp"});
  // a verbless fragment still goes on with the state imagined before it
  auto r = find_mentions({
      {Role::client, "I'd be scared. Properly scared."},
  });
  CHECK(described(r, 0) == Strings{"emotion fear 'scared' hyp", "emotion fear 'scared' hyp"});
}

TEST_CASE("the outcome set against a prediction happened", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "You predicted panic and got a little nervous."},
  });
  CHECK(described(t, 0) == Strings{"emotion anxiety 'panic' hyp", "emotion anxiety 'nervous'"});
  auto s = find_mentions({
      {Role::therapist, "So the prediction was shame, and what you got was relief and a warm face."},
  });
  CHECK(described(s, 0) ==
        Strings{"emotion shame 'shame' hyp", "emotion relief 'relief'", "sensation face 'warm face'"});
  // no outcome phrase: the prediction keeps the rest of its sentence
  auto r = find_mentions({
      {Role::therapist, "You expected to be calm on the day."},
  });
  CHECK(described(r, 0) == Strings{"emotion calm 'calm' hyp"});
}

TEST_CASE("'not going to lie' is a formula of the speaker now, no prediction", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "Not gonna lie, I'm still dreading the weigh-in."},
      {Role::therapist, "I'm not going to lecture you, but sore feet are worth a look. You're going to be nervous."},
  });
  CHECK(described(t, 0) == Strings{"emotion anxiety 'dreading'"});
  // the formula frees what follows it; a real prediction after it keeps its cue
  CHECK(described(t, 1) == Strings{"sensation feet 'sore feet'", "emotion anxiety 'nervous' hyp"});
}

TEST_CASE("a state about what will happen is felt now", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Before the call, what are you most worried will happen?"},
  });
  CHECK(described(t, 0) == Strings{"emotion anxiety 'worried' question"});
  auto s = find_mentions({
      {Role::therapist, "What do you fear might happen at the party?"},
  });
  CHECK(described(s, 0) == Strings{"emotion fear 'fear' question"});
  // the modal still reaches a state after it
  auto r = find_mentions({
      {Role::client, "I'm scared it will happen and I'll be ashamed."},
  });
  CHECK(described(r, 0) == Strings{"emotion fear 'scared'", "emotion shame 'ashamed' hyp"});
}
