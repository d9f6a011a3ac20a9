// Round fifteen: readings of heldout16 (studied) meant to transfer to other
// writers' text: how far a negation reaches. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a released need ('you don't need to feel X') prescribes nothing and denies nothing",
          "[mentions][negation][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "You don't need to feel relaxed before you start. You needn't be scared of the first minute either."},
  });
  CHECK(described(t, 0) == Strings{"emotion calm 'relaxed' hyp", "emotion fear 'scared' hyp"});
  // "no need to" still denies that the feeling is warranted (case 14)
  auto s = find_mentions({{Role::therapist, "There's no need to feel guilty about saying no."}});
  CHECK(described(s, 0) == Strings{"emotion guilt 'guilty' neg"});
}
