// Round thirty-six (sensations and negations): a negated expectation, a negated thought about
// what to call a state, "I wouldn't say …", a sensation that has "gone quiet".
// docs/lexicon.md, "Round thirty-six (sensations and negations".
// Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("a negated expectation does not deny the state expected", "[mentions][negation]") {
  check_turns({
      {"I didn't expect to feel calm after the call.", {"emotion calm 'calm' hyp"}},
      {"Honestly I was not expecting to feel relieved.", {"emotion relief 'relieved' hyp"}},
      // a modal before the negation predicts the state's absence
      {"I wouldn't expect to be scared at the party.", {"emotion fear 'scared' neg hyp"}},
  }, Role::client);
}

TEST_CASE("a negated thought about what to call it names the state", "[mentions][negation]") {
  check_turns({
      {"I never thought of it as shame.", {"emotion shame 'shame'"}},
      {"I don't see it as anger, more like tiredness.", {"emotion anger 'anger'", "sensation unspecified 'tiredness'"}},
      {"I don't think I'm ashamed.", {"emotion shame 'ashamed' neg"}},
  }, Role::client);
}

TEST_CASE("what one would not say is denied, not imagined", "[mentions][negation]") {
  check_turns({
      {"I wouldn't say furious.", {"emotion anger 'furious' neg"}},
      {"I would not say I feel lonely these days.", {"emotion loneliness 'lonely' neg"}},
      {"I'd say I'm lonely.", {"emotion loneliness 'lonely'"}},
  }, Role::client);
}

TEST_CASE("a sensation that has gone quiet is still said", "[mentions][negation]") {
  check_turns({
      {"The buzzing has gone quiet now.", {"sensation unspecified 'buzzing'"}},
      {"The buzzing has gone now.", {"sensation unspecified 'buzzing' neg"}},
  }, Role::client);
}

TEST_CASE("zero set off by punctuation is a number given, not a denial", "[mentions][negation]") {
  check_turns({
      {"Ten to zero, sleepy and calm.", {"sensation unspecified 'sleepy'", "emotion calm 'calm'"}},
      {"Zero anxiety now.", {"emotion anxiety 'anxiety' neg"}},
  }, Role::client);
}

TEST_CASE("a sensation told by a simile with its body part named", "[mentions][sensation]") {
  check_turns({
      {"Throat like a vice.", {"sensation throat 'Throat like a vice'"}},
      {"My legs are like cement today.", {"sensation legs 'legs are like cement'"}},
      {"My mouth is bone dry.", {"sensation throat 'mouth is bone dry'"}},
      {"My eyes feel like sandpaper.", {"sensation eyes 'eyes feel like sandpaper'"}},
      {"It's like a brick in my stomach.", {"sensation stomach 'brick in my stomach'"}},
  }, Role::client);
}

TEST_CASE("shoulders high and a quiet head are placed", "[mentions][sensation]") {
  check_turns({
      {"My shoulders are really high.", {"sensation shoulders 'shoulders are really high'"}},
      {"My head is quieter now.", {"sensation head 'head is quieter'"}},
      // with no body part the words are nothing felt
      {"The ward was quiet and the prices were high.", {}},
  }, Role::client);
}

TEST_CASE("holding one's own breath is a sensation, 'hold your breath' an instruction", "[mentions][sensation]") {
  check_turns({
      {"I notice I'm holding my breath.", {"sensation breath 'holding my breath'"}},
  }, Role::client);
  check_turns({
      {"Hold your breath and lean forward over the bowl.", {}},
  }, Role::therapist);
}

TEST_CASE("waking drenched is sweating, breathing better is the breath", "[mentions][sensation]") {
  check_turns({
      {"Most nights I wake up drenched.", {"sensation unspecified 'wake up drenched'"}},
      {"I can breathe a little better now.", {"sensation breath 'breathe a little better'"}},
      // a towel drenched in the rain is no sweat
      {"The towel was drenched.", {}},
  }, Role::client);
}
