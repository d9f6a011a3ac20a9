// Adds terms to a Lexicon. A term is written the way docs/lexicon.md#term-syntax
// describes:
//
//   "anxious:a"                an adjective and its forms (anxiously, anxiousness, ...)
//   "worry:v"                  a verb and its forms (worries, worried, worrying)
//   "lump in {det} throat"     a phrase; {det} is any determiner (my, the, your, ...)
//   "heart sink:v"             a phrase whose second word inflects
//   "can't breathe"            contractions are split as in text ("can not breathe")
//   "anxi*"                    any word starting with "anxi" (custom dictionaries)
//
// Words are folded (NFKC_Casefold) and segmented with the same ICU rules as
// the transcript, so a term matches exactly what the analysis sees.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/contractions.hpp"
#include "lexicon/inflection.hpp"
#include "lexicon/lexicon_model.hpp"
#include "text/word_tokenizer.hpp"

namespace feltline::lexicon {

class LexiconBuilder {
 public:
  /// `contractions` may be null: custom dictionaries match whole words as
  /// LIWC does ("don't" is one word there).
  LexiconBuilder(Lexicon& lexicon, const Contractions* contractions, const IrregularForms* irregular);

  /// Adds `term` with the meaning `entry` (its `source` and `pos` are filled
  /// in here). Returns false and sets `error` when the term is malformed.
  bool add_term(std::string_view term, Entry entry, std::string& error);
  /// Adds `term` as one more spelling of the existing entry `entry` (custom
  /// dictionaries share one entry per category, so a million terms cost a
  /// million references, not a million entries).
  bool attach_term(std::string_view term, const std::uint32_t* entries, std::size_t count,
                   std::string& error);
  /// Puts every form of `term` into the word classes `classes`.
  bool add_class_term(std::string_view term, ClassBits classes, std::string& error);
  /// Makes `term` a number word with value `value`.
  bool add_number_word(std::string_view term, float value, std::string& error);

 private:
  // One position of a term: a class slot, or a set of alternative words.
  struct Position {
    ClassBits slot = 0;         // class bit, or 0
    std::vector<WordId> words;  // alternatives (inflected forms)
  };
  // The positions of the term being added. clear() keeps every Position and
  // its word buffer, so adding thousands of terms does not allocate for each.
  class Positions {
   public:
    void clear() { size_ = 0; }
    bool empty() const { return size_ == 0; }
    std::size_t size() const { return size_; }
    const Position& operator[](std::size_t i) const { return items_[i]; }
    Position& add() {
      if (size_ == items_.size()) items_.emplace_back();
      Position& p = items_[size_++];
      p.slot = 0;
      p.words.clear();
      return p;
    }

   private:
    std::vector<Position> items_;
    std::size_t size_ = 0;
  };
  bool expand(std::string_view term, Positions& positions, PartOfSpeech& pos, std::string& error);
  bool attach_positions(const Positions& positions, std::uint32_t entry);
  bool expand_token(std::string_view raw, Positions& positions, PartOfSpeech& pos,
                    std::string& error);
  void words_of(std::string_view text, std::vector<std::string>& out);

  Lexicon& lexicon_;
  const Contractions* contractions_;
  const IrregularForms* irregular_;
  std::unique_ptr<text::WordTokenizer> tokenizer_;  // created on the first term that needs ICU
  std::vector<text::Token> tokens_;
  std::vector<TokenPiece> pieces_;
  std::vector<std::string> forms_;
  std::vector<std::string> words_;
  std::string folded_;
  std::string wildcard_;
  Positions positions_;
  std::vector<std::uint32_t> keys_;   // attach_positions: one path of the phrase trie
  std::vector<std::size_t> choice_;  // attach_positions: the alternative taken at each position
};

}  // namespace feltline::lexicon
