// Word boundaries for ASCII text exactly as ICU's word rules
// (core/data/word_break_rules.txt, UAX #29) give them, boundary for boundary and
// rule status for rule status, without running ICU's state machine: the fast
// path of text::WordTokenizer. Transcripts are mostly ASCII, and this loop runs
// several times faster than ICU's generic one.
//
// For ASCII the UAX #29 classes reduce to:
//   ALetter A-Z a-z @ (ICU adds '@')   Numeric 0-9      ExtendNumLet _
//   MidNumLet .   MidNum , ;   Single_Quote '   WSegSpace ' '
//   CR, LF, Newline (VT FF)            Other: everything else (':' is not
//   MidLetter in ICU's rules; '"' only matters next to Hebrew letters).
// and the rules to WB3 (CR x LF), WB3a/b (break around newlines), WB3d
// (space x space), WB5-WB13b (letters, digits and '_' join; '.' and '\'' join
// letter-letter and digit-digit; ',' and ';' join digit-digit), WB999.
// ICU's rule status is that of the last rule of the chain: 200 (letter) when
// a word ends in a letter, 100 (number) when it ends in a digit, and for a
// trailing '_' that of the character before it ('_' after '_' counts as a
// letter); a lone '_', punctuation and white space are 0.
//
// tests/core/ascii_word_break_test.cpp and tests/fuzz/word_break_fuzzer.cpp
// compare it with ICU on exhaustive, random and real inputs.
#pragma once

#include <cstdint>
#include <string_view>

namespace feltline::text::ascii_word_break {

enum Class : std::uint8_t {
  kOther,
  kLetter,
  kNumeric,
  kExtendNumLet,
  kMidNumLet,    // .
  kMidNum,       // , ;
  kSingleQuote,  // '
  kSpace,        // U+0020, WSegSpace
  kCR,
  kLF,
  kNewline,  // VT, FF
};

/// ICU rule status values (UBRK_WORD_NONE, _NUMBER, _LETTER).
inline constexpr std::int32_t kStatusNone = 0;
inline constexpr std::int32_t kStatusNumber = 100;
inline constexpr std::int32_t kStatusLetter = 200;

struct ClassTable {
  Class of[128];
  constexpr ClassTable() : of() {
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
inline constexpr ClassTable kClasses{};

inline Class class_of(char c) { return kClasses.of[static_cast<unsigned char>(c) & 0x7F]; }

/// True when ICU's word rules put a boundary between the ASCII characters a
/// and b whatever text surrounds them (so text can be cut there and each
/// piece segmented on its own): after a newline (except CR LF), before a
/// newline, and between a space and anything but a space. Non-ASCII
/// characters can join a space (combining marks), so `b` must be ASCII.
inline bool is_hard_boundary(char a, char b) {
  const Class ca = class_of(a), cb = class_of(b);
  if (ca == kCR) return cb != kLF;
  if (ca == kLF || ca == kNewline) return true;
  if (cb == kCR || cb == kLF || cb == kNewline) return true;
  return ca == kSpace && cb != kSpace;
}

namespace detail {
inline bool is_word_char(Class c) { return c == kLetter || c == kNumeric || c == kExtendNumLet; }
}  // namespace detail

/// Segments ASCII-only `text`, calling emit(begin, end, rule_status) for every
/// segment in order, white space included, exactly as ICU's iterator would.
template <class Emit>
void segment(std::string_view text, Emit&& emit) {
  const char* s = text.data();
  const std::uint32_t n = static_cast<std::uint32_t>(text.size());
  std::uint32_t i = 0;
  while (i < n) {
    const std::uint32_t begin = i;
    const Class c = class_of(s[i]);
    if (c == kSpace) {
      do ++i;
      while (i < n && s[i] == ' ');
      emit(begin, i, kStatusNone);
      continue;
    }
    if (c == kCR) {
      i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
      emit(begin, i, kStatusNone);
      continue;
    }
    if (!detail::is_word_char(c)) {
      emit(begin, ++i, kStatusNone);
      continue;
    }
    // A word: letters, digits and '_' join (WB5, WB8-WB10, WB13a/b); a middle
    // character joins when the same kind of character follows it (WB6/7, WB11/12).
    Class last = c, before_last = kOther;
    ++i;
    while (i < n) {
      const Class b = class_of(s[i]);
      if (detail::is_word_char(b)) {
        before_last = last;
        last = b;
        ++i;
        continue;
      }
      if (i + 1 < n && (b == kMidNumLet || b == kSingleQuote || b == kMidNum)) {
        const Class after = class_of(s[i + 1]);
        const bool letters = last == kLetter && after == kLetter && b != kMidNum;
        const bool digits = last == kNumeric && after == kNumeric;
        if (letters || digits) {
          before_last = b;
          last = after;
          i += 2;
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
    } else if (i - begin == 1) {
      status = kStatusNone;  // a lone '_'
    } else {
      status = before_last == kNumeric ? kStatusNumber : kStatusLetter;
    }
    emit(begin, i, status);
  }
}

}  // namespace feltline::text::ascii_word_break
