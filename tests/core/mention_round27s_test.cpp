// Round twenty-seven (sensations): goosebumps placed on a body part are the skin's and that
// part's, two nested mentions (docs/lexicon.md, "Round twenty-seven (sensations)";
// tests/eval/README.md cases 29, 76, 174). Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("goosebumps on a body part are also the skin's", "[mentions][regions]") {
  check_turns({
      {"When the choir started I had goosebumps on my arms.",
       {"sensation skin 'goosebumps'", "sensation arms 'goosebumps on my arms'"}},
      {"Goose bumps all up my legs, honestly.",
       {"sensation skin 'Goose bumps'", "sensation legs 'Goose bumps all up my legs'"}},
      {"I got goose pimples all over my arms reading it.",
       {"sensation skin 'goose pimples'", "sensation arms 'goose pimples all over my arms'"}},
  }, Role::client);
}

TEST_CASE("goosebumps with no other part, or on the skin, stay one mention", "[mentions][regions]") {
  check_turns({
      {"I got goosebumps just now.", {"sensation skin 'goosebumps'"}},
      {"Goosebumps all over my skin.", {"sensation skin 'Goosebumps all over my skin'"}},
      // a quality of another region placed elsewhere keeps its one place
      {"My arms are tingling.", {"sensation arms 'arms are tingling'"}},
  }, Role::client);
}

TEST_CASE("a head that is clear or clearer is a sensation of the head", "[mentions][regions]") {
  check_turns({
      {"My head is clearer than this morning.", {"sensation head 'head is clearer'"}},
      {"Head's clear. First time in days.", {"sensation head 'Head's clear'"}},
      {"My head feels clear now.", {"sensation head 'head feels clear'"}},
      {"After the walk my head cleared.", {"sensation head 'head cleared'"}},
  }, Role::client);
}

TEST_CASE("clear before its noun or of something else is no sensation", "[mentions][regions]") {
  check_turns({
      // before its noun: annotated both ways, left out
      {"I woke up with a clear head for once.", {}},
      // not the head
      {"The plan is clear to me.", {}},
      {"I went for a run to clear my head.", {}},
      {"It's clear my head wasn't in the game.", {}},
  }, Role::client);
}
