// Round seventeen: readings of heldout18 (studied) meant to transfer to other
// writers' sessions. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a speech-act condition on being frank sets no imagined case", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "Lonely, if I'm being truthful. Ashamed too, if I'm frank."},
      {Role::client, "Furious, if you ask me."},
  });
  CHECK(described(t, 0) == Strings{"emotion loneliness 'Lonely'", "emotion shame 'Ashamed'"});
  CHECK(described(t, 1) == Strings{"emotion anger 'Furious'"});
  // a real condition still imagines
  auto s = find_mentions({{Role::client, "If I'm late again I'll be ashamed."}});
  CHECK(described(s, 0) == Strings{"emotion shame 'ashamed' hyp"});
}
