// Word segmentation of UTF-8 text with ICU's rule-based word break iterator
// (UAX #29). This is the only tokenizer in Feltline: parsers, analysers and
// statistics all see the same tokens.
//
// Stretches of ASCII and other "simple" characters (typographic punctuation,
// accented letters: fast_word_break.hpp) take a fast path that gives exactly
// ICU's boundaries and rule statuses; any stretch holding another character
// (combining marks, CJK, Hebrew, emoji, ...) is segmented by ICU itself. The
// text is only ever cut where ICU's rules always break whatever surrounds the
// cut (around newlines, after a space), so the result is ICU's, token for
// token: tests/core/word_break_differential_test.cpp and
// tests/fuzz/word_break_fuzzer.cpp compare the two on every BMP character in
// context, exhaustive, random and real inputs.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace feltline::text {

enum class TokenType : std::uint8_t {
  word,         // contains letters (ICU rule status UBRK_WORD_LETTER/KANA/IDEO)
  number,       // ICU rule status UBRK_WORD_NUMBER
  punctuation,  // anything else that is not white space
};

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the segmented text
  std::uint32_t end = 0;
  TokenType type = TokenType::word;
};

/// One segment between two word boundaries, white space included, with ICU's
/// rule status (0 none, 100 number, 200 letter, 300 kana, 400 ideographic).
struct Segment {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::int32_t rule_status = 0;
  bool operator==(const Segment& o) const {
    return begin == o.begin && end == o.end && rule_status == o.rule_status;
  }
};

/// Not thread-safe: give each thread its own tokenizer.
class WordTokenizer {
 public:
  WordTokenizer();
  ~WordTokenizer();
  WordTokenizer(const WordTokenizer&) = delete;
  WordTokenizer& operator=(const WordTokenizer&) = delete;

  /// Appends the non-space segments of `utf8` to `out` (which is cleared first).
  /// `utf8` must be valid UTF-8 (see input_cleanup.hpp).
  void tokenize(std::string_view utf8, std::vector<Token>& out);

  /// Every segment of `utf8` with its rule status (`out` is cleared first):
  /// what ICU's iterator gives, through the ASCII fast path where it applies.
  void segment(std::string_view utf8, std::vector<Segment>& out);

  /// The same computed by ICU alone: the reference the fast path is tested
  /// against, and the floor the benchmarks compare with.
  void segment_with_icu(std::string_view utf8, std::vector<Segment>& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace feltline::text
