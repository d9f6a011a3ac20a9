#include "lexicon/string_table.hpp"

#include "text/byte_scan.hpp"

namespace feltline::lexicon {

using text::load8;
using text::load_tail;

namespace {

constexpr std::uint64_t kMultiplier = 0x9e3779b97f4a7c15ull;

// The hash's three parts, so find's short-word path can hash a word's tail
// word and then compare the same word (see hash_bytes).
[[gnu::always_inline]] inline std::uint64_t hash_seed(std::size_t n) {
  return 1469598103934665603ull ^ (n * kMultiplier);
}
[[gnu::always_inline]] inline std::uint64_t hash_tail(std::uint64_t h, std::uint64_t tail) {
  return (h ^ tail) * kMultiplier;
}
[[gnu::always_inline]] inline std::uint64_t hash_finish(std::uint64_t h) {
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  return h;
}

// The hash, inlined into find (called for every word of every turn).
[[gnu::always_inline]] inline std::uint64_t hash_bytes(std::string_view s) {
  // Eight bytes per multiply (a word is one or two steps, where a byte-by-byte
  // FNV took one per letter), then a final mix so the low bits spread well in
  // the power-of-two table.
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = hash_seed(n);
  for (; n >= 8; p += 8, n -= 8) {
    h = (h ^ load8(p)) * kMultiplier;
    h ^= h >> 29;
  }
  if (n != 0) h = hash_tail(h, load_tail(p, n));
  return hash_finish(h);
}

}  // namespace

std::uint64_t StringTable::hash(std::string_view s) { return hash_bytes(s); }

std::uint32_t StringTable::find(std::string_view s) const {
  if (slots_.empty()) return 0;
  const std::uint64_t* const slots = slots_.data();
  const std::size_t mask = slots_.size() - 1;
  const std::size_t n = s.size();
  if (n - 1 < 7) {
    // 1-7 bytes, most words: their one tail word is hashed, then compared with
    // the candidate's (same_bytes loaded the word's bytes a second time).
    const std::uint64_t tail = load_tail(s.data(), n);
    const std::uint64_t h = hash_finish(hash_tail(hash_seed(n), tail));
    const std::uint64_t tag = h << 32;
    const std::uint32_t* const bounds = bounds_.data();
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint64_t slot = slots[i];
      if (slot == 0) return 0;
      if ((slot & ~std::uint64_t{0xFFFFFFFF}) != tag) continue;
      const auto id = static_cast<std::uint32_t>(slot);
      const std::uint32_t begin = bounds[id - 1];
      if (bounds[id] - begin == n && load_tail(arena_.data() + begin, n) == tail) return id;
    }
  }
  const std::uint64_t h = hash_bytes(s);
  const std::uint64_t tag = h << 32;  // the slot's upper half when the hash matches
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const std::uint64_t slot = slots[i];
    if (slot == 0) return 0;
    if ((slot & ~std::uint64_t{0xFFFFFFFF}) != tag) continue;
    const auto id = static_cast<std::uint32_t>(slot);
    if (text::same_bytes(at(id), s)) return id;
  }
}

void StringTable::place(std::uint64_t slot) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = (slot >> 32) & mask;
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_[i] = slot;
}

void StringTable::grow() {
  // The slots keep 32 hash bits: enough to place entries while the table
  // stays below 2^32 slots, so growing hashes no string again.
  std::vector<std::uint64_t> old(slots_.empty() ? 64 : slots_.size() * 2, 0);
  old.swap(slots_);
  for (const std::uint64_t slot : old)
    if (slot != 0) place(slot);
}

std::uint32_t StringTable::insert(std::string_view s) {
  if (std::uint32_t id = find(s)) return id;
  // Load factor <= 0.5: most look-ups are of words the table does not hold,
  // and a miss probes until an empty slot (about 8.5 slots at 0.75, 2.5 at 0.5).
  if ((size() + 1) * 2 >= slots_.size()) grow();
  arena_.append(s.data(), s.size());
  bounds_.push_back(static_cast<std::uint32_t>(arena_.size()));
  const auto id = static_cast<std::uint32_t>(size());
  place(id | (hash(s) << 32));
  return id;
}

void StringTable::reserve(std::size_t strings, std::size_t bytes) {
  arena_.reserve(bytes);
  bounds_.reserve(strings + 1);
}

std::size_t StringTable::memory_bytes() const {
  return arena_.capacity() + bounds_.capacity() * sizeof(std::uint32_t) +
         slots_.capacity() * sizeof(std::uint64_t);
}

}  // namespace feltline::lexicon
