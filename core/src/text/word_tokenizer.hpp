// Word segmentation of UTF-8 text with ICU's rule-based word break iterator
// (UAX #29). This is the only tokenizer in Feltline: parsers, analysers and
// statistics all see the same tokens.
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

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace feltline::text
