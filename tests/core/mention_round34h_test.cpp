// Round thirty-four (hypotheticals): an invitation to imagine among the turn's
// last three sentences, ending the turn or followed by a short question of the
// scene ("Picture the start line. What do you notice?", "... Picture that one."),
// leaves the answer to decide: an answer that narrates ("I'm walking out.")
// goes on in the scene, one that names a feeling first ("Dread.") or steps back
// to the room reports what is felt now. Dialogues written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("an answer that narrates after 'Picture ... What do you notice?' is in the scene",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Let's try it once more. Picture the exam hall again. Row three. What do you notice?"},
      {Role::client, "I'm walking to my desk. My hands are steady. I'm excited, not scared."},
  });
  CHECK(described(t, 1) == Strings{"sensation hands 'hands are steady' hyp", "emotion joy 'excited' hyp",
                                   "emotion fear 'scared' neg hyp"});
}

TEST_CASE("an answer to an invitation that ends the turn narrates the scene", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Now a different Sunday. You've planned it: lunch at noon, a walk after, home by four. "
                        "Picture that one."},
      {Role::client, "Okay. I'm at the table. My sister is talking. I'm calm and my stomach is settled."},
  });
  CHECK(described(t, 1) == Strings{"emotion calm 'calm' hyp", "sensation stomach 'stomach is settled' hyp"});
}

TEST_CASE("a feeling named first after the invitation is felt now", "[mentions][hypothetical]") {
  // "Dread." answers from the room (settled before round four)
  auto t = find_mentions({
      {Role::therapist, "Picture the exam hall again. What do you notice?"},
      {Role::client, "Dread. My stomach is tight just thinking about it."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'Dread'", "sensation stomach 'stomach is tight'"});
}

TEST_CASE("a question of the room after the invitation hands nothing over", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Picture the exam hall again. And right now, here in the room, what do you notice?"},
      {Role::client, "I'm sitting here and my chest is tight. I'm nervous."},
  });
  CHECK(described(t, 1) == Strings{"sensation chest 'chest is tight'", "emotion anxiety 'nervous'"});
}

TEST_CASE("a sentence opened by the room steps out of a running scene", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "If you picture the interview, what do you imagine your body doing?"},
      {Role::client, "In the picture my hands are shaking and I'm terrified. But sitting here, my hands are still. "
                     "I'm fairly calm."},
  });
  CHECK(described(t, 1) == Strings{"sensation hands 'hands are shaking' hyp", "emotion fear 'terrified' hyp",
                                   "emotion calm 'calm'"});
}

TEST_CASE("a release asked for with 'let' is prescribed", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Breathe out slowly, and let your shoulders drop. Let the jaw soften."},
      {Role::client, "My shoulders are tight."},
  });
  CHECK(described(t, 0) == Strings{"sensation shoulders 'shoulders drop' hyp", "sensation jaw 'jaw soften' hyp"});
}

TEST_CASE("a state allowed with 'let' stays a report", "[mentions][hypothetical]") {
  // the trembling is there already; "let" allows it, it asks for nothing new
  auto t = find_mentions({
      {Role::client, "My legs are trembling."},
      {Role::therapist, "Let the trembling come. Let the loosening happen too."},
  });
  CHECK(described(t, 1) == Strings{"sensation unspecified 'trembling' echo", "sensation unspecified 'loosening'"});
}

TEST_CASE("'if you rate' asks for a number of a state now", "[mentions][hypothetical]") {
  // the condition is the rating, not the state: the sadness is there to be rated
  auto t = find_mentions({
      {Role::client, "My shoulders are heavy and I'm a little sad."},
      {Role::therapist, "If you rated the sadness now, what number would it be?"},
  });
  CHECK(described(t, 1) == Strings{"emotion sadness 'sadness' question echo"});
}

TEST_CASE("'I don't know.' before a fragment answering a conditional question is skipped",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "If the results came back clear, what would you feel?"},
      {Role::client, "I don't know. Maybe relieved."},
  });
  CHECK(described(t, 1) == Strings{"emotion relief 'relieved' hyp"});
  t = find_mentions({
      {Role::therapist, "How are you feeling today?"},
      {Role::client, "I don't know. Maybe tired."},
  });
  CHECK(described(t, 1) == Strings{"sensation unspecified 'tired'"});
}
