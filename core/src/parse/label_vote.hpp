// Decides which candidate labels are speaker labels, from the whole document:
// a known role word ("Therapist", "T") or a tool's generic label ("Speaker 2",
// "SPEAKER_00") always is; a word such as "Note" or "Plan" never is; a name
// starting with a lower-case letter must be a role word; a label with a time
// is one when the document has at least two timed labels; any other name must
// start lines at least twice.
#pragma once

#include <string>
#include <unordered_map>

#include "parse/speaker_label.hpp"

namespace feltline::parse {

class LabelVote {
 public:
  /// Counts one candidate (first pass over the document).
  void count(const LabelMatch& m);
  /// Decides (second pass).
  bool is_speaker_label(const LabelMatch& m) const;

 private:
  std::unordered_map<std::string, int> starts_;
  int timed_ = 0;
};

}  // namespace feltline::parse
