#include "lexicon/string_table.hpp"

#include "text/byte_scan.hpp"

namespace feltline::lexicon {

using text::load8;
using text::load_tail;

namespace {

// The hash, inlined into find (called for every word of every turn).
[[gnu::always_inline]] inline std::uint64_t hash_bytes(std::string_view s) {
  // Eight bytes per multiply (a word is one or two steps, where a byte-by-byte
  // FNV took one per letter), then a final mix so the low bits spread well in
  // the power-of-two table.
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = 1469598103934665603ull ^ (n * 0x9e3779b97f4a7c15ull);
  for (; n >= 8; p += 8, n -= 8) {
    h = (h ^ load8(p)) * 0x9e3779b97f4a7c15ull;
    h ^= h >> 29;
  }
  if (n != 0) h = (h ^ load_tail(p, n)) * 0x9e3779b97f4a7c15ull;
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  return h;
}

}  // namespace

std::uint64_t StringTable::hash(std::string_view s) { return hash_bytes(s); }

std::string_view StringTable::at(std::uint32_t id) const {
  const std::uint32_t begin = starts_[id - 1];
  const std::uint32_t end = id < starts_.size() ? starts_[id] : static_cast<std::uint32_t>(arena_.size());
  return std::string_view(arena_.data() + begin, end - begin);
}

std::uint32_t StringTable::find(std::string_view s) const {
  if (slots_.empty()) return 0;
  const std::uint64_t h = hash_bytes(s);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const std::uint32_t id = slots_[i];
    if (id == 0) return 0;
    if (hashes_[id - 1] != static_cast<std::uint32_t>(h)) continue;
    const std::uint32_t begin = starts_[id - 1];
    const std::uint32_t end = id < starts_.size() ? starts_[id] : static_cast<std::uint32_t>(arena_.size());
    if (text::same_bytes(std::string_view(arena_.data() + begin, end - begin), s)) return id;
  }
}

void StringTable::grow() {
  std::size_t size = slots_.empty() ? 64 : slots_.size() * 2;
  slots_.assign(size, 0);
  const std::size_t mask = size - 1;
  for (std::uint32_t id = 1; id <= starts_.size(); ++id) {
    // Only 32 hash bits are kept; that is enough to place entries while the
    // table stays below 2^32 slots.
    std::size_t i = hash(at(id)) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = id;
  }
}

std::uint32_t StringTable::insert(std::string_view s) {
  if (std::uint32_t id = find(s)) return id;
  // Load factor <= 0.5: most look-ups are of words the table does not hold,
  // and a miss probes until an empty slot (about 8.5 slots at 0.75, 2.5 at 0.5).
  if ((starts_.size() + 1) * 2 >= slots_.size()) grow();
  starts_.push_back(static_cast<std::uint32_t>(arena_.size()));
  arena_.append(s.data(), s.size());
  const std::uint64_t h = hash(s);
  hashes_.push_back(static_cast<std::uint32_t>(h));
  const auto id = static_cast<std::uint32_t>(starts_.size());
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_[i] = id;
  return id;
}

void StringTable::reserve(std::size_t strings, std::size_t bytes) {
  arena_.reserve(bytes);
  starts_.reserve(strings);
  hashes_.reserve(strings);
}

std::size_t StringTable::memory_bytes() const {
  return arena_.capacity() +
         (starts_.capacity() + hashes_.capacity() + slots_.capacity()) * sizeof(std::uint32_t);
}

}  // namespace feltline::lexicon
