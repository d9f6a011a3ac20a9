#include "analyse/statistics/trigram_table.hpp"

namespace feltline::analyse {

void TrigramTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  const std::size_t size = old.empty() ? 256 : 2 * old.size();
  slots_.assign(size, Slot{});
  limit_ = size / 2;
  mask_ = size - 1;
  shift_ = 64;
  for (std::size_t n = size; n > 1; n >>= 1) --shift_;
  for (const Slot& s : old) {
    if (s.turn == 0) continue;
    std::size_t i = home(s.a, s.b, s.c);
    while (slots_[i].turn != 0) i = (i + 1) & mask_;
    slots_[i] = s;
  }
}

}  // namespace feltline::analyse
