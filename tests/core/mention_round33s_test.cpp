// Round thirty-three (sensations, emotions, negations): a quality named as a thing and said to
// be gone ("The lump's gone", "the pressure is gone") is the sensation, denied (settled cases
// 346, 498). docs/lexicon.md, "Round thirty-three (sensations, emotions and negations)".
// Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("a quality named as a thing and said to be gone is denied", "[mentions][negation]") {
  check_turns({
      {"The lump's gone now.", {"sensation unspecified 'lump' neg"}},
      {"Okay, the pressure is gone.", {"sensation unspecified 'pressure' neg"}},
      {"That queasy has gone, finally.", {"sensation stomach 'queasy' neg"}},
      // not a thing's going without a verb, nor an event's, nor pressure of another kind
      {"No headache even with the light gone.", {"sensation head 'headache' neg"}},
      {"They said the water stops after a while.", {}},
  }, Role::client);
}

TEST_CASE("a sensation that is not here or not there any more is denied", "[mentions][negation]") {
  check_turns({
      {"The trembling is not here today.", {"sensation unspecified 'trembling' neg"}},
      {"That tingling's not there now.", {"sensation unspecified 'tingling' neg"}},
      {"I'm not there yet, but I'm hopeful.", {"emotion hope 'hopeful'"}},
  }, Role::client);
}

TEST_CASE("'nobody here was', 'nobody gets' deny the state of everyone", "[mentions][negation]") {
  check_turns({
      {"Nobody here was annoyed with you.", {"emotion anger 'annoyed' neg"}},
      {"Nobody gets dizzy for long doing this.", {"sensation head 'dizzy' neg"}},
      {"No one got scared.", {"emotion fear 'scared' neg"}},
  }, Role::therapist);
}

TEST_CASE("ears that pop, a lumpy throat, squeezy hands", "[mentions][regions]") {
  check_turns({
      {"My ears pop when I stand up.", {"sensation head 'ears pop'"}},
      {"Then my throat goes all lumpy.", {"sensation throat 'throat goes all lumpy'"}},
      {"Squeezy hands, the whole time.", {"sensation hands 'Squeezy hands'"}},
      {"The gravy was lumpy again.", {}},
  }, Role::client);
}

TEST_CASE("a body part that is frozen is cold there, a frozen shoulder is a condition", "[mentions][regions]") {
  check_turns({
      {"My toes are frozen after the walk.", {"sensation feet 'toes are frozen'"}},
      {"I've had a frozen shoulder since the spring.", {}},
      {"The pond was frozen.", {}},
  }, Role::client);
}

TEST_CASE("a pull or a stretch placed in the body is felt there", "[mentions][regions]") {
  check_turns({
      {"There's a pull in my lower back when I bend.", {"sensation back 'a pull in my lower back'"}},
      {"When I reach up I feel it in my side, a stretch.", {}},
      {"A stretch across my chest, quite nice.", {"sensation chest 'A stretch across my chest'"}},
      {"Getting there by Friday is a stretch.", {}},
  }, Role::client);
}

TEST_CASE("a state denied 'as much' is hedged, not absent", "[mentions][negation]") {
  check_turns({
      {"I'm not dreading the clinic as much.", {"emotion anxiety 'dreading'"}},
      {"I'm not dreading the clinic.", {"emotion anxiety 'dreading' neg"}},
      // "not X as much as Y" denies X to name Y
      {"I'm not scared as much as I thought.", {"emotion fear 'scared' neg"}},
  }, Role::client);
}

TEST_CASE("'be buzzing' is joy", "[mentions][emotions]") {
  check_turns({
      {"If he rings me I'll be buzzing.", {"emotion joy 'be buzzing' hyp"}},
      {"My hands are buzzing.", {"sensation hands 'hands are buzzing'"}},
  }, Role::client);
}

TEST_CASE("a heart that goes mad is racing", "[mentions][regions]") {
  check_turns({
      {"Then my heart goes mad and I can't think.", {"sensation heart 'heart goes mad'"}},
      {"The dog went mad at the door.", {}},
  }, Role::client);
}

TEST_CASE("a state said after a be verb carries the frame to the predicate joined to it", "[mentions][negation]") {
  check_turns({
      {"I'm still a bit sad but not shaky.", {"emotion sadness 'sad'", "sensation unspecified 'shaky' neg"}},
      {"I'm still a bit sad about the shaky table.", {"emotion sadness 'sad'"}},
  }, Role::client);
}

TEST_CASE("a cue said after a long phrase denies it by the phrase's last word", "[mentions][negation]") {
  check_turns({
      {"The pins and needles in my feet have stopped.", {"sensation feet 'pins and needles in my feet' neg"}},
  }, Role::client);
}
