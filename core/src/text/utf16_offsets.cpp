#include "text/utf16_offsets.hpp"

#include <unicode/utf8.h>

#include <cstring>

namespace feltline::text {
namespace {
constexpr std::uint32_t kStride = 64;

// UTF-16 length of the UTF-8 bytes [from, to), counting by lead bytes:
// a 4-byte sequence (lead >= 0xF0) is a surrogate pair.
std::uint32_t units_between(std::string_view s, std::uint32_t from, std::uint32_t to) {
  std::uint32_t units = 0;
  for (std::uint32_t i = from; i < to; ++i) {
    auto b = static_cast<uint8_t>(s[i]);
    if (!U8_IS_TRAIL(b)) units += (b >= 0xF0) ? 2 : 1;
  }
  return units;
}

// UTF-16 units of eight UTF-8 bytes: one per byte that is not a continuation
// byte (10xxxxxx), plus one more per 4-byte lead (11110xxx): its surrogate pair.
inline std::uint32_t units_in_word(std::uint64_t w) {
  constexpr std::uint64_t highs = 0x8080808080808080ull, ones = 0x0101010101010101ull;
  const std::uint64_t continuation = w & ~(w << 1) & highs;
  const std::uint64_t four_byte_lead = w & (w << 1) & (w << 2) & (w << 3) & highs;
  // Count of high bits: one multiply adds the eight bytes up in the top byte
  // (x86-64's baseline has no popcount instruction; libgcc's is a call).
  const auto count = [&](std::uint64_t m) { return static_cast<std::uint32_t>(((m >> 7) * ones) >> 56); };
  return 8 - count(continuation) + count(four_byte_lead);
}

}  // namespace

Utf16Offsets::Utf16Offsets(std::string_view utf8) : text_(utf8) {
  const std::size_t n = utf8.size();
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, utf8.data() + i, 8);
    if (w & 0x8080808080808080ull) break;
  }
  for (; i < n; ++i) {
    if (static_cast<unsigned char>(utf8[i]) >= 0x80) {
      ascii_ = false;
      break;
    }
  }
  if (ascii_) return;
  // A checkpoint every kStride (64) bytes, counted eight bytes at a time.
  checkpoints_.reserve(n / kStride + 2);
  std::uint32_t units = 0;
  std::size_t block = 0;
  for (; block + kStride <= n; block += kStride) {
    checkpoints_.push_back(units);
    for (std::size_t k = 0; k < kStride; k += 8) {
      std::uint64_t w;
      std::memcpy(&w, utf8.data() + block + k, 8);
      units += units_in_word(w);
    }
  }
  checkpoints_.push_back(units);  // the last, partial block (or the end)
}

std::uint32_t Utf16Offsets::at(std::uint32_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = static_cast<std::uint32_t>(text_.size());
  if (ascii_) return byte_offset;
  // Round down to the start of the character.
  while (byte_offset > 0 && byte_offset < text_.size() && U8_IS_TRAIL(static_cast<uint8_t>(text_[byte_offset])))
    --byte_offset;
  std::uint32_t at = byte_offset / kStride * kStride;
  std::uint32_t units = checkpoints_[at / kStride];
  // From the checkpoint: eight bytes at a time, then the rest one by one.
  for (; at + 8 <= byte_offset; at += 8) {
    std::uint64_t w;
    std::memcpy(&w, text_.data() + at, 8);
    units += units_in_word(w);
  }
  return units + units_between(text_, at, byte_offset);
}

}  // namespace feltline::text
