// Round eight: a released obligation ("you don't have to feel X") is a
// prescription, not a denial, and everyday and dialect feeling words as data
// (tests/eval/README.md, "round eight"). Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("'don't have to feel' releases an obligation: imagined, not denied", "[mentions][hypothetical]") {
  // tests/eval/README.md, heldout8 question 5 and settled case 3
  check_turns(
      {
          {"You don't have to be afraid of the dark now.", {"emotion fear 'afraid' hyp"}},
          {"She doesn't have to feel guilty about resting.", {"emotion guilt 'guilty' hyp"}},
          // "no need to" stays a denial that the feeling is warranted (settled case 14)
          {"There's no need to feel embarrassed here.", {"emotion embarrassment 'embarrassed' neg"}},
      },
      Role::client);
}

TEST_CASE("everyday and dialect feeling words by what they mean", "[mentions][lexicon]") {
  check_turns(
      {
          {"Every night I get kan cheong before the call.", {"emotion anxiety 'kan cheong'"}},
          {"I felt so paiseh in front of everyone.", {"emotion embarrassment 'paiseh'"}},
          {"He makes me buay song every time.", {"emotion anger 'buay song'"}},
          {"I was so vex with him.", {"emotion anger 'vex'"}},
          {"Honestly I was stoked with how it went.", {"emotion joy 'stoked'"}},
          {"I keep kicking myself over it.", {"emotion guilt 'kicking myself'"}},
          {"Some days I just hate myself.", {"emotion shame 'hate myself'"}},
          {"My heart is breaking for my dad.", {"emotion sadness 'heart is breaking'"}},
          {"A real sense of triumph when I finished.", {"emotion pride 'triumph'"}},
          {"By the end of the shift I'm wiped.", {"sensation unspecified 'wiped'"}},
          {"I felt completely depleted.", {"sensation unspecified 'depleted'"}},
          {"My skin goes crawly in crowds.", {"sensation skin 'skin goes crawly'"}},
          {"Feeding again and my boobs are so sore.", {"sensation chest 'boobs are so sore'"}},
      },
      Role::client);
}
