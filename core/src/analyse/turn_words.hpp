// The words of one turn as the mention rules read them: ICU word segments,
// folded, contractions split ("I'm" -> "i" "am"), hyphenated compounds joined
// when the lexicon knows them ("self-conscious"), numbers parsed, and
// punctuation kept as boundaries. Text inside meta_note flags is left out (a
// hard boundary takes its place) unless the options include it.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "feltline/transcript.hpp"
#include "analyse/span_set.hpp"
#include "lexicon/contractions.hpp"
#include "lexicon/default_lexicon.hpp"
#include "text/word_tokenizer.hpp"

namespace feltline::analyse {

enum class Punct : std::uint8_t {
  none,           // a word or a number
  sentence_end,   // . ! and a paragraph break
  question_mark,  // ?
  clause_break,   // ; : ( ) [ ] ellipsis, a dash, quotation marks
  comma,          // also an ellipsis ("I'm just... flat"): a pause, not a boundary
  hyphen,         // a hyphen inside a compound the lexicon does not know ("chest-tightness")
  slash,          // /
  other,
};

struct Word {
  std::uint32_t begin = 0;  // byte offsets into the turn's text
  std::uint32_t end = 0;
  lexicon::WordId id = 0;  // default-lexicon vocabulary id; 0 when unknown
  lexicon::WordId listed = 0;  // id 0 but in the vocabulary for the cue-word lists only (word_lists.hpp)
  lexicon::ClassBits classes = 0;
  std::uint32_t token = 0;  // the ICU token it came from
  Punct punct = Punct::none;
  bool is_number = false;  // digits, or a number word ("seven")
  bool quoted = false;     // inside a quoted flag span
  float number = NAN;
};

struct TurnWords {
  std::vector<Word> words;
  std::vector<text::Token> tokens;
  std::string folded;                       // every token folded, concatenated
  std::vector<std::uint32_t> folded_start;  // per token, offset into `folded`; one extra at the end
  std::vector<std::uint8_t> token_skipped;  // token inside a skipped meta note (bytes: a bit vector
                                            // cost a shift and mask at each of the per-token reads)
  std::vector<std::uint8_t> token_apostrophe;  // per token, whether its folded text holds a "'"
  std::vector<lexicon::WordId> token_ids;   // per token, the default-lexicon id of its whole folded text; 0 if none
  std::uint32_t tokens_estimate = 0;        // of all the tokens, as fold_tokens returned it
  SpanSet meta_notes, quoted_spans;        // the turn's flags of those kinds
  // scratch buffers, kept so that a warm TurnWords allocates nothing
  std::vector<lexicon::TokenPiece> pieces;
  std::string joined, scratch;

  std::string_view folded_token(std::size_t t) const {
    return std::string_view(folded).substr(folded_start[t], folded_start[t + 1] - folded_start[t]);
  }
  bool is_word(std::size_t i) const { return words[i].punct == Punct::none; }
};

/// Fills `out` for `turn`. Reuses `out`'s buffers: no allocation per word once warm.
void build_turn_words(const Turn& turn, const lexicon::DefaultLexicon& lexicon,
                      text::WordTokenizer& tokenizer, bool include_meta_notes, TurnWords& out);

}  // namespace feltline::analyse
