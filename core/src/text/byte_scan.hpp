// Eight bytes of text at a time: whether a word holds a given byte, or a byte
// that is not ASCII. The scans that only care about a few ASCII bytes (quote
// marks, the brackets of stage notes) skip the plain text between them so.
#pragma once

#include <cstdint>
#include <cstring>

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

}  // namespace feltline::text
