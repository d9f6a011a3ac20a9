// Eight bytes of text at a time: whether a word holds a given byte, or a byte
// that is not ASCII, and whether two short strings are equal. The scans that
// only care about a few ASCII bytes (quote marks, the brackets of stage notes)
// skip the plain text between them so; the look-ups compare words in place.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace feltline::text {

/// The eight bytes at `p` as one word (unaligned read).
inline std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

/// Non-zero when one of the eight bytes of `w` equals `byte` (the "has a zero
/// byte" bit trick on `w` xor `byte` repeated; exact for whether any byte does).
constexpr std::uint64_t has_byte(std::uint64_t w, unsigned char byte) {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  const std::uint64_t x = w ^ (ones * byte);
  return (x - ones) & ~x & highs;
}

/// Non-zero when one of the eight bytes of `w` is not ASCII.
constexpr std::uint64_t has_non_ascii(std::uint64_t w) { return w & 0x8080808080808080ull; }

/// The last 1-7 bytes at `p` (1 <= n <= 7) as one word, without reading past
/// them: two overlapping four-byte loads, or bytes 0, n/2 and n-1 (which bytes
/// they were is pinned down by `n`, which the caller compares or hashes too).
inline std::uint64_t load_tail(const char* p, std::size_t n) {
  if (n >= 4) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return lo | (std::uint64_t{hi} << 32);
  }
  const auto b = [p](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])}; };
  return b(0) | (b(n / 2) << 8) | (b(n - 1) << 16);
}

/// Whether `a` and `b` hold the same bytes, compared in place: for a word of a
/// few letters a call to memcmp costs more than the comparison.
inline bool same_bytes(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  const char* x = a.data();
  const char* y = b.data();
  std::size_t n = a.size();
  for (; n >= 8; x += 8, y += 8, n -= 8)
    if (load8(x) != load8(y)) return false;
  return n == 0 || load_tail(x, n) == load_tail(y, n);
}

}  // namespace feltline::text
