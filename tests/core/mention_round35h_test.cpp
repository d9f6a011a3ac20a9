// Round thirty-five (hypotheticals): a whole exercise in the scene state, and an
// interpreter's turn that renders the turn before. Inside an exercise opened by a
// request to tell the scene in the present (or eyes closed on a scene), each
// question of the scene hands it over again, however many turns it runs; "open
// your eyes", "come back into the room" and a turn with no scene close it. An
// interpreter's rendering is read from the state the rendered turn met.
// Dialogues written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::Transcript;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

namespace {

// find_mentions with speaker labels ("Interpreter"): the relay is read from the label
Transcript with_speakers(const std::vector<std::tuple<std::string, Role, std::string>>& turns) {
  static feltline::text::WordTokenizer tokenizer;
  static feltline::analyse::MentionFinder finder;
  Transcript t;
  for (const auto& [speaker, role, text] : turns) {
    feltline::Turn turn;
    turn.index = static_cast<int>(t.turns.size());
    turn.speaker = speaker;
    turn.role = role;
    turn.text = text;
    t.turns.push_back(std::move(turn));
  }
  const bool rules_alone = feltline::analyse::using_embedded_hypothetical_model();
  const bool all_mentions = feltline::analyse::using_embedded_mention_filter_model();
  if (rules_alone) feltline::analyse::use_hypothetical_model(nullptr);
  if (all_mentions) feltline::analyse::use_mention_filter_model(nullptr);
  finder.find(t, {}, {}, tokenizer);
  if (rules_alone) feltline::analyse::use_embedded_hypothetical_model();
  if (all_mentions) feltline::analyse::use_embedded_mention_filter_model();
  return t;
}

}  // namespace

TEST_CASE("inside an exercise told in the present, each question of the scene hands it over",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Close your eyes. Go back to the hallway of the old flat. You're nine. "
                        "Tell me what's happening, in the present, as if it's happening now."},
      {Role::client, "I'm on the stairs. The door is shut. I'm frightened."},
      {Role::therapist, "And your brother, where is he?"},
      {Role::client, "He's next to me. He's scared too. My hands are cold."},
      {Role::therapist, "How is the little boy now?"},
      {Role::client, "He's a bit calmer. My chest is loosening."},
  });
  CHECK(described(t, 1) == Strings{"emotion fear 'frightened' hyp"});
  CHECK(described(t, 3) == Strings{"emotion fear 'scared' hyp", "sensation hands 'hands are cold' hyp"});
  CHECK(described(t, 5) == Strings{"emotion calm 'calmer' hyp", "sensation chest 'chest is loosening' hyp"});
}

TEST_CASE("opening the eyes closes the exercise", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Close your eyes. Go back to the hallway of the old flat. "
                        "Tell me what's happening, in the present, as if it's happening now."},
      {Role::client, "I'm on the stairs. I'm frightened."},
      {Role::therapist, "Let the picture fade, and open your eyes when you're ready. What do you notice?"},
      {Role::client, "My shoulders are heavy. I'm tired but calm."},
  });
  CHECK(described(t, 1) == Strings{"emotion fear 'frightened' hyp"});
  CHECK(described(t, 3) == Strings{"sensation shoulders 'shoulders are heavy'", "sensation unspecified 'tired'",
                                   "emotion calm 'calm'"});
}

TEST_CASE("a turn with no scene ends the exercise", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Tell me what's happening, in the present, as if it's happening now."},
      {Role::client, "I'm at the bus stop. I'm nervous."},
      {Role::therapist, "Thank you. That was brave. Let's leave the bus there."},
      {Role::client, "Okay."},
      {Role::therapist, "How did the week go?"},
      {Role::client, "Busy. I was stressed on Tuesday."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'nervous' hyp"});
  CHECK(described(t, 5) == Strings{"emotion anxiety 'stressed'"});
}

TEST_CASE("a client telling of an exercise written in the present opens none", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "I wrote it all down at home, in the present, as if it's happening."},
      {Role::therapist, "Thank you. Where is your distress now, out of a hundred?"},
      {Role::client, "Sixty. My arms are prickly, sitting here."},
  });
  CHECK(described(t, 2) == Strings{"sensation arms 'arms are prickly'"});
}

TEST_CASE("an interpreter's rendering of the client's narration is in the scene", "[mentions][hypothetical]") {
  auto t = with_speakers({
      {"Therapist", Role::therapist,
       "Close your eyes. Go back to the yard. Tell me what's happening, in the present, as if it's happening now."},
      {"Interpreter", Role::other, "Zamknij oczy. Co się dzieje?"},
      {"Ana", Role::client, "Stoję przy bramie."},
      {"Interpreter", Role::other, "I'm standing at the gate. I'm scared. My stomach hurts."},
      {"Therapist", Role::therapist, "And what does your father do?"},
      {"Interpreter", Role::other, "A co robi tata?"},
      {"Ana", Role::client, "Krzyczy."},
      {"Interpreter", Role::other, "He shouts. My legs are shaking."},
  });
  CHECK(described(t, 3) == Strings{"emotion fear 'scared' hyp", "sensation stomach 'stomach hurts' hyp"});
  CHECK(described(t, 7) == Strings{"sensation legs 'legs are shaking' hyp"});
}

TEST_CASE("an interpreter who is the client's only voice answers from now", "[mentions][hypothetical]") {
  // no client turn is heard: the interpreter's turn is the answer, not a rendering
  auto t = with_speakers({
      {"Counsellor", Role::therapist, "Imagine the letter arrives. What would you feel?"},
      {"Interpreter", Role::other, "He says he would be so happy."},
      {"Counsellor", Role::therapist, "Thank you. Let's talk about the boys. What do they enjoy these days?"},
      {"Interpreter", Role::other, "Football. He says they are happy at the park."},
  });
  CHECK(described(t, 1) == Strings{"emotion joy 'happy' hyp"});
  CHECK(described(t, 3) == Strings{"emotion joy 'happy'"});
}

// Round thirty-five (b): a question about a state on a future occasion ("will",
// "'ll", "going to" with "you" and a feel or noticing verb) hands that occasion to
// its answer, until a sentence steps back to now, the past or a habit; "What else?"
// after the answer goes on asking it.
TEST_CASE("the answer to a question about a future occasion tells that occasion's states",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "When the craving hits on Saturday night, what will you notice in your body first?"},
      {Role::client, "My jaw goes tight. And a fluttering in my stomach."},
      {Role::therapist, "Okay, jaw and stomach. What else?"},
      {Role::client, "My hands get shaky."},
      {Role::therapist, "And what will you notice in your mood?"},
      {Role::client, "I get irritable. Then lonely."},
  });
  CHECK(described(t, 1) == Strings{"sensation jaw 'jaw goes tight' hyp", "sensation stomach 'fluttering in my stomach' hyp"});
  CHECK(described(t, 3) == Strings{"sensation hands 'hands get shaky' hyp"});
  CHECK(described(t, 5) == Strings{"emotion anger 'irritable' hyp", "emotion loneliness 'lonely' hyp"});
}

TEST_CASE("an answer to a future question that steps back to now or the past is reported",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "How do you think you'll feel when you see her on Monday?"},
      {Role::client, "Honestly I'm nervous already, right now. Last time I was furious."},
      {Role::therapist, "How are you feeling in your body?"},
      {Role::client, "My chest is tight."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'nervous'", "emotion anger 'furious'"});
  CHECK(described(t, 3) == Strings{"sensation chest 'chest is tight'"});
}
