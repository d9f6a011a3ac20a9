// Speaker-label words and the roles they imply (core/data/roles.json).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "feltline/transcript.hpp"

namespace feltline::lexicon {

class RoleWords {
 public:
  /// The compiled-in default (core/data/roles.json).
  static const RoleWords& defaults();

  /// The role a speaker label implies: "Therapist", "T", "Dr. Okafor",
  /// "Counsellor 2" -> therapist; "Patient", "C" -> client; "Interpreter",
  /// "Narrator" -> other; a role word qualified by up to three words takes its
  /// role ("Speech Therapist", "Peer Supporter", "Service User"), unless a
  /// qualifier is a determiner ("My therapist"); else nullopt.
  std::optional<Role> role_for_label(std::string_view label) const;

  /// True for labels that are known role words (so one occurrence is enough
  /// to treat them as a speaker label).
  bool is_role_word(std::string_view label) const { return role_for_label(label).has_value(); }

  /// True for chat roles that are not speech ("system").
  bool is_not_speech(std::string_view label) const;

  /// True for the labels transcription tools write for an unnamed speaker:
  /// "Speaker 1", "SPEAKER_00", "Unknown Speaker" (role unknown).
  bool is_generic_speaker(std::string_view label) const;

  /// True for words that start lines like labels but never name a speaker
  /// ("Note:", "Plan:", "Step 2:").
  bool is_never_a_label(std::string_view label) const;

  /// True for labels of a speaker who renders the turn before in another
  /// language ("Interpreter", "INTERPRETER 2", "Dari Interpreter"): the `relay` list.
  bool relays(std::string_view label) const;

 private:
  std::optional<Role> role_of_head_word(std::string_view label) const;

  std::unordered_map<std::string, Role> words_;
  std::unordered_set<std::string> titles_;
  std::unordered_set<std::string> not_qualifiers_;  // "my", "the": a sentence's subject, not a label
  std::unordered_set<std::string> not_speech_;
  std::unordered_set<std::string> generic_speakers_;
  std::unordered_set<std::string> not_labels_;
  std::unordered_set<std::string> relays_;
};

}  // namespace feltline::lexicon
