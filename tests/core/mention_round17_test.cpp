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

TEST_CASE("fear idioms of being trapped and of losing control of the bowels, as data", "[mentions][emotions]") {
  auto t = find_mentions({
      {Role::client, "In the lift I feel trapped. At the interview I was crapping myself."},
      {Role::client, "In the tunnel I get a bit closed in. I'm claustrophobic in crowds."},
  });
  CHECK(described(t, 0) == Strings{"emotion fear 'feel trapped'", "emotion fear 'crapping myself'"});
  CHECK(described(t, 1) == Strings{"emotion fear 'closed in'", "emotion fear 'claustrophobic'"});
  // a trapped nerve, a trapped car, a door closed in the wind are no feeling
  auto s = find_mentions({{Role::client, "The car was trapped in the snow and the door closed in the wind."}});
  CHECK(described(s, 0).empty());
}

TEST_CASE("a collapse into a heap or a mess, with a person as subject, as data", "[mentions][emotions]") {
  auto t = find_mentions({
      {Role::client, "When the letter came I was in a heap. Before the results I'll be a mess."},
  });
  CHECK(described(t, 0) == Strings{"emotion sadness 'in a heap'", "emotion overwhelm 'a mess' hyp"});
  // said of things, no feeling
  auto s = find_mentions({{Role::client, "The washing is in a heap and the garden is a mess."}});
  CHECK(described(s, 0).empty());
}

TEST_CASE("a norm about a state sets no scene for the reply", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "i can't see why i ought to feel guilty, i only said no"},
      {Role::therapist, "Ashamed, and a bit furious, even though you did nothing wrong. What happened next?"},
  });
  CHECK(described(t, 0) == Strings{"emotion guilt 'guilty' hyp"});
  CHECK(described(t, 1) == Strings{"emotion shame 'Ashamed'", "emotion anger 'furious'"});
  // a feeling imagined by "would" still carries into the reflection
  auto s = find_mentions({
      {Role::client, "i'd feel guilty, i'd have said no to her"},
      {Role::therapist, "Ashamed, and a bit furious, even though you did nothing wrong. What happened next?"},
  });
  CHECK(described(s, 1) == Strings{"emotion shame 'Ashamed' hyp", "emotion anger 'furious' hyp"});
}

TEST_CASE("a state pointed at with a demonstrative is there, and looking is for its change", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Let your shoulders drop for a moment, and see whether any of that heaviness in them lifts."},
  });
  REQUIRE(described(t, 0).size() == 2);
  CHECK(described(t, 0)[1] == "sensation shoulders 'heaviness in them'");
  // a state looked for without one may not be there
  auto s = find_mentions({
      {Role::therapist, "Let your shoulders drop for a moment, and see whether any heaviness in them lifts."},
  });
  REQUIRE(described(s, 0).size() == 2);
  CHECK(described(s, 0)[1] == "sensation shoulders 'heaviness in them' hyp");
}

TEST_CASE("a word of the present anchors a question in the room, not in the state imagined before",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "If she cancelled again I'd be so nervous."},
      {Role::therapist, "Nervous now?"},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'Nervous' question echo"});
  // without one, the question asks about the imagined state
  auto s = find_mentions({
      {Role::client, "If she cancelled again I'd be so nervous."},
      {Role::therapist, "Nervous?"},
  });
  CHECK(described(s, 1) == Strings{"emotion anxiety 'Nervous' hyp question echo"});
}

TEST_CASE("what the speaker would confide under a condition is the state held now", "[mentions][hypothetical]") {
  auto t = find_mentions({{Role::therapist, "If you told him you were lonely, he might listen."}});
  CHECK(described(t, 0) == Strings{"emotion loneliness 'lonely'"});
  // a state to come, or a condition that is no telling, stays imagined
  auto s = find_mentions({{Role::therapist, "If you told him you'd be lonely, he might listen."},
                          {Role::therapist, "If you were lonely, he might listen."}});
  CHECK(described(s, 0) == Strings{"emotion loneliness 'lonely' hyp"});
  CHECK(described(s, 1) == Strings{"emotion loneliness 'lonely' hyp"});
}

TEST_CASE("an upset stomach and an easing breath, said of the place, as data", "[mentions][sensations]") {
  auto t = find_mentions({
      {Role::client, "My tummy's gone a bit funny. My breathing is easier than it was."},
  });
  CHECK(described(t, 0) == Strings{"sensation stomach 'tummy's gone a bit funny'", "sensation breath 'breathing is easier'"});
  // not said of the place, no sensation
  auto s = find_mentions({{Role::client, "That film was funny. The test was easier than last year's."}});
  CHECK(described(s, 0).empty());
}

TEST_CASE("a proposal to act ('Shall we …?') asks for consent, not an imagined state", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Shall we walk to the lift now?"},
      {Role::client, "Okay. Terrified, but okay."},
  });
  CHECK(described(t, 1) == Strings{"emotion fear 'Terrified'"});
  // a question about what would be felt still asks for an imagined state
  auto s = find_mentions({
      {Role::therapist, "How would you feel in the lift?"},
      {Role::client, "Terrified."},
  });
  CHECK(described(s, 1) == Strings{"emotion fear 'Terrified' hyp"});
}

TEST_CASE("a breath that will not come, as a family of phrases", "[mentions][sensations]") {
  auto t = find_mentions({
      {Role::client, "If the lift stops I won't be able to breathe. On the stairs I was fighting for breath."},
  });
  CHECK(described(t, 0) == Strings{"sensation breath 'n't be able to breathe' hyp", "sensation breath 'fighting for breath'"});
}

TEST_CASE("'chilled' of a person is calm, and chilled to the bone is cold", "[mentions][emotions][sensations]") {
  auto t = find_mentions({
      {Role::client, "After the swim I felt really chilled. Later, on the bus stop, I was chilled to the bone."},
  });
  CHECK(described(t, 0) == Strings{"emotion calm 'chilled'", "sensation unspecified 'chilled to the bone'"});
}

TEST_CASE("self-blame as a family of guilt, as data", "[mentions][emotions]") {
  auto t = find_mentions({
      {Role::client, "I blame myself for the crash. I keep beating myself up about it."},
  });
  CHECK(described(t, 0) == Strings{"emotion guilt 'blame myself'", "emotion guilt 'beating myself up'"});
}
