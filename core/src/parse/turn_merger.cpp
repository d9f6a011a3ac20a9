#include "parse/turn_merger.hpp"

namespace feltline::parse {

bool append_merging(std::vector<RawTurn>& turns, RawTurn&& turn, std::string_view joiner) {
  if (!turns.empty()) {
    RawTurn& last = turns.back();
    if (last.speaker && turn.speaker && *last.speaker == *turn.speaker && last.role_hint == turn.role_hint) {
      if (!last.text.empty() && !turn.text.empty()) last.text.append(joiner);
      last.text.append(turn.text);
      last.time_end = turn.time_end;
      return true;
    }
  }
  turns.push_back(std::move(turn));
  return false;
}

}  // namespace feltline::parse
