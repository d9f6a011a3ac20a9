// The agreement between two annotators (annotator_agreement.hpp): mentions
// scored like Feltline's, Cohen's kappa per flag, and a clear error when the
// two files do not hold the same text.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "annotated_transcript.hpp"
#include "annotator_agreement.hpp"

using feltline::eval::compare_annotations;
using feltline::eval::FlagCounts;
using feltline::eval::flag_kappa;
using feltline::eval::read_annotated;

TEST_CASE("agreement: identical annotations agree fully", "[eval][agreement]") {
  const auto a = read_annotated(
      "Client: I'm [[not anxious|e anxiety neg]] but my [[chest is tight|s chest]].\n"
      "Therapist: If you went, would you [[panic|e anxiety hyp]]?\n");
  const auto r = compare_annotations(a, a);
  REQUIRE(r.error.empty());
  CHECK(r.scores.emotion.f1() == 1.0);
  CHECK(r.scores.sensation_region.f1() == 1.0);
  CHECK(r.scores.negated.caught == 1);
  CHECK(r.scores.hypothetical.caught == 1);
  CHECK(flag_kappa(r.scores.hypothetical) == Approx(1.0));
  CHECK(r.scores.notes.empty());
}

TEST_CASE("agreement: labels, spans and flags that differ are counted and named by line", "[eval][agreement]") {
  const auto first = read_annotated(
      "Client: I'm [[scared|e fear]] and my [[stomach churns|s stomach]].\n"
      "Client: I'd feel [[ashamed|e shame hyp]].\n"
      "Client: [[Calm|e calm]] now.\n");
  const auto second = read_annotated(
      "Client: I'm [[scared|e anxiety]] and my stomach [[churns|s stomach]].\n"
      "Client: I'd feel [[ashamed|e shame]].\n"
      "Client: Calm now.\n");
  const auto r = compare_annotations(first, second);
  REQUIRE(r.error.empty());
  // "scared": fear against anxiety is a miss; "churns" overlaps "stomach churns".
  CHECK(r.scores.emotion.gold == 3);
  CHECK(r.scores.emotion.predicted == 2);
  CHECK(r.scores.emotion.correct == 1);
  CHECK(r.scores.sensation_region.correct == 1);
  CHECK(r.scores.hypothetical.flagged == 1);
  CHECK(r.scores.hypothetical.caught == 0);
  bool names_line = false;
  for (const auto& n : r.scores.notes) names_line = names_line || n.rfind("missed hypothetical: line 2 ", 0) == 0;
  CHECK(names_line);
}

TEST_CASE("agreement: texts that differ once the markup is removed are an error", "[eval][agreement]") {
  const auto first = read_annotated("Client: I feel [[sad|e sadness]].\nClient: Fine.\n");
  const auto second = read_annotated("Client: I feel [[sad|e sadness]].\nClient: Fine!\n");
  const auto r = compare_annotations(first, second);
  CHECK(r.error == "the texts differ from line 2 (markup removed)");
}

TEST_CASE("agreement: Cohen's kappa of a flag", "[eval][agreement]") {
  FlagCounts f;
  // 20 mentions both found: 8 flagged by both, 2 by the first only, 2 by the
  // second only, 8 by neither. Observed .8, expected .5, kappa .6.
  f.flagged = 10;
  f.found_flagged = 10;
  f.caught = 8;
  f.unflagged = 10;
  f.false_flags = 2;
  CHECK(flag_kappa(f) == Approx(0.6));
  CHECK(flag_kappa(FlagCounts{}) == 0.0);
}
