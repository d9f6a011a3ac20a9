#include "text/char_class_values.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/fast_word_break.hpp"

namespace feltline::text::char_class_values {
namespace {

using namespace fast_word_break;

// The fast word-break path's class (see fast_word_break.hpp). Only BMP code
// points are looked up by the tokenizer; the others get what ICU would say too.
Class word_class(UChar32 c) {
  if (c < 0x80) return kAscii.of[c];
  if (c >= 0xD800 && c <= 0xDFFF) return kComplex;  // never in valid UTF-8
  // Sets the rules name besides Word_Break: Han, Hiragana, Katakana (script),
  // Ideographic, Hangul syllables, complex context. (Extended_Pictographic
  // only matters after a ZWJ, which is complex: ICU gets the pair.)
  if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) return kComplex;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  if (U_FAILURE(status) || script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
      script == USCRIPT_HANGUL)
    return kComplex;
  if (u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT) return kComplex;
  if (c >= 0xAC00 && c <= 0xD7A3) return kComplex;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER: return kLetter;
    case U_WB_NUMERIC: return kNumeric;
    case U_WB_EXTENDNUMLET: return kExtendNumLet;
    case U_WB_MIDNUMLET: return kMidNumLet;
    case U_WB_MIDNUM: return kMidNum;
    // The core's rules take ':' (ASCII) and its small and full-width forms out of MidLetter.
    case U_WB_MIDLETTER: return c == 0xFE55 || c == 0xFF1A ? kOther : kMidLetter;
    case U_WB_OTHER: return kOther;
    default: return kComplex;  // Extend, Format, ZWJ, Katakana, Hebrew_Letter, WSegSpace, Newline, ...
  }
}

}  // namespace

std::uint16_t compute(std::int32_t code_point) {
  const UChar32 c = code_point;
  std::uint32_t value = word_class(c);
  if (u_isspace(c)) value |= kWhiteSpaceBit;
  const std::uint32_t sb = static_cast<std::uint32_t>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
  value |= (sb & kSentenceBreakMask) << kSentenceBreakShift;
  return static_cast<std::uint16_t>(value);
}

}  // namespace feltline::text::char_class_values
