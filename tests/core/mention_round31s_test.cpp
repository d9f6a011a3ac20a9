// Round thirty-one (sensations and emotions): "tension" with no body part is anxiety (case
// 13's words by meaning, like round thirty's "tense"); "no appetite" is the stomach, denied;
// "it's too much" is overwhelm, "too much to ask" is not; a sensation with no place named
// with "the" after a preposition of talk ("on top of the pain") is the topic, not felt
// (case 89); worry-time tools ("the worry slot") are not worry; "squeamish" is disgust,
// "destroyed" of a person sadness, Tagalog "kinakabahan" anxiety. docs/lexicon.md, "Round
// thirty-one (sensations and emotions)". Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("'tension' with no body part is anxiety", "[mentions][emotions]") {
  check_turns({
      {"I've had so much tension since the results came.", {"emotion anxiety 'tension'"}},
      {"The tension sits right in my neck.", {"sensation neck 'tension sits right in my neck'"}},
      {"Tension in my shoulders again.", {"sensation shoulders 'Tension in my shoulders'"}},
  }, Role::client);
  // a body scan's "any tension" is looked for in the body
  check_turns({
      {"Notice any tension as you breathe out.", {"sensation unspecified 'any tension' hyp"}},
  }, Role::therapist);
}

TEST_CASE("appetite is the stomach's, and its absence is denied", "[mentions][regions]") {
  check_turns({
      {"I've had no appetite since Tuesday.", {"sensation stomach 'appetite' neg"}},
      {"My appetite's gone completely.", {"sensation stomach 'appetite' neg"}},
  }, Role::client);
}

TEST_CASE("'it's too much' is overwhelm, 'too much to' measures a task", "[mentions][emotions]") {
  check_turns({
      {"Some evenings it's just too much.", {"emotion overwhelm 'it's just too much'"}},
      {"It's too much to ask of her.", {}},
      {"He talks too much.", {}},
  }, Role::client);
}

TEST_CASE("an unplaced sensation after a preposition of talk is the topic", "[mentions][topics]") {
  check_turns({
      {"I'm sick of the pain running my week.", {"emotion frustration 'sick of'"}},
      {"Apart from the pain, how was the trip?", {}},
      {"The pain was bad last night.", {"sensation unspecified 'pain'"}},
      {"I woke with the pain in my chest again.", {"sensation chest 'pain in my chest'"}},
  }, Role::client);
}

TEST_CASE("words for squeamishness, devastation and nerves", "[mentions][emotions]") {
  check_turns({
      {"She was never squeamish about blood.", {"emotion disgust 'squeamish' neg"}},
      {"If he left I'd be destroyed.", {"emotion sadness 'destroyed' hyp"}},
      {"The old barn was destroyed in the storm.", {}},
      {"Medyo kinakabahan ako about Monday.", {"emotion anxiety 'kinakabahan'"}},
  }, Role::client);
}

TEST_CASE("worry-time tools are not worry", "[mentions][emotions]") {
  check_turns({
      {"Keep the worry slot at six, and put the rest in the worry box.", {}},
      {"I still worry about her.", {"emotion anxiety 'worry'"}},
  }, Role::therapist);
}
