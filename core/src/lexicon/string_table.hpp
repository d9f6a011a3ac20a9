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
  /// The string with id `id` (1 <= id <= size()).
  std::string_view at(std::uint32_t id) const;
  std::size_t size() const { return starts_.size(); }
  /// Bytes held (arena plus tables), for the memory figures in the tests.
  std::size_t memory_bytes() const;
  void reserve(std::size_t strings, std::size_t bytes);

 private:
  static std::uint64_t hash(std::string_view s);
  void grow();

  std::string arena_;
  std::vector<std::uint32_t> starts_;  // arena offset of string id-1; its end is starts_[id] or arena size
  std::vector<std::uint32_t> hashes_;  // low 32 bits of the hash of string id-1
  std::vector<std::uint32_t> slots_;   // 0 = empty, else id; size is a power of two
};

}  // namespace feltline::lexicon
