// First-person singular words (core/data/first_person_words.json) for the
// first-person rate: how much a speaker talks about themself.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace feltline::analyse {

class FirstPersonWords {
 public:
  static const FirstPersonWords& defaults();
  bool load(std::string_view json);
  /// `folded` is a case-folded word token (text::fold_for_matching).
  bool contains(const std::string& folded) const { return words_.count(folded) > 0; }

 private:
  std::unordered_set<std::string> words_;
};

}  // namespace feltline::analyse
