#include "lexicon/role_words.hpp"

#include <cstdlib>

#include "data/embedded_data.hpp"
#include "parse/json_reader.hpp"
#include "text/case_fold.hpp"

namespace feltline::lexicon {
namespace {

std::string fold(std::string_view s) {
  std::string out;
  text::fold_for_matching(s, out);
  return out;
}

// "Counsellor 2" -> "counsellor", "SPEAKER_01" -> "speaker", "Speaker #3" -> "speaker".
std::string_view strip_trailing_number(std::string_view s) {
  std::size_t end = s.size();
  while (end > 0 && s[end - 1] >= '0' && s[end - 1] <= '9') --end;
  if (end == s.size() || end == 0) return s;
  while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '#' || s[end - 1] == '_' || s[end - 1] == '-')) --end;
  return s.substr(0, end);
}

// "N.B." -> "n.b", "Note" -> "note": trailing dots are not part of the word.
std::string_view strip_trailing_dots(std::string_view s) {
  while (!s.empty() && s.back() == '.') s.remove_suffix(1);
  return s;
}

}  // namespace

const RoleWords& RoleWords::defaults() {
  static const RoleWords instance = [] {
    RoleWords words;
    parse::JsonRead read = parse::read_json(data::kRolesJson);
    if (!read.ok) std::abort();  // compiled-in data; a test guards it
    const auto& doc = read.value;
    for (const auto& w : doc["therapist"]) words.words_[fold(w.get<std::string>())] = Role::therapist;
    for (const auto& w : doc["client"]) words.words_[fold(w.get<std::string>())] = Role::client;
    for (const auto& w : doc["other"]) words.words_[fold(w.get<std::string>())] = Role::other;
    for (const auto& w : doc["therapist_titles"]) words.titles_.insert(fold(w.get<std::string>()));
    for (const auto& w : doc["not_qualifiers"]) words.not_qualifiers_.insert(fold(w.get<std::string>()));
    for (const auto& w : doc["not_speech"]) words.not_speech_.insert(fold(w.get<std::string>()));
    for (const auto& w : doc["generic_speakers"]) words.generic_speakers_.insert(fold(w.get<std::string>()));
    for (const auto& w : doc["not_labels"]) words.not_labels_.insert(fold(w.get<std::string>()));
    for (const auto& w : doc["relay"]) words.relays_.insert(fold(w.get<std::string>()));
    return words;
  }();
  return instance;
}

std::optional<Role> RoleWords::role_for_label(std::string_view label) const {
  std::string folded = fold(label);
  std::string_view key = strip_trailing_number(folded);
  if (auto it = words_.find(std::string(key)); it != words_.end()) return it->second;
  // "Dr. Okafor", "Dr Okafor": a title word followed by a name.
  std::size_t space = folded.find(' ');
  if (space != std::string::npos && titles_.count(folded.substr(0, space))) return Role::therapist;
  return role_of_head_word(key);
}

// "Speech Therapist", "Clinical Psychologist", "Peer Support Worker": the last
// words name the role (the longest role phrase the label ends with, "support
// worker") and the words before it only qualify it. One- and two-letter role
// words ("T", "Pt") are too short to read as a head; a determiner before the
// head ("My therapist", "The counsellor") makes a sentence's subject, and five
// or more words a sentence, not a label.
std::optional<Role> RoleWords::role_of_head_word(std::string_view label) const {
  std::size_t head_start = std::string_view::npos;  // where the longest listed suffix starts
  for (std::size_t space = label.find(' '); space != std::string_view::npos; space = label.find(' ', space + 1)) {
    if (words_.count(std::string(label.substr(space + 1)))) {
      head_start = space + 1;
      break;
    }
  }
  if (head_start == std::string_view::npos || label.size() - head_start < 3) return std::nullopt;
  std::size_t words = 1;
  for (std::size_t start = 0; start + 1 < head_start;) {
    std::size_t end = label.find(' ', start);
    std::string_view qualifier = label.substr(start, end - start);
    if (!qualifier.empty()) {
      if (not_qualifiers_.count(std::string(qualifier)) || ++words > 4) return std::nullopt;
    }
    start = end + 1;
  }
  return words_.find(std::string(label.substr(head_start)))->second;
}

bool RoleWords::is_not_speech(std::string_view label) const { return not_speech_.count(fold(label)) > 0; }

bool RoleWords::is_generic_speaker(std::string_view label) const {
  std::string folded = fold(label);
  return generic_speakers_.count(std::string(strip_trailing_number(folded))) > 0;
}

bool RoleWords::is_never_a_label(std::string_view label) const {
  std::string folded = fold(label);
  return not_labels_.count(std::string(strip_trailing_dots(strip_trailing_number(folded)))) > 0;
}

bool RoleWords::relays(std::string_view label) const {
  const std::string folded = fold(label);
  std::string_view key = strip_trailing_number(folded);
  if (const std::size_t space = key.rfind(' '); space != std::string_view::npos) key = key.substr(space + 1);
  return relays_.count(std::string(key)) > 0;
}

}  // namespace feltline::lexicon
