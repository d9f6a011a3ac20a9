#include "text/utf16_input.hpp"

#include <unicode/ustring.h>

#include <vector>

namespace feltline::text {

bool utf16_to_utf8(std::string_view raw, std::string& out) {
  if (raw.size() < 2) return false;
  const auto b0 = static_cast<unsigned char>(raw[0]), b1 = static_cast<unsigned char>(raw[1]);
  const bool little = b0 == 0xFF && b1 == 0xFE;
  const bool big = b0 == 0xFE && b1 == 0xFF;
  if (!little && !big) return false;
  std::vector<UChar> units;
  units.reserve(raw.size() / 2);
  for (std::size_t i = 2; i + 1 < raw.size(); i += 2) {
    const auto lo = static_cast<unsigned char>(raw[little ? i : i + 1]);
    const auto hi = static_cast<unsigned char>(raw[little ? i + 1 : i]);
    units.push_back(static_cast<UChar>((hi << 8) | lo));
  }
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strToUTF8WithSub(nullptr, 0, &length, units.data(), static_cast<int32_t>(units.size()), 0xFFFD, nullptr,
                     &status);
  out.assign(static_cast<std::size_t>(length), '\0');
  status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data(), length, nullptr, units.data(), static_cast<int32_t>(units.size()), 0xFFFD,
                     nullptr, &status);
  if (U_FAILURE(status)) out.clear();
  return true;
}

}  // namespace feltline::text
