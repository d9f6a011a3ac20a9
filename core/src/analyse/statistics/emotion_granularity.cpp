#include "analyse/statistics/emotion_granularity.hpp"

#include <cmath>

namespace feltline::analyse {

Granularity emotion_granularity(const CountMap& counts) {
  Granularity g;
  std::uint64_t total = 0;
  for (const auto& [category, n] : counts) {
    if (n == 0) continue;
    ++g.categories;
    total += n;
  }
  if (total == 0) return g;
  double h = 0;
  for (const auto& [category, n] : counts) {
    if (n == 0) continue;
    const double p = static_cast<double>(n) / static_cast<double>(total);
    h -= p * std::log2(p);
  }
  g.entropy = h == 0 ? 0.0 : h;  // no "-0"
  return g;
}

}  // namespace feltline::analyse
