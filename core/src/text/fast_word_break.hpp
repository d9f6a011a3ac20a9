// Word boundaries exactly as ICU's word rules (core/data/word_break_rules.txt,
// UAX #29) give them, boundary for boundary and rule status for rule status,
// for text made only of "simple" characters, without running ICU's state
// machine: the fast path of text::WordTokenizer. Transcripts are mostly ASCII
// with some typographic punctuation and accented letters, and this loop runs
// several times faster than ICU's generic one.
//
// A character is simple when ICU's rules treat it like one of these ASCII
// classes (its class comes from ICU's own properties, through the table of
// text/char_properties.hpp):
//   Letter        A-Z a-z @ (ICU adds '@'), and other Word_Break=ALetter
//                 letters outside the CJK, Hangul and complex-context scripts
//   Numeric       0-9 and other Word_Break=Numeric digits
//   ExtendNumLet  _ (and U+202F, U+203F, ...)
//   MidNumLet     . and ’ ‘ (Word_Break=MidNumLet)   Single_Quote  '
//   MidNum        , ; (Word_Break=MidNum)             MidLetter  · (not ':')
//   Space         U+0020 only;  CR, LF, Newline (VT, FF)
//   Other         anything else whose Word_Break is Other and that no rule
//                 names: a segment of its own ("—", "“", NBSP, ...)
// Everything else is Complex (Extend, Format, ZWJ, Katakana, Hebrew, CJK,
// emoji, regional indicators, non-ASCII spaces and newlines, ...) and is left
// to ICU by the tokenizer. For simple text the rules reduce to WB3 (CR x LF),
// WB3a/b (break around newlines), WB3d (space x space), WB5-WB13b (letters,
// digits and ExtendNumLet join; MidLetter joins letter-letter, MidNumLet and
// Single_Quote join letter-letter and digit-digit, MidNum digit-digit), WB999.
// ICU's rule status is that of the last rule of the chain: 200 (letter) when a
// word ends in a letter, 100 (number) when it ends in a digit, and for a
// trailing ExtendNumLet that of the character before it (an ExtendNumLet
// before it counts as a letter); a lone ExtendNumLet, punctuation and white
// space are 0.
//
// tests/core/word_break_differential_test.cpp and tests/fuzz/word_break_fuzzer.cpp
// compare it with ICU on every BMP character in context, on exhaustive short
// strings, on random and on real text.
#pragma once

#include <cstdint>
#include <string_view>

