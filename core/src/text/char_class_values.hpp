// What ICU says about one code point, packed into the 16-bit value that the
// character class table (core/data/char_classes.ucpt) stores for it. Native
// only: the generator (core/tools/char_class_table_gen.cpp) and the test that
// checks the committed table against ICU use it; the library itself only reads
// the table (text/char_properties.hpp), so it never calls ICU's property API.
#pragma once

#include <cstdint>

namespace feltline::text::char_class_values {

// Layout of a table value.
inline constexpr std::uint32_t kWordClassMask = 0x0F;     // fast_word_break::Class
inline constexpr std::uint32_t kWhiteSpaceBit = 0x10;     // u_isspace
inline constexpr std::uint32_t kSentenceBreakShift = 5;   // UCHAR_SENTENCE_BREAK, 4 bits
inline constexpr std::uint32_t kSentenceBreakMask = 0x0F;

/// The table value of `code_point` (0..0x10FFFF), computed from ICU's properties.
std::uint16_t compute(std::int32_t code_point);

}  // namespace feltline::text::char_class_values
