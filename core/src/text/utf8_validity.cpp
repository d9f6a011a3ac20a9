#include "text/utf8_validity.hpp"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace feltline::text {

bool is_valid_utf8(std::string_view bytes) {
  const char* s = bytes.data();
  const auto n = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, s + i, 8);
      if (!(w & 0x8080808080808080ull)) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

}  // namespace feltline::text
