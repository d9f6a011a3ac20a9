// Round thirty-one (hypotheticals): a last question placed in the scene by
// "there" ("What do you feel, there by the river?", "And how do you feel, lying
// there?") hands the scene to the answer; "Is there ...?", "in there", an
// occasion of the listener ("as you're there"), a habit and the past do not.
// Dialogues written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

namespace {

// A client imagining a good day, the therapist's `question`, then `answer`.
std::vector<feltline::test::TurnSpec> placed_question(const std::string& question, const std::string& answer) {
  return {
      {Role::therapist, "What would a good Sunday look like, a year from now?"},
      {Role::client, "Me and the kids at the lake, a flask of tea, no phone. I'd be calm."},
      {Role::therapist, question},
      {Role::client, answer},
  };
}

}  // namespace

TEST_CASE("a question placed in the scene by 'there' hands it to the answer", "[mentions][hypothetical]") {
  for (const std::string q : {"What do you feel, there by the lake?", "And how do you feel, sitting there?",
                              "What are you feeling there?", "What happens in your body there, with the kids?",
                              "And you, there on the jetty?"}) {
    CAPTURE(q);
    auto t = find_mentions(placed_question(q, "Happy. My shoulders are loose. Nobody is rushing me."));
    CHECK(described(t, 3) == Strings{"emotion joy 'Happy' hyp", "sensation shoulders 'shoulders are loose' hyp"});
  }
}

TEST_CASE("'there' of the room, a habit, the past or an occasion hands nothing over", "[mentions][hypothetical]") {
  for (const std::string q : {"Is there any sadness in there?", "What were you feeling, sitting there?",
                              "And as you're there, what do you feel?", "How are you feeling there, right now?",
                              "What do you usually feel, sitting there?",
                              "I notice your jaw tightening. What's happening there?"}) {
    CAPTURE(q);
    auto t = find_mentions(placed_question(q, "Happy. My shoulders are loose. Nobody is rushing me."));
    CHECK(described(t, 3) == Strings{"emotion joy 'Happy'", "sensation shoulders 'shoulders are loose'"});
  }
}
