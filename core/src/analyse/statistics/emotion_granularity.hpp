// Emotional granularity of a speaker: how many distinct emotion categories
// they name, and how evenly (Shannon entropy in bits of the category counts).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "feltline/stats.hpp"

namespace feltline::analyse {

struct Granularity {
  std::uint32_t categories = 0;
  std::optional<double> entropy;  // null when no emotion was named; 0 for one category
};

/// H = -sum p_i log2 p_i over the categories, p_i = count_i / total.
Granularity emotion_granularity(const CountMap& category_counts);

}  // namespace feltline::analyse
