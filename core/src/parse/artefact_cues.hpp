// The cue words of the artefact flags (core/data/artefact_cues.json).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace feltline::parse {

struct ArtefactCues {
  /// The compiled-in default.
  static const ArtefactCues& defaults();

  std::vector<std::string> note_openers;  // "note:", "stage direction", ...
  std::vector<std::string> nonverbal;     // "laughs", "long pause", ...
  int nonverbal_max_words = 4;
  std::vector<std::string> error_phrases;  // "generation error", "maximum context length", ...
  std::vector<std::string> error_openers;  // "error", "traceback", ...
  // The longest error opener, and the longest nonverbal cue or note opener:
  // one byte past it is all starts_with_cue() reads of a text.
  std::size_t longest_error_opener = 0;
  std::size_t longest_inline_cue = 0;
};

/// ASCII lower case (cue words are ASCII; other bytes are kept).
std::string ascii_lower(std::string_view s);

/// True when `lower` starts with one of `prefixes` followed by a non-letter
/// (so "pause" matches "pause." but not "pauses" unless listed).
bool starts_with_cue(std::string_view lower, const std::vector<std::string>& prefixes);

}  // namespace feltline::parse
