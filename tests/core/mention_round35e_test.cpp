// Round thirty-five (emotions): a body "on alert" explained, a rating that climbs "up to
// ninety", words by meaning from the settled cases (shiok, delira, tabanca, geli, spewing,
// "wild at", "tore up", "getting on my nerves"), South African "Shame, she ..." as sympathy,
// "good" qualifying the next state and a closing ", I hope." as a hedge. docs/lexicon.md,
// "Round thirty-five (emotions". Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("a body, brain or nervous system on alert is physiology explained", "[mentions][emotions]") {
  check_turns({
      {"That shaking is your body still on alert after the fall.", {}},
      {"When the brain is on alert, digestion slows down.", {}},
      {"It's a nervous system that's been on alert for months.", {}},
  }, Role::therapist);
  check_turns({
      {"I'm on alert all the time at work.", {"emotion anxiety 'on alert'"}},
  }, Role::client);
}

TEST_CASE("up to ninety is anxiety, a rating that went up to ninety is not", "[mentions][emotions]") {
  check_turns({
      {"I was up to ninety all week about the move.", {"emotion anxiety 'up to ninety'"}},
      {"I said forty and it went up to ninety by the evening.", {}},
  }, Role::client);
}

TEST_CASE("words by meaning from other Englishes", "[mentions][emotions]") {
  check_turns({
      {"My sister was delira when he rang.", {"emotion joy 'delira'"}},
      {"I had a bad tabanca since she left.", {"emotion sadness 'tabanca'"}},
      {"I feel geli touching the mould.", {"emotion disgust 'geli'"}},
      {"I was spewing about the parking fine.", {"emotion anger 'spewing'"}},
      {"She gets wild at me over nothing.", {"emotion anger 'wild at'"}},
      {"I was tore up about it for weeks.", {"emotion sadness 'tore up'"}},
      {"Swimming after work is so shiok.", {"emotion joy 'shiok'"}},
      {"Everyone is getting on my nerves today.", {"emotion anger 'getting on my nerves'"}},
  }, Role::client);
}

TEST_CASE("Shame, before a clause about someone else, is sympathy", "[mentions][emotions]") {
  check_turns({
      {"Shame, she has had a hard year with the kids.", {}},
      {"Shame, they never got to say goodbye.", {}},
      {"Shame, I think. And a bit of anger.", {"emotion shame 'Shame'", "emotion anger 'anger'"}},
      {"Shame, if I'm honest.", {"emotion shame 'Shame'"}},
  }, Role::client);
}

TEST_CASE("good before another state word says which kind, not joy", "[mentions][emotions]") {
  check_turns({
      {"Good nervous, like before a match.", {"emotion anxiety 'nervous'"}},
      {"Sad, but a good sad.", {"emotion sadness 'Sad'", "emotion sadness 'sad'"}},
      {"I feel good about the call.", {"emotion joy 'good'"}},
  }, Role::client);
}

TEST_CASE("a closing ', I hope.' hedges what comes before it", "[mentions][emotions]") {
  check_turns({
      {"I won't be scared of the lift, I hope.", {"emotion fear 'scared' neg hyp"}},
      {"I hope, honestly, that she calls.", {"emotion hope 'hope'"}},
      {"There's hope, I think.", {"emotion hope 'hope'"}},
  }, Role::client);
}

TEST_CASE("distressed names no settled category", "[mentions][emotions]") {
  check_turns({
      {"Out of a hundred, how distressed are you right now?", {}},
      {"I was so distressed and anxious on the bus.", {"emotion anxiety 'anxious'"}},
  }, Role::therapist);
}
