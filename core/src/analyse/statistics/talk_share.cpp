#include "analyse/statistics/talk_share.hpp"

#include "analyse/statistics/median.hpp"
#include "analyse/statistics/ratio.hpp"

namespace feltline::analyse {

WordsPerTurn words_per_turn(std::vector<std::uint32_t>& words) {
  WordsPerTurn out;
  if (words.empty()) return out;
  std::uint64_t total = 0;
  for (auto w : words) total += w;
  out.mean = ratio(total, words.size());
  out.median = median(words);
  return out;
}

void fill_talk_shares(std::vector<SpeakerStats*>& speakers) {
  std::uint64_t total = 0;
  for (const auto* s : speakers) total += s->words;
  for (auto* s : speakers) s->talk_share = ratio(s->words, total);
}

}  // namespace feltline::analyse
