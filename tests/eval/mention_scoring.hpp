// Scores predicted mentions against the annotations (tests/eval/README.md): a
// prediction is right when it overlaps the annotated words, in the same turn,
// with the same kind and the same category (emotions) or region (sensations).
// Each annotation and each prediction is used at most once.
#pragma once

#include <string>
#include <vector>

#include "annotated_transcript.hpp"
#include "word_count_baseline.hpp"

namespace feltline::eval {

struct LocatedGold {
  GoldMention gold;
  std::size_t turn = 0;
  std::size_t begin = 0;  // bytes into the turn text
  std::size_t end = 0;
};

struct Counts {
  std::size_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? double(correct) / double(predicted) : 0; }
  double recall() const { return gold ? double(correct) / double(gold) : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  void add(const Counts& o) {
    gold += o.gold;
    predicted += o.predicted;
    correct += o.correct;
  }
};

// Flags are judged on the mentions found (same kind, overlapping words).
struct FlagCounts {
  std::size_t flagged = 0;      // annotated with the flag
  std::size_t found_flagged = 0;  // ... found (with or without the flag)
  std::size_t caught = 0;       // ... found with the flag set
  std::size_t unflagged = 0;    // found, annotated without the flag
  std::size_t false_flags = 0;  // ... but predicted with it
  double caught_share() const { return flagged ? double(caught) / double(flagged) : 0; }
  double false_share() const { return unflagged ? double(false_flags) / double(unflagged) : 0; }
  void add(const FlagCounts& o) {
    flagged += o.flagged;
    found_flagged += o.found_flagged;
    caught += o.caught;
    unflagged += o.unflagged;
    false_flags += o.false_flags;
  }
};

struct Scores {
  Counts emotion, sensation_region, sensation_any;
  FlagCounts negated, hypothetical;
  std::vector<std::string> notes;  // misses, false positives and flag errors, for --verbose
  void add(const Scores& o) {
    emotion.add(o.emotion);
    sensation_region.add(o.sensation_region);
    sensation_any.add(o.sensation_any);
    negated.add(o.negated);
    hypothetical.add(o.hypothetical);
  }
};

// How notes name where a mention is: by turn (0-based), or by line (1-based)
// when each "turn" is a line of the text.
enum class Place { turn, line };

/// For each annotation, the prediction its flags are judged on (same kind, overlapping
/// words, any category or region), or -1: the matching score() judges flags by.
std::vector<int> flag_matches(const std::vector<LocatedGold>& gold, const std::vector<PredictedMention>& predicted);

/// For each annotation, the prediction score() counts right for it (same kind,
/// overlapping words, the same category or region), or -1.
std::vector<int> strict_matches(const std::vector<LocatedGold>& gold, const std::vector<PredictedMention>& predicted);

Scores score(const std::vector<LocatedGold>& gold, const std::vector<PredictedMention>& predicted,
             const std::vector<std::string>& turn_texts, Place place = Place::turn);

}  // namespace feltline::eval
