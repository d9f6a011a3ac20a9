// The character properties the core asks about a code point, read from a
// table generated from ICU at development time (core/data/char_classes.ucpt,
// see core/tools/char_class_table_gen.cpp) rather than from ICU's property
// API at run time: same answers, no property tables in the WebAssembly module.
#pragma once

#include <cstdint>

#include "text/fast_word_break.hpp"

namespace feltline::text::char_properties {

/// The raw table value (layout in text/char_class_values.hpp); 0 outside 0..0x10FFFF.
std::uint16_t value(std::uint32_t code_point);

/// u_isspace(code_point).
bool is_white_space(std::uint32_t code_point);

/// u_getIntPropertyValue(code_point, UCHAR_SENTENCE_BREAK): a USentenceBreak value.
int sentence_break(std::uint32_t code_point);

/// The fast word-break path's class of the code point (fast_word_break.hpp).
fast_word_break::Class word_class(std::uint32_t code_point);

}  // namespace feltline::text::char_properties
