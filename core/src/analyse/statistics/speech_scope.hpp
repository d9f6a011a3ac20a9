// Which parts of a turn are speech, and whose voice: the rules every
// statistic shares (see the header comment of feltline/stats.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "feltline/transcript.hpp"

namespace feltline::analyse {

class SpeechScope {
 public:
  explicit SpeechScope(const Turn& turn);

  /// False for a generation_error turn: none of it is speech.
  bool speech() const { return speech_; }
  /// Speech at byte `offset`: the turn is speech and the offset is outside meta notes.
  bool is_speech(std::uint32_t offset) const {
    return speech_ && (non_speech_.empty() || !inside(non_speech_, offset));
  }
  /// Speech throughout: no meta note (every token is speech; most turns).
  bool all_speech() const { return speech_ && non_speech_.empty(); }
  /// Inside a quoted span (someone else's voice, e.g. a role-played colleague).
  bool is_quoted(std::uint32_t offset) const { return !quoted_.empty() && inside(quoted_, offset); }
  /// Whether any of the turn is quoted (most turns: none).
  bool any_quoted() const { return !quoted_.empty(); }
  /// is_speech and is_quoted for offsets asked in ascending order: `at` (0 for
  /// the first) walks the spans once, where each question was a binary search.
  bool is_speech_ascending(std::uint32_t offset, std::size_t& at) const {
    return speech_ && (non_speech_.empty() || !inside_ascending(non_speech_, offset, at));
  }
  bool is_quoted_ascending(std::uint32_t offset, std::size_t& at) const {
    return !quoted_.empty() && inside_ascending(quoted_, offset, at);
  }

  /// How a mention counts (MentionStatus in feltline/stats.hpp).
  MentionStatus status(const Mention& mention) const;

 private:
  // Sorted, merged spans; `offset` is inside when begin <= offset < end.
  static bool inside(const std::vector<Span>& spans, std::uint32_t offset);
  // The same, for ascending offsets: the spans are disjoint, so the first one
  // ending after `offset` is the only one that can hold it.
  static bool inside_ascending(const std::vector<Span>& spans, std::uint32_t offset, std::size_t& at) {
    while (at < spans.size() && spans[at].end <= offset) ++at;
    return at < spans.size() && spans[at].begin <= offset;
  }
  static void merge(std::vector<Span>& spans);

  bool speech_ = true;
  std::vector<Span> non_speech_;
  std::vector<Span> quoted_;
};

}  // namespace feltline::analyse
