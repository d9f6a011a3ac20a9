// Which CSV columns and JSON keys hold the speaker, text, times and dialogue
// id of a transcript (core/data/transcript_fields.json), and the chat roles of
// JSON exports ("user", "assistant", "system").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "feltline/options.hpp"
#include "feltline/transcript.hpp"

namespace feltline::parse {

enum class Field { speaker, role, text, time, end, dialogue, annotator, utterance_id, id };

class TranscriptFields {
 public:
  /// The compiled-in default (core/data/transcript_fields.json).
  static const TranscriptFields& defaults();

  /// "Utterance Text" -> "utterancetext": lower-case ASCII, no spaces,
  /// underscores or hyphens. Names are compared in this form.
  static std::string normalise(std::string_view name);

  /// The names that hold `field`, normalised, in order of preference.
  const std::vector<std::string>& names(Field field) const;
  /// Index of the first of `columns` (normalised names) that holds `field`,
  /// trying `names(field)` in order; nullopt if none.
  std::optional<std::size_t> find(Field field, const std::vector<std::string>& normalised_columns) const;

  bool is_container(std::string_view normalised_key) const {
    return containers_.count(std::string(normalised_key)) > 0;
  }
  bool is_fragment_container(std::string_view normalised_key) const {
    return fragment_containers_.count(std::string(normalised_key)) > 0;
  }
  bool is_corpus_container(std::string_view normalised_key) const {
    return corpus_containers_.count(std::string(normalised_key)) > 0;
  }
  /// The role a chat export's role name implies ("user" -> client).
  std::optional<Role> chat_role(std::string_view role) const;
  /// "system", "developer", "tool": messages that are not speech.
  bool is_not_speech_role(std::string_view role) const;

 private:
  std::unordered_map<int, std::vector<std::string>> names_;
  std::unordered_set<std::string> containers_, fragment_containers_, corpus_containers_, not_speech_;
  std::unordered_map<std::string, Role> chat_roles_;
};

/// The column chosen by the person for `field` (options.columns), if any.
const std::string* chosen_column(const ColumnChoice& columns, Field field);

}  // namespace feltline::parse
