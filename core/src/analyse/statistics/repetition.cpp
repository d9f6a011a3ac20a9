#include "analyse/statistics/repetition.hpp"

namespace feltline::analyse {

std::uint32_t RepetitionTracker::word_id(std::string_view folded) { return ids_.id(folded); }

std::uint32_t RepetitionTracker::first_word_id(std::string_view folded, std::uint32_t known) {
  if (!known) return ids_.id(folded);
  if (by_lexicon_id_.size() <= known) by_lexicon_id_.resize(std::size_t{known} + 1, UINT32_MAX);
  std::uint32_t& id = by_lexicon_id_[known];
  if (id == UINT32_MAX) id = ids_.id(folded);  // numbered in the same order of first sight
  return id;
}

void RepetitionTracker::add_turn(std::size_t speaker, const std::vector<std::uint32_t>& sentences,
                                 std::uint32_t& trigrams, std::uint32_t& repeated) {
  if (seen_.size() <= speaker) seen_.resize(speaker + 1);
  auto& seen = seen_[speaker];
  seen.add_turn(sentences.data(), sentences.size(), kSentenceEnd, ++turn_number_, trigrams, repeated);
}

}  // namespace feltline::analyse
