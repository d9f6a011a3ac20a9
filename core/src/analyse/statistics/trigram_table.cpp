#include "analyse/statistics/trigram_table.hpp"

namespace feltline::analyse {

std::uint64_t TrigramTable::hash(std::uint32_t a, std::uint32_t b, std::uint32_t c) {
  std::uint64_t h = (static_cast<std::uint64_t>(a) << 32 | b) * 0x9E3779B97F4A7C15ull;
  h ^= (h >> 32) ^ (c * 0xBF58476D1CE4E5B9ull);
  h *= 0x94D049BB133111EBull;
  return h ^ (h >> 31);
}

std::uint32_t TrigramTable::first_use(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t turn) {
  if (2 * (count_ + 1) > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash(a, b, c) & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.turn == 0) {
      s = Slot{a, b, c, turn};
      ++count_;
      return turn;
    }
    if (s.a == a && s.b == b && s.c == c) return s.turn;
  }
}

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
