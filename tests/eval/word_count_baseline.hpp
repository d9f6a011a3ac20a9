// The baseline the evaluation compares against: a plain word count, as LIWC,
// Empath or an NRC-lexicon counter does it, with Feltline's own vocabulary
// (every inflected form) so only the method differs. Every single word found in
// the lexicon is a mention: emotion words with their category, sensation
// words as sensations (placed where the word itself says: "nauseous" ->
// stomach, otherwise unspecified), body words as sensations of their region.
// No phrases, no linking, no negation, no hypotheticals.
#pragma once

#include <string>
#include <vector>

namespace feltline::eval {

struct PredictedMention {
  std::size_t turn = 0;
  std::size_t begin = 0;  // bytes into the turn text
  std::size_t end = 0;
  std::string kind;
  std::string label;
  bool negated = false;
  bool hypothetical = false;
  std::string text;
};

std::vector<PredictedMention> word_count_baseline(const std::vector<std::string>& turn_texts);

}  // namespace feltline::eval
