// An estimate of how many LLM tokens a text takes, from its ICU word tokens,
// for the cumulative-token figure (docs/metrics.md, "Token estimate"):
// generated sessions end when the prompt outgrows the model's context.
//
//   word of ASCII letters/digits, n characters   1 + (n - 1) / 8  (integer division)
//   word with other characters, n code points     max(1, ceil(n / 3))
//     ... but CJK ideographs, kana, Hangul          1 each
//   number                                        ceil(d / 3) per run of d digits, +1 per separator
//   each apostrophe inside a word ("I'm")         +1
//   punctuation token                             1
//
// Measured against the Llama 3 and GPT-4o tokenizers (docs/metrics.md): within
// about 8% on English; other languages are less certain (about 20-45%).
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "text/word_tokenizer.hpp"

namespace feltline::analyse {

std::uint32_t estimate_tokens(std::string_view utf8, const std::vector<text::Token>& tokens);

/// The estimate for one token.
std::uint32_t estimate_token(std::string_view token_text, text::TokenType type);

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
namespace token_estimate_detail {
constexpr std::uint64_t kHigh = 0x8080808080808080ull, kLow = 0x7F7F7F7F7F7F7F7Full;
// The apostrophes among up to eight ASCII bytes (zero bytes count none).
inline std::uint64_t apostrophes(std::uint64_t v) {
  const std::uint64_t x = v ^ 0x2727272727272727ull;             // a zero byte where v has '\''
  const std::uint64_t zero = ~(((x & kLow) + kLow) | x | kLow);  // the high bit of each zero byte
  // one per zero byte, summed into the top byte (no popcount instruction on baseline x86-64)
  return ((zero >> 7) * 0x0101010101010101ull) >> 56;
}
inline std::uint64_t low_bytes(std::uint64_t v, std::size_t n) {
  return n < 8 ? v & ((std::uint64_t{1} << (8 * n)) - 1) : v;
}
}  // namespace token_estimate_detail
#endif

/// The same for token `t` of `text`; reads up to 16 bytes from the token's start
/// when `text` holds them (a short ASCII word is then tested a word at a time).
/// Inline: the statistics call it for every token of every turn.
inline std::uint32_t estimate_token_in(std::string_view text, const text::Token& t) {
  if (t.type == text::TokenType::punctuation) return 1;
  const std::size_t n = t.end - t.begin;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  // Nearly every word is a short ASCII one: its bytes in one or two 64-bit values, tested
  // for non-ASCII and counted for apostrophes together (word_tokens' ASCII rule).
  namespace d = token_estimate_detail;
  if (t.type == text::TokenType::word && n >= 1 && n <= 8 && t.begin + 8 <= text.size()) {
    std::uint64_t v;
    std::memcpy(&v, text.data() + t.begin, 8);
    v = d::low_bytes(v, n);  // the token's own bytes
    if (!(v & d::kHigh)) return static_cast<std::uint32_t>(1 + (n - 1) / 8 + d::apostrophes(v));
  } else if (t.type == text::TokenType::word && n > 8 && n <= 16 && t.begin + 16 <= text.size()) {
    std::uint64_t v, w;
    std::memcpy(&v, text.data() + t.begin, 8);
    std::memcpy(&w, text.data() + t.begin + 8, 8);
    w = d::low_bytes(w, n - 8);
    if (!((v | w) & d::kHigh))
      return static_cast<std::uint32_t>(1 + (n - 1) / 8 + d::apostrophes(v) + d::apostrophes(w));
  }
#endif
  return estimate_token(text.substr(t.begin, n), t.type);
}

}  // namespace feltline::analyse
