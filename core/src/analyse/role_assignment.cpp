#include "analyse/role_assignment.hpp"

#include <unordered_map>

#include "lexicon/role_words.hpp"

namespace feltline::analyse {

void assign_roles(parse::ParsedDialogue&& dialogue, const Options& options, Transcript& transcript) {
  const auto& words = lexicon::RoleWords::defaults();
  std::unordered_map<std::string, std::size_t> speaker_index;
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
      if (auto it = options.roles.find(name); it != options.roles.end()) {
        turn.role = it->second;
      } else if (raw.role_hint) {
        turn.role = *raw.role_hint;
      } else if (auto role = words.role_for_label(name)) {
        turn.role = *role;
      }
      // Look up before inserting: emplace would build a node (and copy the name) for every turn.
      if (speaker_index.find(name) == speaker_index.end()) {
        speaker_index.emplace(name, transcript.speakers.size());
        transcript.speakers.push_back(Speaker{name, turn.role, {}});
      }
    }
    transcript.turns.push_back(std::move(turn));
  }
}

}  // namespace feltline::analyse
