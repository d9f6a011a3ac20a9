// Round thirty-four (sensations, emotions, negations): a bare answer to a place-only question
// up to the answer's first body part, body-only qualities placed by the asked place, new
// sensation and emotion words, "a bit cold" no longer the illness, "me" as "my" opening a
// sentence, "I'd be lying if I said I wasn't …", an answering "No, …".
// docs/lexicon.md, "Round thirty-four (sensations, emotions and negations".
// Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;
using feltline::test::described_answer;

TEST_CASE("a body-only quality answering a place-only question takes the asked place", "[mentions][regions]") {
  CHECK(described_answer("Neck?", "No knot. Free.") ==
        std::vector<std::string>{"sensation neck 'knot' neg", "sensation neck 'Free'"});
  CHECK(described_answer("And your heart?", "Still going.") == std::vector<std::string>{"sensation heart 'going'"});
  // without the question a body-only word is no sensation, and "free" is not one of the person
  CHECK(described_answer("How was the weekend?", "Free. No plans at all.") == std::vector<std::string>{});
}

TEST_CASE("a bare answer ends at the answer's first body part", "[mentions][regions]") {
  CHECK(described_answer("Chest?", "Not cold any more. Feet are warm though.") ==
        std::vector<std::string>{"sensation chest 'cold' neg", "sensation feet 'Feet are warm'"});
  // the body part in the first sentence: nothing is bare
  CHECK(described_answer("Chest?", "Warm in my hands.") == std::vector<std::string>{"sensation hands 'Warm in my hands'"});
}

TEST_CASE("clenchy jaws, hands that go into fists, a coiled body", "[mentions][regions]") {
  check_turns({
      {"My jaw feels a bit clenchy today.", {"sensation jaw 'jaw feels a bit clenchy'"}},
      {"And my hands go into fists.", {"sensation hands 'go into fists'"}},
      {"My whole body coiled, waiting.", {"sensation whole_body 'whole body coiled'"}},
      // an exercise's instruction is an act, not a sensation
      {"The rope was coiled by the door.", {}},
  }, Role::client);
}

TEST_CASE("a cold spot, a skipping heart, a bubbling stomach, puffing", "[mentions][regions]") {
  check_turns({
      {"Under my ribs, like a cold spot.", {"sensation chest 'ribs, like a cold spot'"}},
      {"Then my heart does a little skip.", {"sensation heart 'heart does a little skip'"}},
      {"My stomach keeps bubbling.", {"sensation stomach 'stomach keeps bubbling'"}},
      {"I'm puffing a bit after the stairs.", {"sensation breath 'puffing'"}},
      {"The soup was bubbling on the stove.", {}},
  }, Role::client);
}

TEST_CASE("tired in slang: cooked, buggered", "[mentions]") {
  check_turns({
      {"I'm cooked, honestly.", {"sensation unspecified 'cooked'"}},
      {"By Friday I'm just buggered.", {"sensation unspecified 'buggered'"}},
      {"The chicken is cooked.", {}},
  }, Role::client);
}

TEST_CASE("a bit cold is a sensation, a cold is the illness", "[mentions][regions]") {
  check_turns({
      {"My feet are a little cold.", {"sensation feet 'feet are a little cold'"}},
      {"I've got a cold.", {}},
      {"She has a cold this week.", {}},
  }, Role::client);
}

TEST_CASE("a feel-only emotion word after a quality is no emotion it describes", "[mentions][regions]") {
  check_turns({
      {"My eyes are burning small.", {"sensation eyes 'eyes are burning'"}},
      {"My heart does a small skip.", {"sensation heart 'heart does a small skip'"}},
  }, Role::client);
}

TEST_CASE("a body part set off by a comma places a quality after 'a sort of'", "[mentions][regions]") {
  check_turns({
      {"In my throat, a sort of tightness.", {"sensation throat 'throat, a sort of tightness'"}},
      {"My back, kind of stiff.", {"sensation back 'back, kind of stiff'"}},
  }, Role::client);
}

TEST_CASE("'me' before a body part is 'my' when it opens a sentence or an 'and' clause", "[mentions][regions]") {
  check_turns({
      {"Me shoulders are tight again.", {"sensation shoulders 'shoulders are tight'"}},
      {"It starts low and me face goes hot.", {"sensation face 'face goes hot'"}},
      // after a verb "me" is the object
      {"It gives me back problems.", {}},
  }, Role::client);
}

TEST_CASE("new emotion words: feel nowt, hohā, hiraeth, missing a person", "[mentions][emotions]") {
  check_turns({
      {"Honestly I feel nowt.", {"emotion numbness 'feel nowt'"}},
      {"I'm so hōhā with the council.", {"emotion frustration 'hōhā'"}},
      {"It's hiraeth, I suppose.", {"emotion loneliness 'hiraeth'"}},
      {"I miss the girl every day.", {"emotion love 'miss the girl'"}},
  }, Role::client);
}

TEST_CASE("a risk question about hurting oneself is no sadness", "[mentions][emotions]") {
  check_turns({
      {"Have you had any thoughts of hurting yourself?", {}},
      {"Do you think about harming yourself?", {}},
  }, Role::therapist);
}

TEST_CASE("'I'd be lying if I said I wasn't' asserts the state", "[mentions][negation]") {
  check_turns({
      {"I'd be lying if I said I wasn't nervous.", {"emotion anxiety 'nervous'"}},
      {"I wasn't nervous.", {"emotion anxiety 'nervous' neg"}},
  }, Role::client);
}

TEST_CASE("an answering 'No,' does not deny the clause after it", "[mentions][negation]") {
  CHECK(described_answer("Any stiffness?", "No, calves feel loose.") == std::vector<std::string>{"sensation legs 'calves feel loose'"});
  CHECK(described_answer("Any stiffness?", "No, my neck isn't stiff.") == std::vector<std::string>{"sensation neck 'neck isn't stiff' neg"});
  CHECK(described_answer("Any pain?", "No pain, no.") == std::vector<std::string>{"sensation unspecified 'pain' neg"});
}
