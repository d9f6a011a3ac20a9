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
  // A slot's home: the top bits of a multiplicative hash (two multiplies; the
  // top bits of a product depend on every bit of its operand).
  std::size_t home(std::uint32_t a, std::uint32_t b, std::uint32_t c) const;

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::size_t count_ = 0;
  std::size_t limit_ = 0;  // grow before count_ passes it: half of slots_
  std::size_t mask_ = 0;   // slots_.size() - 1
  unsigned shift_ = 64;    // 64 - log2(slots_.size())
};

// Inline: called once per word of every sentence, from another file (the call cost a third).
inline std::size_t TrigramTable::home(std::uint32_t a, std::uint32_t b, std::uint32_t c) const {
  std::uint64_t h = (static_cast<std::uint64_t>(a) << 32 | b) * 0x9E3779B97F4A7C15ull;
  h = (h ^ c) * 0xBF58476D1CE4E5B9ull;
  return static_cast<std::size_t>(h >> shift_);
}

inline std::uint32_t TrigramTable::first_use(std::uint32_t a, std::uint32_t b, std::uint32_t c,
                                             std::uint32_t turn) {
  if (count_ >= limit_) grow();
  for (std::size_t i = home(a, b, c);; i = (i + 1) & mask_) {
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
