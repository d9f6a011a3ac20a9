#include "parse/turn_text_builder.hpp"

#include "parse/line_splitter.hpp"

namespace feltline::parse {

void TurnTextBuilder::start(std::optional<std::string> speaker, int line) {
  turn_ = RawTurn{};
  turn_.speaker = std::move(speaker);
  turn_.line = line;
  started_ = true;
  pending_blank_lines_ = 0;
  joiner_ = {};
}

void TurnTextBuilder::add_line(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty()) {
    if (!turn_.text.empty()) ++pending_blank_lines_;
    return;
  }
  if (!turn_.text.empty()) {
    if (!joiner_.empty())
      turn_.text += joiner_;
    else
      turn_.text += pending_blank_lines_ ? "\n\n" : "\n";
  }
  pending_blank_lines_ = 0;
  joiner_ = {};
  turn_.text.append(t);
}

void TurnTextBuilder::finish_into(std::vector<RawTurn>& turns) {
  if (started_ && !turn_.text.empty()) turns.push_back(std::move(turn_));
  started_ = false;
  turn_ = RawTurn{};
  pending_blank_lines_ = 0;
  joiner_ = {};
}

}  // namespace feltline::parse
