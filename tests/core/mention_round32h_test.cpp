// Round thirty-two (hypotheticals): inside a scene being narrated, a present
// speech verb ("he asks", "she says", "I tell him") followed by the past ("how
// was the exam", "I've been numb for months") reports what is said in the scene:
// the scene goes on after the sentence, and the past said is left unflagged.
// Dialogues written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

namespace {

// The therapist sets a scene and asks what happens; the client answers `answer`.
std::vector<feltline::test::TurnSpec> narrated(const std::string& answer) {
  return {
      {Role::therapist, "Let's imagine the family lunch on Saturday. You're at the table with your uncle. What happens?"},
      {Role::client, answer},
  };
}

}  // namespace

TEST_CASE("the past said in the scene after a present speech verb does not end it", "[mentions][hypothetical]") {
  auto t = find_mentions(narrated("He asks how was the interview. My palms go damp. I'm embarrassed."));
  CHECK(described(t, 1) ==
        Strings{"sensation hands 'palms go damp' hyp", "emotion embarrassment 'embarrassed' hyp"});
  t = find_mentions(narrated("She says the soup was too salty. I'm annoyed."));
  CHECK(described(t, 1) == Strings{"emotion anger 'annoyed' hyp"});
}

TEST_CASE("the past said in the scene is itself not flagged", "[mentions][hypothetical]") {
  auto t = find_mentions(narrated("I tell him I was lonely all winter. I'm nervous."));
  CHECK(described(t, 1) == Strings{"emotion loneliness 'lonely'", "emotion anxiety 'nervous' hyp"});
}

TEST_CASE("a past speech verb or 'now' after the speech verb still ends the scene", "[mentions][hypothetical]") {
  // "said" reports the past itself; "right now" speaks from the room
  auto t = find_mentions(narrated("He said it was fine. I'm embarrassed."));
  CHECK(described(t, 1) == Strings{"emotion embarrassment 'embarrassed'"});
  t = find_mentions(narrated("He says we can go now. I'm embarrassed."));
  CHECK(described(t, 1) == Strings{"emotion embarrassment 'embarrassed'"});
}

TEST_CASE("'honestly' opening a sentence of the narration goes on with it", "[mentions][hypothetical]") {
  // like "then" or "suddenly": the narrator's stance, not a step out to the room
  auto t = find_mentions(narrated("I sit down. He passes the salt. Honestly, I'm relieved. And then, honestly, a bit sad."));
  CHECK(described(t, 1) == Strings{"emotion relief 'relieved' hyp", "emotion sadness 'sad' hyp"});
}

TEST_CASE("'maybe' opening a sentence of the narration goes on with it", "[mentions][hypothetical]") {
  // "Maybe a little nervous.": the narrator unsure of the feeling in the scene, still in it
  auto t = find_mentions(narrated("I pass him the bread. Maybe a little nervous. Maybe my stomach tight."));
  CHECK(described(t, 1) == Strings{"emotion anxiety 'nervous' hyp", "sensation stomach 'stomach tight' hyp"});
}

TEST_CASE("'no', 'not', 'just', 'still' and 'also' opening a narrated sentence go on with it",
          "[mentions][hypothetical]") {
  // "No tight chest.", "Still nervous.": what the narrator finds, or does not, in the scene
  auto t = find_mentions(narrated("I pass him the bread. No tight chest. Still a bit nervous. Not angry."));
  CHECK(described(t, 1) == Strings{"sensation chest 'tight chest' neg hyp", "emotion anxiety 'nervous' hyp",
                                   "emotion anger 'angry' neg hyp"});
}

TEST_CASE("a lone 'okay' mid-narration leaves the scene to the next sentence", "[mentions][hypothetical]") {
  auto t = find_mentions(narrated("He looks at me. I'm shaking. Okay. I'm not scared. I say it."));
  CHECK(described(t, 1) == Strings{"sensation unspecified 'shaking' hyp", "emotion fear 'scared' neg hyp"});
  // the next sentence steps out: "right now" speaks from the room
  t = find_mentions(narrated("He looks at me. I'm shaking. Okay. Right now I'm calm."));
  CHECK(described(t, 1) == Strings{"sensation unspecified 'shaking' hyp", "emotion calm 'calm'"});
}
