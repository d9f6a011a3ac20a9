#include "analyse/statistics/mention_trend.hpp"

namespace feltline::analyse {

std::size_t third_of(std::size_t index, std::size_t turn_count) {
  return turn_count == 0 ? 0 : (3 * index) / turn_count;
}

MentionTrend::MentionTrend(std::size_t turn_count) : turn_count_(turn_count) {
  // Turn ranges of the thirds; a third stays empty (-1) with fewer than 3 turns.
  for (std::size_t i = 0; i < turn_count; ++i) {
    SessionThird& t = thirds_[third_of(i, turn_count)];
    if (t.first_turn < 0) t.first_turn = static_cast<int>(i);
    t.last_turn = static_cast<int>(i);
  }
}

void MentionTrend::add_client_turn(std::size_t index, std::uint32_t words, const MentionTally& mentions) {
  SessionThird& t = thirds_[third_of(index, turn_count_)];
  t.client_words += words;
  t.emotion += mentions.of(MentionKind::emotion);
  t.sensation += mentions.of(MentionKind::sensation);
}

std::array<SessionThird, 3> MentionTrend::thirds() const {
  std::array<SessionThird, 3> out = thirds_;
  for (auto& t : out) {
    if (t.client_words == 0) continue;
    t.emotion_per_100_words = 100.0 * t.emotion / t.client_words;
    t.sensation_per_100_words = 100.0 * t.sensation / t.client_words;
  }
  return out;
}

}  // namespace feltline::analyse
