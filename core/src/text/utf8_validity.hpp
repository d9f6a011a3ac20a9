// Whether bytes are well-formed UTF-8 (ICU's definition: no overlong forms,
// no surrogates, nothing above U+10FFFF). ASCII is skipped eight bytes at a time.
#pragma once

#include <string_view>

namespace feltline::text {

bool is_valid_utf8(std::string_view bytes);

}  // namespace feltline::text
