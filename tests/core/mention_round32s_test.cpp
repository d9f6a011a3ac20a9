// Round thirty-two (sensations, emotions, negations): shoulders that are down are the
// shoulders' release; a sensation word said again a few words on restates it ("Tired. Good
// tired."), one mention; "stay with that tension" and "the tension of wanting" are a conflict,
// not anxiety; "nobody would be annoyed" denies the state of everyone; Caribbean "fraid" is
// fear. docs/lexicon.md, "Round thirty-two (sensations, emotions and negations)". Sentences
// written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("shoulders that are down are released", "[mentions][regions]") {
  check_turns({
      {"After the walk my shoulders are down for once.", {"sensation shoulders 'shoulders are down'"}},
      {"Shoulders down, jaw a bit looser.", {"sensation shoulders 'Shoulders down'", "sensation jaw 'jaw a bit looser'"}},
      {"I feel down most evenings.", {"emotion sadness 'down'"}},
      {"I looked down the road.", {}},
  }, Role::client);
}

TEST_CASE("a sensation word said again a few words on restates it", "[mentions][sensations]") {
  check_turns({
      {"Tired. Good tired, like after a long walk.", {"sensation unspecified 'Tired'"}},
      {"I'm just tired. Bone tired.", {"sensation unspecified 'tired'"}},
      {"My arms are heavy, but a good heavy.", {"sensation arms 'arms are heavy'"}},
      // asked, said of someone else, or denied on its own: a second mention
      {"Tired how? Sleep tired?", {"sensation unspecified 'Tired' question", "sensation unspecified 'tired' question"}},
      {"I'm tired. Everybody's tired.", {"sensation unspecified 'tired'", "sensation unspecified 'tired'"}},
  }, Role::client);
}

TEST_CASE("tension held between two wants is a conflict, not anxiety", "[mentions][emotions]") {
  check_turns({
      {"Can you stay with that tension for a moment?", {}},
      {"Just sit with this tension, both sides of it.", {}},
      {"There's the tension of wanting to go and needing to stay.", {}},
      {"Today we practise applied tension before the blood test.", {}},
  }, Role::therapist);
  check_turns({
      {"I've carried so much tension since the move.", {"emotion anxiety 'tension'"}},
      {"I get tension headaches most evenings.", {"sensation head 'tension headaches'"}},
  }, Role::client);
}

TEST_CASE("'nobody would be' denies the state of everyone", "[mentions][negation]") {
  check_turns({
      {"Nobody would be annoyed if I left early.", {"emotion anger 'annoyed' neg hyp"}},
      {"No one will be disappointed in you.", {"emotion disappointment 'disappointed' neg hyp"}},
      {"Nobody knows I would be scared.", {"emotion fear 'scared' hyp"}},
  }, Role::client);
}

TEST_CASE("words by meaning: 'fraid', 'bronca', 'geram', 'filthy', 'comforting'", "[mentions][emotions]") {
  check_turns({
      {"Mi fraid fi go back to the clinic.", {"emotion fear 'fraid'"}},
      {"Honestly? Bronca. At all of them.", {"emotion anger 'Bronca'"}},
      {"Then I get so geram with him.", {"emotion anger 'geram'"}},
      {"I was filthy with the lot of them.", {"emotion anger 'filthy'"}},
      {"The kitchen was filthy.", {}},
      {"Holding her scarf was comforting.", {"emotion calm 'comforting'"}},
      {"I was shitting bricks before the scan.", {"emotion fear 'shitting bricks'"}},
  }, Role::client);
}

TEST_CASE("a bare body part before a denied quality is its place", "[mentions][regions][negation]") {
  check_turns({
      {"Chest not tight.", {"sensation chest 'Chest not tight' neg"}},
      {"Okay. Jaw not clenched, hands not sweaty.",
       {"sensation jaw 'Jaw not clenched' neg", "sensation hands 'hands not sweaty' neg"}},
  }, Role::client);
}

TEST_CASE("'gone' after a phrase of time still denies the sensation", "[mentions][negation]") {
  check_turns({
      {"The ache from Tuesday is gone.", {"sensation unspecified 'ache' neg"}},
      {"The back pain from the first week is gone.", {"sensation back 'back pain' neg"}},
      {"I'm scared Rob will go away.", {"emotion fear 'scared'"}},
  }, Role::client);
}

TEST_CASE("a bare body part as the subject of a perfect is its place", "[mentions][regions]") {
  check_turns({
      {"Shoulders have dropped a bit.", {"sensation shoulders 'Shoulders have dropped'"}},
      {"Legs have stopped shaking.", {"sensation legs 'Legs have stopped shaking' neg"}},
      {"Hands have to be washed first.", {}},
  }, Role::client);
}

TEST_CASE("air that can't be got, easy breathing, a back that seizes", "[mentions][sensations]") {
  check_turns({
      {"On the bus I couldn't get air.", {"sensation breath 'couldn't get air'"}},
      {"Some shortness of breath on the stairs.", {"sensation breath 'shortness of breath'"}},
      {"My breathing is easy again.", {"sensation breath 'breathing is easy'"}},
      {"It was an easy drive.", {}},
      {"Then my lower back seizes.", {"sensation back 'lower back seizes'"}},
      {"A pressure in the left ear.", {"sensation head 'pressure in the left ear'"}},
  }, Role::client);
}

TEST_CASE("'in my bones' says how deep, not where", "[mentions][regions]") {
  check_turns({
      {"I'm tired in my bones these days.", {"sensation unspecified 'tired'"}},
      {"My whole body aches.", {"sensation whole_body 'whole body aches'"}},
  }, Role::client);
}

TEST_CASE("a slow breath out is a breath taken, not felt", "[mentions][sensations]") {
  check_turns({
      {"Now one slow breath, longer out than in.", {}},
      {"Feet on the floor, long breath out.", {}},
  }, Role::therapist);
  check_turns({
      {"My breathing's slower now.", {"sensation breath 'breathing's slower'"}},
  }, Role::client);
}
