// Tells whether a sentence is an open question, a closed question or no
// question, with the rule and cue words of core/data/question_cues.json
// (docs/metrics.md, "Questions"). A MITI-style surface rule: it reads the
// words a question opens with, not what the speaker meant.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace feltline::analyse {

enum class QuestionKind { none, open, closed };

class QuestionClassifier {
 public:
  /// The compiled-in cues.
  static const QuestionClassifier& defaults();
  /// Builds a classifier from a question_cues.json document; false if malformed.
  bool load(std::string_view json);

  /// A sentence's words, viewed where they are kept.
  struct Words {
    const std::string_view* data = nullptr;
    std::size_t count = 0;
    std::size_t size() const { return count; }
    bool empty() const { return count == 0; }
    std::string_view operator[](std::size_t i) const { return data[i]; }
  };

  /// `words` are the sentence's tokens, case-folded (text::fold_for_matching),
  /// punctuation included; `question_mark` says whether it ends with one.
  QuestionKind classify(Words words, bool question_mark) const;
  QuestionKind classify(const std::vector<std::string_view>& words, bool question_mark) const {
    return classify(Words{words.data(), words.size()}, question_mark);
  }

 private:
  using Phrase = std::vector<std::string>;
  // Cue phrases with an index by first word: every sentence start is tried
  // against each list, so only the phrases that can start there are compared.
  struct PhraseList {
    std::vector<Phrase> phrases;
    std::vector<std::uint32_t> by_first_word;  // indices into `phrases`, sorted by their first word
    bool first_byte[256] = {};  // the first bytes of the phrases' first words (all, if one is empty)
    // The distinct first words, in sorted order, each with its run of `by_first_word`;
    // those starting with byte b are firsts[firsts_from[b]] up to firsts[firsts_from[b + 1]].
    // A sentence start then compares a handful of words of its first byte, no binary search.
    struct FirstWord {
      std::string word;  // owned: a copied classifier keeps no view into another's phrases
      std::uint32_t begin, end;
    };
    std::vector<FirstWord> firsts;
    std::uint32_t firsts_from[257] = {};
    void index();
    // Length of the longest phrase matching at `pos`, 0 if none.
    std::size_t match(Words words, std::size_t pos) const;
  };
  std::size_t skip_fillers(Words words, std::size_t pos) const;
  bool is_clause_mark(std::string_view word) const;

  PhraseList fillers_;
  PhraseList closed_;
  PhraseList open_;
  PhraseList requests_;
  std::vector<std::string> clause_marks_;
  bool clause_mark_first_byte_[256] = {};  // a word can only be a mark if its first byte starts one
};

}  // namespace feltline::analyse
