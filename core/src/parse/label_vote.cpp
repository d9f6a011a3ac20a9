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
  decided_.clear();  // the counts change the answers
  // Turns alternate between a few names: fold and hash a name only when it is
  // not one of the last two counted (the map's elements never move).
  for (auto& recent : recent_) {
    if (recent.count && recent.name == m.name) {
      ++*recent.count;
      if (!m.time.empty()) ++timed_;
      return;
    }
  }
  int& count = starts_[label_key(m.name)];
  ++count;
  recent_[1] = std::move(recent_[0]);
  recent_[0] = {std::string(m.name), &count};
  if (!m.time.empty()) ++timed_;
}

// The answer depends only on the name and whether it has a time.
bool LabelVote::is_speaker_label(const LabelMatch& m) const {
  const bool timed = !m.time.empty();
  for (const auto& d : decided_)
    if (d.timed == timed && d.name == m.name) return d.speaker;
  const bool speaker = decide(m);
  if (decided_.size() < kDecidedNames) decided_.push_back({std::string(m.name), timed, speaker});
  return speaker;
}

bool LabelVote::decide(const LabelMatch& m) const {
  const auto& words = lexicon::RoleWords::defaults();
  if (words.is_never_a_label(m.name)) return false;
  if (words.is_role_word(m.name) || words.is_generic_speaker(m.name)) return true;
  if (starts_lower_case(m.name)) return false;
  if (!m.time.empty() && timed_ >= 2) return true;
  auto it = starts_.find(label_key(m.name));
  return it != starts_.end() && it->second >= 2;
}

}  // namespace feltline::parse
