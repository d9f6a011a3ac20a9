#include "text/char_properties.hpp"

#include <unicode/ucptrie.h>

#include <cstdlib>

#include "data/embedded_data.hpp"
#include "text/char_class_values.hpp"

namespace feltline::text::char_properties {
namespace {

const UCPTrie* table() {
  static const UCPTrie* trie = [] {
    UErrorCode status = U_ZERO_ERROR;
    const std::string_view bytes = data::kCharClassTable;
    UCPTrie* t = ucptrie_openFromBinary(UCPTRIE_TYPE_FAST, UCPTRIE_VALUE_BITS_16, bytes.data(),
                                        static_cast<int32_t>(bytes.size()), nullptr, &status);
    if (U_FAILURE(status) || !t) std::abort();  // the compiled-in table is broken: a build error
    return t;
  }();
  return trie;
}

}  // namespace

std::uint16_t value(std::uint32_t code_point) {
  if (code_point > 0x10FFFF) return 0;
  const UCPTrie* trie = table();
  return static_cast<std::uint16_t>(UCPTRIE_FAST_GET(trie, UCPTRIE_16, static_cast<UChar32>(code_point)));
}

bool is_white_space(std::uint32_t code_point) {
  return value(code_point) & char_class_values::kWhiteSpaceBit;
}

int sentence_break(std::uint32_t code_point) {
  return static_cast<int>((value(code_point) >> char_class_values::kSentenceBreakShift) &
                          char_class_values::kSentenceBreakMask);
}

fast_word_break::Class word_class(std::uint32_t code_point) {
  return static_cast<fast_word_break::Class>(value(code_point) & char_class_values::kWordClassMask);
}

}  // namespace feltline::text::char_properties