namespace feltline::text::fast_word_break {

enum Class : std::uint8_t {
  kOther,
  kLetter,
  kNumeric,
  kExtendNumLet,
  kMidNumLet,
  kMidNum,
  kMidLetter,
  kSingleQuote,
  kSpace,
  kCR,
  kLF,
  kNewline,
  kComplex,
};

/// ICU rule status values (UBRK_WORD_NONE, _NUMBER, _LETTER).
inline constexpr std::int32_t kStatusNone = 0;
inline constexpr std::int32_t kStatusNumber = 100;
inline constexpr std::int32_t kStatusLetter = 200;

struct AsciiTable {
  Class of[128];
  constexpr AsciiTable() : of() {
    for (int c = 0; c < 128; ++c) of[c] = kOther;
    for (int c = 'a'; c <= 'z'; ++c) of[c] = kLetter;
    for (int c = 'A'; c <= 'Z'; ++c) of[c] = kLetter;
    of[static_cast<int>('@')] = kLetter;
    for (int c = '0'; c <= '9'; ++c) of[c] = kNumeric;
    of[static_cast<int>('_')] = kExtendNumLet;
    of[static_cast<int>('.')] = kMidNumLet;
    of[static_cast<int>(',')] = kMidNum;
    of[static_cast<int>(';')] = kMidNum;
    of[static_cast<int>('\'')] = kSingleQuote;
    of[static_cast<int>(' ')] = kSpace;
    of[static_cast<int>('\r')] = kCR;
    of[static_cast<int>('\n')] = kLF;
    of[0x0B] = kNewline;
    of[0x0C] = kNewline;
  }
};
inline constexpr AsciiTable kAscii{};

// Bytes that are kLetter on their own: A-Z, a-z, '@' (no byte of a multibyte character).
struct AsciiLetterTable {
  bool is[256];
  constexpr AsciiLetterTable() : is() {
    for (int c = 0; c < 128; ++c) is[c] = kAscii.of[c] == kLetter;
  }
};
inline constexpr AsciiLetterTable kAsciiLetter{};

/// The class of a non-ASCII code point, from ICU's properties (through the
/// generated table of text/char_properties.hpp). kComplex above U+FFFF.
Class non_ascii_class(std::uint32_t code_point);

/// Whether a non-ASCII code point is white space (u_isspace: NBSP, U+2007,
/// ...); the tokenizer drops white-space segments.
bool non_ascii_is_space(std::uint32_t code_point);

/// The class of the (valid UTF-8) character at s[i]; `length` gets its bytes.
inline Class class_at(const char* s, std::uint32_t i, std::uint32_t& length, std::uint32_t& code_point) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    length = 1;
    code_point = b;
    return kAscii.of[b];
  }
  if (b < 0xE0) {
    length = 2;
    code_point = ((b & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
  } else if (b < 0xF0) {
    length = 3;
    code_point = ((b & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                 (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
  } else {
    length = 4;
    code_point = 0x10000;
    return kComplex;
  }
  return non_ascii_class(code_point);
}

/// True when ICU's word rules put a boundary between the ASCII characters a
/// and b whatever text surrounds them (so text can be cut there and each
/// piece segmented on its own): after a newline (except CR LF), before a
/// newline, and between a space and anything but a space. Non-ASCII
/// characters can join a space (combining marks), so `b` must be ASCII.
inline bool is_hard_boundary(char a, char b) {
  const Class ca = kAscii.of[static_cast<unsigned char>(a) & 0x7F], cb = kAscii.of[static_cast<unsigned char>(b) & 0x7F];
  if (ca == kCR) return cb != kLF;
  if (ca == kLF || ca == kNewline) return true;
  if (cb == kCR || cb == kLF || cb == kNewline) return true;
  return ca == kSpace && cb != kSpace;
}

namespace detail {
inline bool is_word_char(Class c) { return c == kLetter || c == kNumeric || c == kExtendNumLet; }
}  // namespace detail

/// Segments valid UTF-8 `text` holding no kComplex character, calling
/// emit(begin, end, rule_status, is_space) for every segment in order, white
/// space included, exactly as ICU's iterator would.
template <class Emit>
void segment(std::string_view text, Emit&& emit) {
  const char* s = text.data();
  const std::uint32_t n = static_cast<std::uint32_t>(text.size());
  std::uint32_t i = 0, length, cp;
  while (i < n) {
    const std::uint32_t begin = i;
    const Class c = class_at(s, i, length, cp);
    if (c == kSpace) {
      do ++i;
      while (i < n && s[i] == ' ');
      emit(begin, i, kStatusNone, true);
      continue;
    }
    if (c == kCR) {
      i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
      emit(begin, i, kStatusNone, true);
      continue;
    }
    if (!detail::is_word_char(c)) {
      i += length;
      // An ASCII control (TAB, LF, ...) or a non-ASCII space such as NBSP.
      const bool space = length == 1 ? (c == kLF || c == kNewline || cp == '\t' || (cp >= 0x1C && cp <= 0x1F))
                                     : non_ascii_is_space(cp);
      emit(begin, i, kStatusNone, space);
      continue;
    }
    // A word: letters, digits and ExtendNumLet join (WB5, WB8-WB10, WB13a/b);
    // a middle character joins when the right kind of character follows it
    // (WB6/7, WB11/12).
    Class last = c, before_last = kOther;
    i += length;
    while (i < n) {
      // Most of a word is a run of ASCII letters after a letter: one table look-up
      // per byte, the same as the general step below (a letter after a letter).
      if (last == kLetter && kAsciiLetter.is[static_cast<unsigned char>(s[i])]) {
        do ++i;
        while (i < n && kAsciiLetter.is[static_cast<unsigned char>(s[i])]);
        before_last = kLetter;
        continue;
      }
      std::uint32_t len_b, cp_b;
      const Class b = class_at(s, i, len_b, cp_b);
      if (detail::is_word_char(b)) {
        before_last = last;
        last = b;
        i += len_b;
        continue;
      }
      if (i + len_b < n && (b == kMidNumLet || b == kSingleQuote || b == kMidNum || b == kMidLetter)) {
        std::uint32_t len_after, cp_after;
        const Class after = class_at(s, i + len_b, len_after, cp_after);
        const bool letters = last == kLetter && after == kLetter && b != kMidNum;
        const bool digits = last == kNumeric && after == kNumeric && b != kMidLetter;
        if (letters || digits) {
          before_last = b;
          last = after;
          i += len_b + len_after;
          continue;
        }
      }
      break;
    }
    std::int32_t status;
    if (last == kLetter) {
      status = kStatusLetter;
    } else if (last == kNumeric) {
      status = kStatusNumber;
    } else if (before_last == kOther) {
      status = kStatusNone;  // a lone ExtendNumLet
    } else {
      status = before_last == kNumeric ? kStatusNumber : kStatusLetter;
    }
    emit(begin, i, status, false);
  }
}

}  // namespace feltline::text::fast_word_break
