#include "analyse/statistics/trigram_table.hpp"

namespace feltline::analyse {

void TrigramTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 256 : 2 * old.size(), Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.turn == 0) continue;
    std::size_t i = hash(s.a, s.b, s.c) & mask;
    while (slots_[i].turn != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace feltline::analyse
