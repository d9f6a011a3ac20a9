// Round twenty-seven (hypotheticals): a feeling weighed by a degree ("Uneasy is
// a lot easier than panic") goes on with the imagined state; "a" opens no noun
// that names it there. Dialogues written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a feeling weighed by a degree after an imagined one stays imagined", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "If he shouted at me I'd be nervous, not frantic."},
      {Role::therapist, "Nervous is a lot easier to live with. What would you do next?"},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'Nervous' hyp echo"});
  auto s = find_mentions({
      {Role::client, "I think I'd feel annoyed with her."},
      {Role::therapist, "Annoyed is a bit gentler than furious."},
  });
  CHECK(described(s, 1).front() == "emotion anger 'Annoyed' hyp echo");
}

TEST_CASE("a feeling named by a noun after a degree word stays a statement", "[mentions][hypothetical]") {
  // "a bit of a theme" names the state: the sentence talks about it
  auto t = find_mentions({
      {Role::client, "If he shouted at me I'd be nervous."},
      {Role::therapist, "Nervous is a bit of a theme for you."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'Nervous' echo"});
  // the round twenty-four reading is kept for a plain noun
  auto s = find_mentions({
      {Role::client, "If he shouted at me I'd be nervous."},
      {Role::therapist, "Nervous is a good word for it."},
  });
  CHECK(described(s, 1) == Strings{"emotion anxiety 'Nervous' echo"});
}

