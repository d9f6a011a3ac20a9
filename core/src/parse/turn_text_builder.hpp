// Accumulates the lines of one turn: keeps paragraph breaks, drops trailing
// spaces and the blank lines around the turn.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/parsed_document.hpp"

namespace feltline::parse {

class TurnTextBuilder {
 public:
  void start(std::optional<std::string> speaker, int line);
  bool started() const { return started_; }
  /// The turn being built (speaker, times, line).
  RawTurn& turn() { return turn_; }
  /// The next non-blank line joins the text with `joiner` ("\n\n" for a new
  /// paragraph, " " to run on) instead of a line break.
  void join_next_with(std::string_view joiner) { joiner_ = joiner; }
  void add_line(std::string_view line);
  /// Appends the turn (if it has any text) to `turns` and resets the builder.
  void finish_into(std::vector<RawTurn>& turns);

 private:
  bool started_ = false;
  RawTurn turn_;
  int pending_blank_lines_ = 0;
  std::string_view joiner_;
};

}  // namespace feltline::parse
