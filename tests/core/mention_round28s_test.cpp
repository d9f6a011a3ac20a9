// Round twenty-eight (sensations): a quality said of the skin and placed on another part by
// the phrase after it ("My skin is prickly on my arms") is the skin's and that part's, two
// nested mentions, as goosebumps on the arms are (docs/lexicon.md, "Round twenty-eight
// (sensations)"; tests/eval/README.md case 174). Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("the skin's quality placed on another part is the skin's and that part's", "[mentions][regions]") {
  check_turns({
      {"By the evening my skin is itchy on my legs.",
       {"sensation skin 'skin is itchy'", "sensation legs 'itchy on my legs'"}},
      {"My skin's sore all down my back.",
       {"sensation skin 'skin's sore'", "sensation back 'sore all down my back'"}},
      {"My skin feels prickly over my shoulders.",
       {"sensation skin 'skin feels prickly'", "sensation shoulders 'prickly over my shoulders'"}},
      // an aside comma before the place
      {"My skin was tingling, all up the leg.",
       {"sensation skin 'skin was tingling'", "sensation legs 'tingling, all up the leg'"}},
  }, Role::client);
}

TEST_CASE("another subject, or the skin as the place, keeps one mention", "[mentions][regions]") {
  check_turns({
      // a part that is not the skin stays the place, the phrase after it is not
      {"My hands are clammy on my knees.", {"sensation hands 'hands are clammy'"}},
      // the skin placed on the skin: its subject is the place, as before
      {"My skin is itchy all over my skin.", {"sensation skin 'skin is itchy'"}},
      // no place after the quality
      {"My skin is itchy today.", {"sensation skin 'skin is itchy'"}},
  }, Role::client);
}
