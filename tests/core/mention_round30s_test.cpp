// Round thirty (sensations): a body part named in a fragment of its own place ("Up in my
// throat. Tight.") places the quality of the next fragment; a quality whose subject is
// another person ("He's shaking", "someone was sick") is theirs, no mention (settled cases
// 43, 145, 230), unless an interpreter says it for the client (case 205); being sick and
// throwing up are events, not sensations (case 96); "tense" and "restless" with no body
// part are anxiety (cases 215, 76). docs/lexicon.md, "Round thirty
// (sensations)". Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("a fragment that names only the place places the quality after it", "[mentions][regions]") {
  check_turns({
      {"Up in my throat. Tight.", {"sensation throat 'throat. Tight'"}},
      {"Here, across my shoulders. Heavy.", {"sensation shoulders 'shoulders. Heavy'"}},
      {"Right behind my eyes. Sore.", {"sensation eyes 'eyes. Sore'"}},
  }, Role::client);
}

TEST_CASE("a sentence with a verb before the place is no topic", "[mentions][regions]") {
  check_turns({
      // the place of an act, not of the quality
      {"I left it in my pocket. Heavy.", {"sensation unspecified 'Heavy'"}},
      {"She sat on my lap. Warm.", {"sensation unspecified 'Warm'"}},
  }, Role::client);
}

TEST_CASE("another person's sensation is not a mention", "[mentions][other-people]") {
  check_turns({
      {"He's tired all the time.", {}},
      {"She was shaking when she came in.", {}},
      {"Someone felt sick on the ferry.", {}},
      // the nearest person before the quality is its subject
      {"He says I'm tired all the time.", {"sensation unspecified 'tired'"}},
      {"When he left I was shaking.", {"sensation unspecified 'shaking'"}},
      // another's emotions stay mentions (case 78)
      {"She was furious.", {"emotion anger 'furious'"}},
  }, Role::client);
}

TEST_CASE("an interpreter's third person is the client's", "[mentions][other-people]") {
  check_turns({
      {"He says he is tired all the time.", {"sensation unspecified 'tired'"}},
  }, Role::other);
}

TEST_CASE("being sick and throwing up are events, the urge is a sensation", "[mentions][events]") {
  check_turns({
      {"I was scared I'd throw up in the car.", {"emotion fear 'scared'"}},
      {"I wasn't sick in the end.", {}},
      {"I think I'm going to be sick.", {}},
      {"I feel like I'm going to throw up.", {"sensation stomach 'going to throw up'"}},
      {"I wanted to vomit.", {"sensation stomach 'wanted to vomit'"}},
      {"I feel sick.", {"sensation stomach 'sick'"}},
      {"I was sick to my stomach.", {"sensation stomach 'sick to my stomach'"}},
  }, Role::client);
}

TEST_CASE("'tense' and 'restless' with no body part are anxiety", "[mentions][emotions]") {
  check_turns({
      {"He went out and I was restless all evening.", {"emotion anxiety 'restless'"}},
      {"At night my legs get restless.", {"sensation legs 'legs get restless'"}},
      {"I was so tense before the meeting.", {"emotion anxiety 'tense'"}},
      {"My neck is tense again.", {"sensation neck 'neck is tense'"}},
      {"Tense your shoulders, then let go.", {"sensation shoulders 'Tense your shoulders' hyp"}},
  }, Role::client);
}
