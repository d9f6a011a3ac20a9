// Round thirty-seven (emotions): a therapist's courtesy with its clause ("I'm glad she came
// with you", "I hope the week goes gently"), a body's process named with a feeling word
// ("tummy upset", "stress response", "nervous breakdown"), and words of the studied splits
// ("it still stings", "black affronted", "nakakahiya", "malu"). docs/lexicon.md, "Round
// thirty-seven (emotions". Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("a therapist's gladness at what another did is a courtesy", "[mentions][emotions]") {
  check_turns({
      {"I'm glad your sister came with you today.", {}},
      {"I'm really glad this class is helping.", {}},
      {"Glad he's home safe. Shall we start?", {}},
      {"I'm glad the walk went well.", {}},
  }, Role::therapist);
  check_turns({
      // the client's own gladness, with or without a clause, stays
      {"I'm glad she phoned me last night.", {"emotion joy 'glad'"}},
      {"I'm glad I came in today.", {"emotion joy 'glad'"}},
  }, Role::client);
  check_turns({
      // the therapist's own state, or gladness told of the past, stays
      {"I was glad to be away from the ward that week.", {"emotion joy 'glad'"}},
  }, Role::therapist);
}

TEST_CASE("a therapist's wish for the client's week is a wish formula", "[mentions][emotions]") {
  check_turns({
      {"I hope the dinner is lovely.", {}},
      {"I hope that helps a bit.", {}},
      {"I really hope she calls you back.", {}},
  }, Role::therapist);
  check_turns({
      // a noun after a comma is the feeling talked about, not the wish
      {"You spoke about the grief, hope that feels fragile, and the guilt.",
       {"emotion sadness 'grief'", "emotion hope 'hope'", "emotion guilt 'guilt'"}},
  }, Role::therapist);
}

TEST_CASE("a body's process or an illness named with a feeling word is no emotion", "[mentions][emotions]") {
  check_turns({
      // no emotion "upset"; the stomach sensation is round 37s's (a symptom asked after)
      {"Any tummy upset since the new tablets?", {"sensation stomach 'tummy upset' question"}},
      {"It can be part of the stress response.", {}},
      {"My aunt had a nervous breakdown in her forties.", {}},
      {"I was upset all evening.", {"emotion sadness 'upset'"}},
      {"I'm so nervous about the scan.", {"emotion anxiety 'nervous'"}},
  }, Role::client);
}

TEST_CASE("a hurt that still stings, and words from the studied splits", "[mentions][emotions]") {
  check_turns({
      {"What he said at the party, it still stings.", {"emotion sadness 'it still stings'"}},
      {"Honestly, that stings.", {"emotion sadness 'that stings'"}},
      {"I was black affronted in front of the whole class.", {"emotion embarrassment 'black affronted'"}},
      {"I felt so malu when they laughed.", {"emotion embarrassment 'malu'"}},
      {"Nakakahiya, the whole office saw it.", {"emotion embarrassment 'Nakakahiya'"}},
      // the bare "it stings" is often a sting of the skin: not the hurt of sadness
      {"The antiseptic goes on and it stings.", {}},
  }, Role::client);
}
