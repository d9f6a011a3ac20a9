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

// A last question placed "in that picture" or "in the scene" hands the scene
// over, even when the turns before had left it.
TEST_CASE("a question placed in the picture hands the scene over", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Can you see it? The bus stop, Friday night, the rain."},
      {Role::client, "I'm there. I'm waiting for her."},
      {Role::therapist, "What do you notice in your body, in that picture?"},
      {Role::client, "My shoulders are loose. I'm calm."},
  });
  CHECK(described(t, 3) == Strings{"sensation shoulders 'shoulders are loose' hyp", "emotion calm 'calm' hyp"});
  auto s = find_mentions({
      {Role::therapist, "And in the scene, how is your brother?"},
      {Role::client, "He's proud of me, I think."},
  });
  CHECK(described(s, 1) == Strings{"emotion pride 'proud' hyp"});
}

TEST_CASE("a question of the room or the past about the picture hands nothing over", "[mentions][hypothetical]") {
  // the room and the past step out of the scene
  auto t = find_mentions({
      {Role::therapist, "Is that anger here now, or was it in the picture?"},
      {Role::client, "Here. I'm angry at myself."},
  });
  CHECK(described(t, 1) == Strings{"emotion anger 'angry'"});
  // a picture that is no scene's, asked with no phrase of the list
  auto s = find_mentions({
      {Role::therapist, "What do you notice in your body, looking at that photo?"},
      {Role::client, "I'm calm."},
  });
  CHECK(described(s, 1) == Strings{"emotion calm 'calm'"});
}
