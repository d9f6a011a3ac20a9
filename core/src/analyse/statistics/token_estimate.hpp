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
#include <string_view>
#include <vector>

#include "text/word_tokenizer.hpp"

namespace feltline::analyse {

std::uint32_t estimate_tokens(std::string_view utf8, const std::vector<text::Token>& tokens);

/// The estimate for one token.
std::uint32_t estimate_token(std::string_view token_text, text::TokenType type);

/// The same for token `t` of `text`; reads up to 8 bytes past the token's end
/// when `text` holds them (a short ASCII word is then tested in one step).
std::uint32_t estimate_token_in(std::string_view text, const text::Token& t);

}  // namespace feltline::analyse
