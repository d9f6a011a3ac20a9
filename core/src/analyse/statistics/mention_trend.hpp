// The client's emotion and sensation mentions per third of the session
// (first third vs last third): does the client come closer to feeling?
#pragma once

#include <array>
#include <cstddef>

#include "feltline/stats.hpp"

namespace feltline::analyse {

/// The third (0, 1, 2) turn `index` of `turn_count` turns falls in:
/// floor(3 * index / turn_count).
std::size_t third_of(std::size_t index, std::size_t turn_count);

class MentionTrend {
 public:
  explicit MentionTrend(std::size_t turn_count);
  /// Adds one client turn.
  void add_client_turn(std::size_t index, std::uint32_t words, const MentionTally& mentions);
  /// The thirds with their turn ranges and rates per 100 client words.
  std::array<SessionThird, 3> thirds() const;

 private:
  std::size_t turn_count_;
  std::array<SessionThird, 3> thirds_;
};

}  // namespace feltline::analyse
