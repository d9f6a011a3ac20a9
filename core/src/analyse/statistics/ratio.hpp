// Every ratio in the statistics: null (std::nullopt) when the denominator is 0.
#pragma once

#include <cstdint>
#include <optional>

namespace feltline::analyse {

inline std::optional<double> ratio(std::uint64_t numerator, std::uint64_t denominator) {
  if (denominator == 0) return std::nullopt;
  return static_cast<double>(numerator) / static_cast<double>(denominator);
}

}  // namespace feltline::analyse
