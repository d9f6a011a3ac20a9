// The fast word-break path's class of each non-ASCII BMP code point, read from
// the character class table generated from ICU's properties
// (text/char_properties.hpp), so both hosts classify exactly as ICU does.
#include "text/char_properties.hpp"
#include "text/fast_word_break.hpp"

namespace feltline::text::fast_word_break {

Class non_ascii_class(std::uint32_t code_point) {
  return code_point > 0xFFFF ? kComplex : char_properties::word_class(code_point);
}

bool non_ascii_is_space(std::uint32_t code_point) { return char_properties::is_white_space(code_point); }

}  // namespace feltline::text::fast_word_break
