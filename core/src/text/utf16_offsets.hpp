// Converts byte offsets in UTF-8 text into UTF-16 code-unit offsets, the unit
// JavaScript strings index by, for the JSON output.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace feltline::text {

class Utf16Offsets {
 public:
  /// `utf8` must outlive this object and be valid UTF-8.
  explicit Utf16Offsets(std::string_view utf8);
  /// UTF-16 offset of the character starting at byte `byte_offset` (or of the
  /// end of the text). Offsets inside a character round down to its start.
  std::uint32_t at(std::uint32_t byte_offset) const;
  /// Length of the whole text in UTF-16 code units.
  std::uint32_t length() const { return at(static_cast<std::uint32_t>(text_.size())); }

 private:
  std::string_view text_;
  bool ascii_ = true;
  // For non-ASCII text: UTF-16 offset at every 64th byte boundary checkpoint.
  std::vector<std::uint32_t> checkpoints_;
};

}  // namespace feltline::text
