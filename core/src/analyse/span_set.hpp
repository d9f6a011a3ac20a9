// The spans of one flag kind in a turn, sorted and merged, for "is this
// offset inside one?" of each token in turn: one pass over the spans for all
// the tokens. A turn can hold thousands of flags (a 5 MB line full of
// "(sighs)"), so scanning them for every word would be quadratic.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "feltline/transcript.hpp"

namespace feltline::analyse {

class SpanSet {
 public:
  /// Keeps the spans of `kind` among `flags` (any order, overlaps allowed).
  void assign(const std::vector<TurnFlag>& flags, FlagKind kind) {
    spans_.clear();
    for (const auto& f : flags)
      if (f.kind == kind && f.span.begin < f.span.end) spans_.push_back(f.span);
    std::sort(spans_.begin(), spans_.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    std::size_t out = 0;
    for (std::size_t i = 1; i < spans_.size(); ++i) {
      if (spans_[i].begin <= spans_[out].end)
        spans_[out].end = std::max(spans_[out].end, spans_[i].end);
      else
        spans_[++out] = spans_[i];
    }
    if (!spans_.empty()) spans_.resize(out + 1);
  }

  bool empty() const { return spans_.empty(); }

  /// True when begin <= offset < end for one of the spans, for offsets asked in
  /// ascending order (a turn's tokens): `at`, 0 before the first call, is kept
  /// between calls, and each span is passed once.
  bool contains_ascending(std::uint32_t offset, std::size_t& at) const {
    while (at < spans_.size() && spans_[at].end <= offset) ++at;
    return at < spans_.size() && spans_[at].begin <= offset;
  }

 private:
  std::vector<Span> spans_;
};

}  // namespace feltline::analyse
