// Round thirty-five (sensations and negations): "nobody in …" denies of everyone, a denial ends at
// a person's new subject after the denied state, the state a denied state is about, "didn't feel
// nothing", "can't get a full breath", legs "like water", "the back of my leg", "wabbit".
// docs/lexicon.md, "Round thirty-five (sensations and negations".
// Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("nobody with a phrase saying which people denies the state of everyone", "[mentions][negation]") {
  check_turns({
      {"Nobody in my team was ever anxious about it.", {"emotion anxiety 'anxious' neg"}},
      {"No one at the office is worried.", {"emotion anxiety 'worried' neg"}},
      // the phrase must reach a be verb: "nobody at work knows I'm scared" denies nothing
      {"Nobody at work knows I'm scared.", {"emotion fear 'scared'"}},
  }, Role::client);
}

TEST_CASE("a denial ends at a person's new subject after the denied state", "[mentions][negation]") {
  check_turns({
      {"not even angry tbh im just exhausted", {"emotion anger 'angry' neg", "sensation unspecified 'exhausted'"}},
      {"I'm not sad I'm relieved.", {"emotion sadness 'sad' neg", "emotion relief 'relieved'"}},
      // before any denied state the subject is still inside the denial
      {"I don't think I'm angry.", {"emotion anger 'angry' neg"}},
  }, Role::client);
}

TEST_CASE("after a comma and 'and', a state with its own be verb is a new clause", "[mentions][negation]") {
  check_turns({
      {"I'm not sleeping well, and the worry is there all night.", {"emotion anxiety 'worry'"}},
      {"I'm not calm, and the tension too.", {"emotion calm 'calm' neg", "emotion anxiety 'tension' neg"}},
  }, Role::client);
}

TEST_CASE("the state a denied state is about is said", "[mentions][negation]") {
  check_turns({
      {"I'm not embarrassed about feeling sad.", {"emotion embarrassment 'embarrassed' neg", "emotion sadness 'sad'"}},
      {"I'm not ashamed of being nervous.", {"emotion shame 'ashamed' neg", "emotion anxiety 'nervous'"}},
  }, Role::client);
}

TEST_CASE("'didn't feel nothing' says the numbness", "[mentions][negation]") {
  check_turns({
      {"For months I didn't feel nothing.", {"emotion numbness 'feel nothing'"}},
      {"I feel nothing.", {"emotion numbness 'feel nothing'"}},
  }, Role::client);
}

TEST_CASE("a breath that cannot be full is shallow breathing", "[mentions][regions][negation]") {
  check_turns({
      {"I can't take a deep breath.", {"sensation breath 'can't take a deep breath'"}},
      {"And I couldn't get a full breath.", {"sensation breath 'couldn't get a full breath'"}},
  }, Role::client);
}

TEST_CASE("legs like water, the back of a leg, wabbit", "[mentions][regions]") {
  check_turns({
      {"My legs went like water.", {"sensation legs 'legs went like water'"}},
      {"My knees aren't like water now.", {"sensation legs 'knees aren't like water' neg"}},
      {"The rain ran off like water.", {}},
      {"A tingle down the back of my leg.", {"sensation legs 'tingle down the back of my leg'"}},
      {"I was wabbit all weekend.", {"sensation unspecified 'wabbit'"}},
  }, Role::client);
}

TEST_CASE("a part that is easier, acting up, stuck in the throat, tears in my eyes", "[mentions][regions]") {
  check_turns({
      {"My shoulders are easier today.", {"sensation shoulders 'shoulders are easier'"}},
      {"It's easier to talk now.", {}},
      {"My knee's been acting up again.", {"sensation legs 'knee's been acting up'"}},
      {"The kids were acting up all day.", {}},
      {"Something stuck in my throat.", {"sensation throat 'stuck in my throat'"}},
      {"Tears in my eyes, all of a sudden.", {"sensation eyes 'Tears in my eyes'"}},
  }, Role::client);
}
