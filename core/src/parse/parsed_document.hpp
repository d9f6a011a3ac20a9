// What every format parser produces: dialogues of raw turns, before roles,
// flags, mentions and statistics are added by the analysis pipeline.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "feltline/transcript.hpp"

namespace feltline::parse {

struct RawTurn {
  std::optional<std::string> speaker;  // as written; nullopt when the input has no labels
  std::optional<Role> role_hint;       // a role the format states (e.g. chat "user")
  std::string text;                    // UTF-8, label and markup removed
  std::optional<double> time_start;
  std::optional<double> time_end;
  int line = 0;  // 1-based input line where the turn starts
};

struct ParsedDialogue {
  std::optional<std::string> id;
  std::vector<RawTurn> turns;
  std::vector<Diagnostic> diagnostics;
  std::vector<std::pair<std::string, std::string>> metadata;
};

struct ParsedDocument {
  std::string format;   // e.g. "labelled_text", "plain"
  bool corpus = false;  // several dialogues, printed as JSON Lines
  std::vector<ParsedDialogue> dialogues;
  std::vector<Diagnostic> diagnostics;  // about the whole input; copied into each dialogue
  /// Set by a parser that read its format but found no transcript in it (a
  /// valid JSON document without messages, a CSV without a text column):
  /// reading it as plain text instead would not be what the person meant.
  bool no_fallback = false;
};

}  // namespace feltline::parse
