// Tells whether a sentence is an open question, a closed question or no
// question, with the rule and cue words of core/data/question_cues.json
// (docs/metrics.md, "Questions"). A MITI-style surface rule: it reads the
// words a question opens with, not what the speaker meant.
#pragma once

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

  /// `words` are the sentence's tokens, case-folded (text::fold_for_matching),
  /// punctuation included; `question_mark` says whether it ends with one.
  QuestionKind classify(const std::vector<std::string_view>& words, bool question_mark) const;

 private:
  using Phrase = std::vector<std::string>;
  // Length of the longest phrase of `phrases` matching at `pos`, 0 if none.
  static std::size_t match(const std::vector<Phrase>& phrases, const std::vector<std::string_view>& words,
                           std::size_t pos);
  std::size_t skip_fillers(const std::vector<std::string_view>& words, std::size_t pos) const;
  bool is_clause_mark(std::string_view word) const;

  std::vector<Phrase> fillers_;
  std::vector<Phrase> closed_;
  std::vector<Phrase> open_;
  std::vector<Phrase> requests_;
  std::vector<std::string> clause_marks_;
};

}  // namespace feltline::analyse
