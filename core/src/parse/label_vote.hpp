// Decides which candidate labels are speaker labels, from the whole document:
// a known role word ("Therapist", "T") or a tool's generic label ("Speaker 2",
// "SPEAKER_00") always is; a word such as "Note" or "Plan" never is; a name
// starting with a lower-case letter must be a role word; a label with a time
// is one when the document has at least two timed labels; any other name must
// start lines at least twice.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "parse/speaker_label.hpp"

namespace feltline::parse {

class LabelVote {
 public:
  LabelVote() = default;
  LabelVote(const LabelVote&) = delete;  // it points into its own map
  LabelVote& operator=(const LabelVote&) = delete;

  /// Counts one candidate (first pass over the document).
  void count(const LabelMatch& m);
  /// Decides (second pass).
  bool is_speaker_label(const LabelMatch& m) const;

 private:
  bool decide(const LabelMatch& m) const;

  std::unordered_map<std::string, int> starts_;
  int timed_ = 0;
  struct Recent {
    std::string name;  // as written
    int* count = nullptr;  // its element of starts_
  };
  Recent recent_[2];
  // The answers for the first few names (a document has a handful of speakers
  // and labels them on every turn); deciding folds and hashes the name again.
  struct Decided {
    std::string name;
    bool timed;
    bool speaker;
  };
  static constexpr std::size_t kDecidedNames = 16;
  mutable std::vector<Decided> decided_;
};

}  // namespace feltline::parse
