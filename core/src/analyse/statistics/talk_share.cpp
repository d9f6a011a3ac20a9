#include "analyse/statistics/talk_share.hpp"

#include <algorithm>

#include "analyse/statistics/ratio.hpp"

namespace feltline::analyse {

WordsPerTurn words_per_turn(std::vector<std::uint32_t>& words) {
  WordsPerTurn out;
  if (words.empty()) return out;
  std::uint64_t total = 0;
  for (auto w : words) total += w;
  out.mean = ratio(total, words.size());
  // nth_element keeps this linear; the median needs only the middle values.
  const std::size_t mid = words.size() / 2;
  std::nth_element(words.begin(), words.begin() + mid, words.end());
  const double upper = words[mid];
  if (words.size() % 2 == 1) {
    out.median = upper;
  } else {
    const double lower = *std::max_element(words.begin(), words.begin() + mid);
    out.median = (lower + upper) / 2;
  }
  return out;
}

void fill_talk_shares(std::vector<SpeakerStats*>& speakers) {
  std::uint64_t total = 0;
  for (const auto* s : speakers) total += s->words;
  for (auto* s : speakers) s->talk_share = ratio(s->words, total);
}

}  // namespace feltline::analyse
