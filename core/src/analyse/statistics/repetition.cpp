#include "analyse/statistics/repetition.hpp"

namespace feltline::analyse {

std::uint32_t RepetitionTracker::word_id(const std::string& folded) {
  auto [it, inserted] = ids_.emplace(folded, static_cast<std::uint32_t>(ids_.size()));
  return it->second;
}

void RepetitionTracker::add_turn(std::size_t speaker, const std::vector<std::vector<std::uint32_t>>& sentences,
                                 std::uint32_t& trigrams, std::uint32_t& repeated) {
  if (seen_.size() <= speaker) seen_.resize(speaker + 1);
  auto& seen = seen_[speaker];
  trigrams = 0;
  repeated = 0;
  turn_keys_.clear();
  for (const auto& words : sentences) {
    for (std::size_t i = 2; i < words.size(); ++i) {
      const Key key{words[i - 2], words[i - 1], words[i]};
      ++trigrams;
      if (seen.count(key)) ++repeated;
      turn_keys_.push_back(key);
    }
  }
  // Only after counting, so a phrase said twice in this turn is not a repeat of earlier turns.
  seen.insert(turn_keys_.begin(), turn_keys_.end());
}

}  // namespace feltline::analyse
