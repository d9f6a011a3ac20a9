#include "analyse/role_assignment.hpp"

#include <optional>
#include <unordered_map>

#include "lexicon/role_words.hpp"

namespace feltline::analyse {

void assign_roles(parse::ParsedDialogue&& dialogue, const Options& options, Transcript& transcript) {
  const auto& words = lexicon::RoleWords::defaults();
  // Per speaker label: the role its words say. A session has a handful of
  // labels and thousands of turns: each label is read once, not once per turn.
  std::unordered_map<std::string, std::optional<Role>> label_role;
  transcript.turns.reserve(dialogue.turns.size());
  for (auto& raw : dialogue.turns) {
    Turn turn;
    turn.index = static_cast<int>(transcript.turns.size());
    turn.speaker = std::move(raw.speaker);
    turn.text = std::move(raw.text);
    turn.time_start = raw.time_start;
    turn.time_end = raw.time_end;
    turn.line = raw.line;
    if (turn.speaker) {
      const std::string& name = *turn.speaker;
      // Look up before inserting: emplace would build a node (and copy the name) for every turn.
      auto seen = label_role.find(name);
      const bool first_turn_of_speaker = seen == label_role.end();
      if (first_turn_of_speaker) seen = label_role.emplace(name, words.role_for_label(name)).first;
      if (auto it = options.roles.find(name); it != options.roles.end()) {
        turn.role = it->second;
      } else if (raw.role_hint) {
        turn.role = *raw.role_hint;
      } else if (seen->second) {
        turn.role = *seen->second;
      }
      if (first_turn_of_speaker) transcript.speakers.push_back(Speaker{name, turn.role, {}});
    }
    transcript.turns.push_back(std::move(turn));
  }
}

}  // namespace feltline::analyse
