// Round thirty-six, the lead's re-read (branch reread36): a clinician's "That sounds ADJ" after a
// client's turn. The studied splits annotate it as the emotion, reported (cases 30 and 88), in
// about 117 of 123 uses, while cases 274, 514 and 537 read it as a situation judged; the re-read
// left the annotations and the finder as they are (docs/lexicon.md, "(c) A situation judged").
// These tests pin what the finder does now, so a later rule changes them on purpose.
// Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;

TEST_CASE("a reflection of a state the client has just named is the emotion", "[mentions][emotions]") {
  // cases 30 and 507: the clinician's adjective says back the client's fear
  auto t = find_mentions({{Role::client, "I was so scared when the lift stopped between floors."},
                          {Role::therapist, "That sounds really frightening."}});
  CHECK(described(t, 0) == std::vector<std::string>{"emotion fear 'scared'"});
  CHECK(described(t, 1) == std::vector<std::string>{"emotion fear 'frightening'"});
}

TEST_CASE("an adjective of the client's experience with no state named before is kept (case 30)",
          "[mentions][emotions]") {
  auto t = find_mentions({{Role::client, "Nobody at the new job talks to me at lunch."},
                          {Role::therapist, "That sounds lonely."}});
  CHECK(described(t, 1) == std::vector<std::string>{"emotion loneliness 'lonely'"});
}

TEST_CASE("what the client does, judged exhausting, is a sensation (case 43)", "[mentions][sensations]") {
  auto t = find_mentions({{Role::client, "I keep redoing every email three times before I send it."},
                          {Role::therapist, "That sounds exhausting."}});
  CHECK(described(t, 1) == std::vector<std::string>{"sensation unspecified 'exhausting'"});
}

TEST_CASE("a situation judged hard names no state (case 537)", "[mentions][emotions]") {
  auto t = find_mentions({{Role::client, "Then the boiler broke and the landlord never came."},
                          {Role::therapist, "That must be really hard."}});
  CHECK(described(t, 1).empty());
}
