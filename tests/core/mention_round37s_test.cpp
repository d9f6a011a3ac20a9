// Round thirty-seven (sensations and negations): litotes that affirm ("not that I wasn't …",
// "not not"), a denial that goes on past an emoji to a new subject, "pain" named as a condition
// or in a compound, and medical and symptom vocabulary.
// docs/lexicon.md, "Round thirty-seven (sensations and negations".
// Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("a denied denial affirms the state", "[mentions][negation]") {
  check_turns({
      {"Not that I wasn't scared, mind you.", {"emotion fear 'scared'"}},
      {"not that i wasnt sad about it", {"emotion sadness 'sad'"}},
      {"I was not not furious, believe me.", {"emotion anger 'furious'"}},
      {"I wasn't scared at all.", {"emotion fear 'scared' neg"}},
  }, Role::client);
}

TEST_CASE("a denial ends at a new subject after an emoji", "[mentions][negation]") {
  check_turns({
      {"i'm not angry 🙂 i'm worried about him", {"emotion anger 'angry' neg", "emotion anxiety 'worried'"}},
      {"I'm not angry. I'm worried.", {"emotion anger 'angry' neg", "emotion anxiety 'worried'"}},
  }, Role::client);
}

TEST_CASE("pain named as a condition or in a compound is not a pain felt", "[mentions][sensation]") {
  check_turns({
      {"Lots of people with chronic pain find evenings hard.", {}},
      {"Did you bring the pain diary this week?", {}},
      {"How was it, pain-wise?", {}},
      {"The pain in my knee is a six today.", {"sensation legs 'pain in my knee'"}},
      {"The pain is bad this morning.", {"sensation unspecified 'pain'"}},
  }, Role::client);
}

TEST_CASE("medical and symptom words with their places", "[mentions][sensation]") {
  check_turns({
      {"The pelvic pain was bad again.", {"sensation stomach 'pelvic pain'"}},
      {"I get hot flushes at night.", {"sensation face 'hot flushes'"}},
      {"I had an upset tummy all weekend.", {"sensation stomach 'upset tummy'"}},
      {"I felt drugged the whole morning.", {"sensation unspecified 'drugged'"}},
      {"I wake up soaked most nights.", {"sensation unspecified 'wake up soaked'"}},
      {"My heart is already running when I wake.", {"sensation heart 'heart is already running'"}},
      {"My heart is pumping now.", {"sensation heart 'heart is pumping'"}},
      {"Teeth gritted, fists tight.", {"sensation jaw 'Teeth gritted'", "sensation hands 'fists tight'"}},
  }, Role::client);
}

TEST_CASE("a symptom review lists each symptom in its own place", "[mentions][sensation][negation]") {
  check_turns({
      {"No chest pain, no nausea, no dizziness.",
       {"sensation chest 'chest pain' neg", "sensation stomach 'nausea' neg", "sensation head 'dizziness' neg"}},
      {"Chest pain, nausea, dizziness.",
       {"sensation chest 'Chest pain'", "sensation stomach 'nausea'", "sensation head 'dizziness'"}},
      // the same place: one description
      {"My stomach, like, churning.", {"sensation stomach 'stomach, like, churning'"}},
  }, Role::client);
}

TEST_CASE("a headache or the sweats talked about after a preposition and 'the'", "[mentions][sensation]") {
  check_turns({
      {"Have a word with your doctor about the headaches.", {}},
      {"I've had a headache all day.", {"sensation head 'headache'"}},
  }, Role::therapist);
}

TEST_CASE("bracing is a sensation only of a body part named with it", "[mentions][sensation]") {
  check_turns({
      {"When the flare starts I'm already bracing.", {}},
      {"My shoulders are bracing again.", {"sensation shoulders 'shoulders are bracing'"}},
  }, Role::client);
}

TEST_CASE("a pain in the side is the back's", "[mentions][sensation]") {
  check_turns({
      {"I get a sharp pain in my side at night.", {"sensation back 'sharp pain in my side'"}},
      {"She's always been on my side, I'm grateful.", {}},
  }, Role::client);
}
