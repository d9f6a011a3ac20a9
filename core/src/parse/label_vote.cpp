#include "parse/label_vote.hpp"

#include "lexicon/role_words.hpp"
#include "text/case_fold.hpp"

namespace feltline::parse {
namespace {

std::string label_key(std::string_view name) {
  std::string key;
  text::fold_for_matching(name, key);
  return key;
}

bool starts_lower_case(std::string_view name) {
  return !name.empty() && name.front() >= 'a' && name.front() <= 'z';
}

}  // namespace

void LabelVote::count(const LabelMatch& m) {
  ++starts_[label_key(m.name)];
  if (!m.time.empty()) ++timed_;
}

bool LabelVote::is_speaker_label(const LabelMatch& m) const {
  const auto& words = lexicon::RoleWords::defaults();
  if (words.is_never_a_label(m.name)) return false;
  if (words.is_role_word(m.name) || words.is_generic_speaker(m.name)) return true;
  if (starts_lower_case(m.name)) return false;
  if (!m.time.empty() && timed_ >= 2) return true;
  auto it = starts_.find(label_key(m.name));
  return it != starts_.end() && it->second >= 2;
}

}  // namespace feltline::parse
