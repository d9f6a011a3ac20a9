// Round twenty-eight (emotions): "useless" said by the speaker of themselves is shame without a
// feel verb ("Now I'm useless", "me being useless"; case 67), but not of a thing or another
// person, not with a modal ("I'll be useless all night": unable, case 67), and not in someone's
// view or a thought reported ("everyone thinks I'm useless"; case 367).
// Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

namespace {

// True when the turn holds exactly one mention and it starts with `prefix` (flags may follow).
bool only_mention_starts(const Strings& got, const std::string& prefix) {
  return got.size() == 1 && got[0].rfind(prefix, 0) == 0;
}

}  // namespace

TEST_CASE("useless said of oneself is shame", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "Since the stroke I'm useless around the house."},
      {Role::client, "I was so useless with the baby last night."},
      {Role::client, "My dad said it was me being useless that cost us the shop."},
  });
  CHECK(only_mention_starts(described(t, 0), "emotion shame 'I'm useless'"));
  CHECK(only_mention_starts(described(t, 1), "emotion shame 'I was so useless'"));
  CHECK(only_mention_starts(described(t, 2), "emotion shame 'me being useless'"));
}

TEST_CASE("useless of a thing, another person or a working day is no mention", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "The new app is useless for booking."},
      {Role::client, "My brother was useless at fixing the fence."},
      {Role::client, "If the baby wakes again I'll be useless at work tomorrow."},
      {Role::client, "I'm not useless, I'm between jobs."},
  });
  CHECK(described(t, 0).empty());
  CHECK(described(t, 1).empty());
  CHECK(described(t, 2).empty());
  CHECK(described(t, 3).empty());
}

TEST_CASE("useless in another's view or a thought reported is no mention", "[mentions][emotion]") {
  auto t = find_mentions({
      {Role::client, "The whole office thinks I'm useless."},
      {Role::client, "I thought I was useless, and then I did it anyway."},
  });
  CHECK(described(t, 0).empty());
  CHECK(described(t, 1).empty());
}

TEST_CASE("feeling useless stays shame through the feel verb", "[mentions][emotion]") {
  auto t = find_mentions({{Role::client, "Most evenings I feel useless."}});
  CHECK(described(t, 0) == Strings{"emotion shame 'useless'"});
}
