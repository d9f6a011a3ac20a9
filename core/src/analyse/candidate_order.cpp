#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

void sort_candidates(std::vector<Candidate>& candidates, std::size_t from) {
  const std::size_t n = candidates.size() - std::min(from, candidates.size());
  if (n < 2) return;
  thread_local std::vector<std::uint32_t> order;
  thread_local std::vector<Candidate> sorted;
  order.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) order[i] = i;
  const Candidate* base = candidates.data() + from;
  std::sort(order.begin(), order.end(), [base](std::uint32_t i, std::uint32_t j) {
    if (CandidateOrder{}(base[i], base[j])) return true;
    if (CandidateOrder{}(base[j], base[i])) return false;
    return i < j;
  });
  sorted.clear();
  for (std::uint32_t i : order) sorted.push_back(std::move(candidates[from + i]));
  std::move(sorted.begin(), sorted.end(), candidates.begin() + static_cast<std::ptrdiff_t>(from));
}

}  // namespace feltline::analyse
