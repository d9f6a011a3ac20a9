// Round twenty-nine (emotions): a self-judgement ("useless", "stupid", "pathetic") standing alone
// as its own sentence, or closing a list of feelings, in the client's turn is shame without a
// feel verb (case 225): "Useless.", "Night, worried. Stupid.", "and stupid.", "Useless, sixty."
// With words after it ("Stupid, eh.", "Useless is a heavy word") it judges something else or
// names the word, and a practitioner's bare word is an echo (case 390).
// Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

namespace {

// True when one of the turn's mentions starts with `prefix` (flags may follow).
bool has_mention_starting(const Strings& got, const std::string& prefix) {
  for (const auto& m : got)
    if (m.rfind(prefix, 0) == 0) return true;
  return false;
}

}  // namespace

TEST_CASE("a bare self-judgement sentence is shame", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "Stupid. I left the keys in the car again."},
      {Role::client, "Honestly? Useless."},
      {Role::client, "My back was sore all day. And pathetic."},
  });
  CHECK(has_mention_starting(described(t, 0), "emotion shame 'Stupid'"));
  CHECK(has_mention_starting(described(t, 1), "emotion shame 'Useless'"));
  CHECK(has_mention_starting(described(t, 2), "emotion shame 'pathetic'"));
}

TEST_CASE("a self-judgement closing a list of feelings or rated is shame", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "Tired, and useless."},
      {Role::client, "Useless, forty. Angry, thirty."},
      {Role::client, "Stupid 80%."},
  });
  CHECK(has_mention_starting(described(t, 0), "emotion shame 'useless'"));
  CHECK(has_mention_starting(described(t, 1), "emotion shame 'Useless'"));
  CHECK(has_mention_starting(described(t, 2), "emotion shame 'Stupid'"));
}

TEST_CASE("a self-judgement with words after it is no mention", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "Stupid, eh. It was only a film."},
      {Role::client, "Useless is a big word for it."},
      {Role::client, "Useless went down to twenty by the end."},
      {Role::client, "Pathetic, isn't it."},
      {Role::client, "And stupid?"},
  });
  for (std::size_t i = 0; i < 5; ++i) {
    CAPTURE(i);
    CHECK_FALSE(has_mention_starting(described(t, i), "emotion shame"));
  }
}

TEST_CASE("a practitioner's bare self-judgement word is no mention", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "I keep telling myself I'm hopeless at this."},
      {Role::therapist, "Stupid. Let's slow down."},
  });
  CHECK_FALSE(has_mention_starting(described(t, 1), "emotion shame"));
}
