// Repetition: the share of a turn's word trigrams that the same speaker
// already used in an earlier turn (docs/metrics.md, "Repetition"). LLM
// therapists repeat their own phrasing; this makes it measurable.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "analyse/statistics/trigram_table.hpp"
#include "analyse/statistics/word_id_table.hpp"

namespace feltline::analyse {

class RepetitionTracker {
 public:
  /// A number for a case-folded word, the same for the same word.
  std::uint32_t word_id(std::string_view folded);
  /// The same, for a word whose default-lexicon id `known` is given (0: none):
  /// a known word is hashed once per session, then found by its lexicon id.
  /// (Inline for a word already seen: the statistics ask for every word of every turn.)
  std::uint32_t word_id(std::string_view folded, std::uint32_t known) {
    if (known && known < by_lexicon_id_.size() && by_lexicon_id_[known] != UINT32_MAX)
      return by_lexicon_id_[known];
    return first_word_id(folded, known);
  }

  /// Counts the trigrams of one turn by `speaker` and how many of them the
  /// speaker used in an earlier turn, then remembers this turn's trigrams.
  /// `sentences` are the turn's speech sentences as word ids, each followed by
  /// kSentenceEnd; trigrams do not cross sentence ends. Repeats inside the
  /// turn itself do not count.
  void add_turn(std::size_t speaker, const std::vector<std::uint32_t>& sentences, std::uint32_t& trigrams,
                std::uint32_t& repeated);

  static constexpr std::uint32_t kSentenceEnd = UINT32_MAX;  // never a word id

 private:
  std::uint32_t first_word_id(std::string_view folded, std::uint32_t known);

  WordIdTable ids_;
  std::vector<std::uint32_t> by_lexicon_id_;  // lexicon id -> word_id, UINT32_MAX until first seen
  std::vector<TrigramTable> seen_;            // per speaker
  std::uint32_t turn_number_ = 0;
};

}  // namespace feltline::analyse
