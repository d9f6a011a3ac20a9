// The fast word-break path's class of each non-ASCII BMP code point, from
// ICU's own properties (see fast_word_break.hpp), computed on first sight and
// kept for every thread (relaxed atomics: every thread computes the same value).
// All these properties are compiled into ICU's common library, so the
// WebAssembly build (which ships almost no ICU data) classifies the same way.
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <atomic>

#include "text/fast_word_break.hpp"

namespace feltline::text::fast_word_break {
namespace {

constexpr std::uint8_t kKnown = 0x40;      // 0 in the table: not computed yet
constexpr std::uint8_t kSpaceFlag = 0x80;  // kOther that u_isspace calls white space

std::uint8_t compute(UChar32 c) {
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
    case U_WB_MIDLETTER: return c == 0xFE55 || c == 0xFF1A ? std::uint8_t{kOther} : std::uint8_t{kMidLetter};
    case U_WB_OTHER: return u_isspace(c) ? kOther | kSpaceFlag : kOther;
    default: return kComplex;  // Extend, Format, ZWJ, Katakana, Hebrew_Letter, WSegSpace, Newline, ...
  }
}

std::atomic<std::uint8_t> table[0x10000];  // zero-initialised: nothing known yet

std::uint8_t entry(std::uint32_t cp) {
  if (cp > 0xFFFF) return kComplex;
  std::atomic<std::uint8_t>& slot = table[cp];
  std::uint8_t v = slot.load(std::memory_order_relaxed);
  if (!v) {
    v = compute(static_cast<UChar32>(cp)) | kKnown;
    slot.store(v, std::memory_order_relaxed);
  }
  return v;
}

}  // namespace

Class non_ascii_class(std::uint32_t code_point) {
  return static_cast<Class>(entry(code_point) & ~(kSpaceFlag | kKnown));
}

bool non_ascii_is_space(std::uint32_t code_point) { return entry(code_point) & kSpaceFlag; }

}  // namespace feltline::text::fast_word_break
