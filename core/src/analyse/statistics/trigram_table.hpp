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

}  // namespace feltline::analyse
