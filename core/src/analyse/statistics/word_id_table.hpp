// Dense numbers for words: the same number for the same bytes, 0, 1, 2, ... in
// order of first sight. An open-addressing table over one string of all the
// words: the repetition figure numbers every speech word of a session, and a
// node-based std::unordered_map paid an allocation per new word and a cache
// miss per lookup.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace feltline::analyse {

class WordIdTable {
 public:
  /// The number of `word`, given a new one if it was never seen.
  std::uint32_t id(std::string_view word);
  std::size_t size() const { return count_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;  // into words_
    std::uint32_t length = 0;
    std::uint32_t id = UINT32_MAX;  // UINT32_MAX: empty
  };
  void grow();

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::string words_;        // every word once, concatenated
  std::uint32_t count_ = 0;
};

}  // namespace feltline::analyse
