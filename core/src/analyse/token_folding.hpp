// Each ICU word token of a turn folded for matching, concatenated in one
// string: the mention rules and the statistics both read these, so a turn is
// tokenized and folded once (the statistics used to do it a second time).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/word_tokenizer.hpp"

namespace feltline::analyse {

/// Folds every token of `text` (text::fold_for_matching: NFKC_Casefold and
/// apostrophes) into `folded`; `starts` gets each token's offset in it plus
/// one for the end. Both are cleared first. `scratch` is reused.
/// Returns the tokens' estimate (estimate_tokens in statistics/token_estimate.hpp),
/// counted from the bytes the fold reads anyway: the statistics need no second
/// pass over them.
/// When `apostrophe` is given it gets, per token, whether its fold holds a "'"
/// (the fold reads every byte anyway: build_turn_words needs no search for it).
std::uint32_t fold_tokens(std::string_view text, const std::vector<text::Token>& tokens, std::string& folded,
                          std::vector<std::uint32_t>& starts, std::string& scratch,
                          std::vector<std::uint8_t>* apostrophe = nullptr);

/// A turn's tokens and their folded text, as fold_tokens() leaves them (a view).
struct FoldedTokens {
  const std::vector<text::Token>& tokens;
  std::string_view folded;
  const std::vector<std::uint32_t>& starts;
  /// What fold_tokens returned: the LLM-token estimate of all the tokens.
  std::uint32_t tokens_estimate = 0;
  /// Per token, the default lexicon's id of folded_token(t) when known (0 when
  /// not, or not looked up); null when nobody looked the tokens up.
  const std::vector<std::uint32_t>* lexicon_ids = nullptr;

  std::string_view folded_token(std::size_t t) const {
    return folded.substr(starts[t], starts[t + 1] - starts[t]);
  }
};

}  // namespace feltline::analyse
