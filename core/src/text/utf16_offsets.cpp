#include "text/utf16_offsets.hpp"

#include <unicode/utf8.h>

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
}  // namespace

Utf16Offsets::Utf16Offsets(std::string_view utf8) : text_(utf8) {
  for (unsigned char c : utf8) {
    if (c >= 0x80) {
      ascii_ = false;
      break;
    }
  }
  if (ascii_) return;
  checkpoints_.reserve(utf8.size() / kStride + 1);
  std::uint32_t units = 0;
  for (std::uint32_t i = 0; i < utf8.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(units);
    auto b = static_cast<uint8_t>(utf8[i]);
    if (!U8_IS_TRAIL(b)) units += (b >= 0xF0) ? 2 : 1;
  }
  if (utf8.size() % kStride == 0) checkpoints_.push_back(units);  // so at(size()) has a checkpoint
}

std::uint32_t Utf16Offsets::at(std::uint32_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = static_cast<std::uint32_t>(text_.size());
  if (ascii_) return byte_offset;
  // Round down to the start of the character.
  while (byte_offset > 0 && byte_offset < text_.size() && U8_IS_TRAIL(static_cast<uint8_t>(text_[byte_offset])))
    --byte_offset;
  std::uint32_t base = byte_offset / kStride * kStride;
  return checkpoints_[base / kStride] + units_between(text_, base, byte_offset);
}

}  // namespace feltline::text
