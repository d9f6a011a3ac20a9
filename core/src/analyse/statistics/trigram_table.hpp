// Per speaker: each word trigram and the turn that first used it, in an
// open-addressing table (a session has hundreds of thousands of trigrams; a
// node-based map allocated one node per trigram).
#pragma once

#include <cstdint>
#include <vector>

namespace feltline::analyse {

class TrigramTable {
 public:
  /// Records each trigram of `words` (word ids; `sentence_end` separates
  /// sentences, and no trigram crosses it) as used in `turn` (> 0) unless it
  /// was seen before. `trigrams` gets their number and `repeated` how many of
  /// them an earlier turn used first.
  void add_turn(const std::uint32_t* words, std::size_t count, std::uint32_t sentence_end, std::uint32_t turn,
                std::uint32_t& trigrams, std::uint32_t& repeated);

 private:
  struct Slot {
    std::uint32_t a = 0, b = 0, c = 0;
    std::uint32_t turn = 0;  // 0: empty
  };
  void grow();
  // A slot's home in a table of 2^(64 - shift) slots: the top bits of a
  // multiplicative hash (two multiplies; the top bits of a product depend on
  // every bit of its operand).
  static std::size_t home(std::uint32_t a, std::uint32_t b, std::uint32_t c, unsigned shift);

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::size_t count_ = 0;
  std::size_t limit_ = 0;  // grow before count_ passes it: half of slots_
  std::size_t mask_ = 0;   // slots_.size() - 1
  unsigned shift_ = 64;    // 64 - log2(slots_.size())
};

inline std::size_t TrigramTable::home(std::uint32_t a, std::uint32_t b, std::uint32_t c, unsigned shift) {
  std::uint64_t h = (static_cast<std::uint64_t>(a) << 32 | b) * 0x9E3779B97F4A7C15ull;
  h = (h ^ c) * 0xBF58476D1CE4E5B9ull;
  return static_cast<std::size_t>(h >> shift);
}

}  // namespace feltline::analyse
