// Per speaker: each word trigram and the turn that first used it, in an
// open-addressing table (a session has hundreds of thousands of trigrams; a
// node-based map allocated one node per trigram).
#pragma once

#include <cstdint>
#include <vector>

namespace feltline::analyse {

class TrigramTable {
 public:
  /// Records trigram (a, b, c) as used in `turn` (> 0) unless it was seen
  /// before; returns the turn that first used it.
  std::uint32_t first_use(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t turn);

 private:
  struct Slot {
    std::uint32_t a = 0, b = 0, c = 0;
    std::uint32_t turn = 0;  // 0: empty
  };
  void grow();
  static std::uint64_t hash(std::uint32_t a, std::uint32_t b, std::uint32_t c);

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::size_t count_ = 0;
};

// Inline: called once per word of every sentence, from another file (the call cost a third).
inline std::uint64_t TrigramTable::hash(std::uint32_t a, std::uint32_t b, std::uint32_t c) {
  std::uint64_t h = (static_cast<std::uint64_t>(a) << 32 | b) * 0x9E3779B97F4A7C15ull;
  h ^= (h >> 32) ^ (c * 0xBF58476D1CE4E5B9ull);
  h *= 0x94D049BB133111EBull;
  return h ^ (h >> 31);
}

inline std::uint32_t TrigramTable::first_use(std::uint32_t a, std::uint32_t b, std::uint32_t c,
                                             std::uint32_t turn) {
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

}  // namespace feltline::analyse
