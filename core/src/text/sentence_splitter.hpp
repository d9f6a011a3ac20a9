// Sentences of a turn, found on its word tokens with the Unicode sentence
// boundary rules (UAX #29, the rules ICU's sentence break iterator runs) that
// matter once words are known. Reusing the word tokens costs one pass over
// them instead of a second ICU iterator over the text, and needs no sentence
// rule data in the WebAssembly module; tests check it against ICU's own
// sentence iterator (tests/core/stats_sentences_test.cpp).
//
// A sentence ends
//  - after a run of terminators (Sentence_Break STerm "?!。" or ATerm ".")
//    with the closing quotes and brackets right after them (SB9-SB11), unless
//      * a comma, semicolon or colon follows (SB8a: "What?, she said"), or
//      * the run is only ATerm and the next letter is lower case
//        (SB8: "e.g. the"), or an upper-case letter follows with no space
//        between letter, full stop and letter (SB7: "U.S.A");
//  - at a paragraph separator (a line break; SB4), terminator or not;
//  - at the end of the text.
// A segment without a word or number token (a lone "—") is not a sentence.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/word_tokenizer.hpp"

namespace feltline::text {

struct Sentence {
  std::uint32_t first_token = 0;  // [first_token, end_token) into the tokens given
  std::uint32_t end_token = 0;
  bool question = false;  // its closing terminators hold a question mark
};

/// `tokens` are word tokens of `utf8` in order (any subset, e.g. without the
/// tokens of meta notes); gaps between them are read for line breaks.
void split_sentences(std::string_view utf8, const std::vector<Token>& tokens, std::vector<Sentence>& out);

/// True when the token text holds a question mark that ends sentences: ? ？ ؟
/// ⁇ ⁈ ⁉ ﹖ (U+003F, U+FF1F, U+061F, U+2047-U+2049, U+FE56).
bool is_question_mark_token(std::string_view token_text);

}  // namespace feltline::text
