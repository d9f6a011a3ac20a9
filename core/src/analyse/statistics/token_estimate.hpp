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
// The apostrophes among up to eight ASCII bytes (zero bytes count none). An
// ASCII word's estimate is 1 + (n - 1) / 8 and these: fold_tokens counts them
// in the bytes it folds (token_folding.cpp), so the statistics need no pass of
// their own over the tokens.
inline std::uint64_t apostrophes(std::uint64_t v) {
  constexpr std::uint64_t kLow = 0x7F7F7F7F7F7F7F7Full;
  const std::uint64_t x = v ^ 0x2727272727272727ull;             // a zero byte where v has '\''
  const std::uint64_t zero = ~(((x & kLow) + kLow) | x | kLow);  // the high bit of each zero byte
  // one per zero byte, summed into the top byte (no popcount instruction on baseline x86-64)
  return ((zero >> 7) * 0x0101010101010101ull) >> 56;
}
}  // namespace token_estimate_detail
#endif

}  // namespace feltline::analyse
