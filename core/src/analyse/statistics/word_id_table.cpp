#include "analyse/statistics/word_id_table.hpp"

#include "text/byte_scan.hpp"

namespace feltline::analyse {
namespace {

// A fast 64-bit hash of short strings (multiply-xorshift over 8-byte chunks, the
// last one or two read in place as text::load_tail does, without a memcpy of a
// variable length); only equality decides, so the hash need not be cryptographic.
std::uint64_t hash_bytes(std::string_view s) {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xBF58476D1CE4E5B9ull);
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    h = (h ^ text::load8(p)) * 0x94D049BB133111EBull;
    h ^= h >> 31;
  }
  if (n) {
    h = (h ^ text::load_tail(p, n)) * 0x94D049BB133111EBull;
    h ^= h >> 31;
  }
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 29);
}

}  // namespace

std::uint32_t WordIdTable::id(std::string_view word) {
  if (2 * (count_ + 1) > slots_.size()) grow();
  const std::uint64_t h = hash_bytes(word);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.id == UINT32_MAX) {
      s.hash = h;
      s.offset = static_cast<std::uint32_t>(words_.size());
      s.length = static_cast<std::uint32_t>(word.size());
      s.id = count_++;
      words_.append(word);
      return s.id;
    }
    // (a word is a few bytes: compared in place, not by a call to memcmp)
    if (s.hash == h && text::same_bytes(std::string_view(words_.data() + s.offset, s.length), word)) return s.id;
  }
}

void WordIdTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : 2 * old.size(), Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.id == UINT32_MAX) continue;
    std::size_t i = s.hash & mask;
    while (slots_[i].id != UINT32_MAX) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace feltline::analyse
