// The median of a list, in linear time (nth_element); of an even count, the
// mean of the middle two. Reorders `values`.
#pragma once

#include <algorithm>
#include <optional>
#include <vector>

namespace feltline::analyse {

template <typename T>
std::optional<double> median(std::vector<T>& values) {
  if (values.empty()) return std::nullopt;
  const std::size_t mid = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + mid, values.end());
  const double upper = static_cast<double>(values[mid]);
  if (values.size() % 2 == 1) return upper;
  const double lower = static_cast<double>(*std::max_element(values.begin(), values.begin() + mid));
  return (lower + upper) / 2;
}

}  // namespace feltline::analyse
