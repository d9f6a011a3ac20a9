// Round thirty-three (sensation place from a place-only question): a bare answer
// to the other speaker's question that is only a place ("And the knee?" — "Not
// cold.") is placed in that region and keeps its negation (settled cases 346,
// 413, 498, 516); a question with other words, a longer answer, an answer that
// names its own place, the same speaker, or a question further back places
// nothing. docs/lexicon.md, "Round thirty-three (sensation place from a
// place-only question; ...)". Dialogues written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::described_answer;
using feltline::test::find_mentions;

TEST_CASE("a bare answer to a question that is only a place is placed there", "[mentions][regions]") {
  CHECK(described_answer("Good. And the knee?", "Not cold.") == std::vector<std::string>{"sensation legs 'cold' neg"});
  CHECK(described_answer("The arms?", "Tingling's gone.") == std::vector<std::string>{"sensation arms 'Tingling' neg"});
  CHECK(described_answer("What about your shoulders now?", "Still heavy.") ==
        std::vector<std::string>{"sensation shoulders 'heavy'"});
  CHECK(described_answer("And your chest?", "Warm. Quiet.") == std::vector<std::string>{"sensation chest 'Warm'"});
}

TEST_CASE("a question with other words, or an answer with its own place, places nothing", "[mentions][regions]") {
  // the guideline's "Where is the tightness?" / "Clenched."; a place named in a sentence (case 412)
  CHECK(described_answer("Where is the tightness?", "Clenched.") == std::vector<std::string>{"sensation unspecified 'Clenched'"});
  CHECK(described_answer("How is your back today?", "Burning.") == std::vector<std::string>{"sensation unspecified 'Burning'"});
  // the answer names its own place
  CHECK(described_answer("And the knee?", "My hands are cold.") == std::vector<std::string>{"sensation hands 'hands are cold'"});
  // not a bare answer: a story
  CHECK(described_answer("And the knee?", "After I walked the dog this morning I felt really cold.") ==
        std::vector<std::string>{"sensation unspecified 'cold'"});
}

TEST_CASE("only the other speaker's question just before places a bare answer", "[mentions][regions]") {
  // the same speaker asks and answers
  auto same = find_mentions({{Role::client, "My knee?"}, {Role::client, "Not cold."}});
  CHECK(described(same, 1) == std::vector<std::string>{"sensation unspecified 'cold' neg"});
  // a turn between
  auto later = find_mentions({{Role::therapist, "And the knee?"},
                              {Role::client, "Hm."},
                              {Role::therapist, "Take your time."},
                              {Role::client, "Not cold."}});
  CHECK(described(later, 3) == std::vector<std::string>{"sensation unspecified 'cold' neg"});
}
