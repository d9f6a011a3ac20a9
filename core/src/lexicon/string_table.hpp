// Interns strings: each distinct string gets a dense id, so the matcher
// compares integers. One arena holds all bytes and an open-addressing table
// finds them, so a million-entry dictionary costs a few allocations, not a
// million (docs/lexicon.md#custom-dictionaries).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace feltline::lexicon {

class StringTable {
 public:
  /// Id of `s` (1-based), or 0 when it was never inserted.
  std::uint32_t find(std::string_view s) const;
  /// Id of `s`, inserting it when new.
  std::uint32_t insert(std::string_view s);
  /// The string with id `id` (1 <= id <= size()). Inline: the matcher asks it
  /// for every known word's text.
  std::string_view at(std::uint32_t id) const {
    return std::string_view(arena_.data() + bounds_[id - 1], bounds_[id] - bounds_[id - 1]);
  }
  std::size_t size() const { return bounds_.size() - 1; }
  /// Bytes held (arena plus tables), for the memory figures in the tests.
  std::size_t memory_bytes() const;
  void reserve(std::size_t strings, std::size_t bytes);

 private:
  static std::uint64_t hash(std::string_view s);
  void grow();
  void place(std::uint64_t slot);  // into the first empty slot from its hash on

  std::string arena_;
  // String id spans arena_[bounds_[id-1], bounds_[id]): entry 0 is 0, so the
  // last string's end needs no test against the arena's size.
  std::vector<std::uint32_t> bounds_{0};
  // A slot is id | (low 32 bits of the string's hash) << 32, 0 = empty; the size
  // is a power of two. Id and hash in one 8-byte read: a probe whose hash
  // differs reads nothing else (the hash was a second array, indexed by id).
  std::vector<std::uint64_t> slots_;
};

}  // namespace feltline::lexicon
