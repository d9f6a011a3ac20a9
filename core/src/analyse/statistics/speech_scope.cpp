#include "analyse/statistics/speech_scope.hpp"

#include <algorithm>

namespace feltline::analyse {

SpeechScope::SpeechScope(const Turn& turn) {
  for (const auto& f : turn.flags) {
    switch (f.kind) {
      case FlagKind::generation_error:
        speech_ = false;
        break;
      case FlagKind::meta_note:
        non_speech_.push_back(f.span);
        break;
      case FlagKind::quoted:
        quoted_.push_back(f.span);
        break;
      case FlagKind::truncated:
        break;  // cut off, but what is there was said
    }
  }
  merge(non_speech_);
  merge(quoted_);
}

void SpeechScope::merge(std::vector<Span>& spans) {
  if (spans.size() < 2) return;
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::size_t out = 0;
  for (std::size_t i = 1; i < spans.size(); ++i) {
    if (spans[i].begin <= spans[out].end) {
      spans[out].end = std::max(spans[out].end, spans[i].end);
    } else {
      spans[++out] = spans[i];
    }
  }
  spans.resize(out + 1);
}

bool SpeechScope::inside(const std::vector<Span>& spans, std::uint32_t offset) {
  // The last span starting at or before `offset`.
  auto it = std::upper_bound(spans.begin(), spans.end(), offset,
                             [](std::uint32_t o, const Span& s) { return o < s.begin; });
  if (it == spans.begin()) return false;
  --it;
  return offset < it->end;
}

MentionStatus SpeechScope::status(const Mention& m) const {
  if (!is_speech(m.begin)) return MentionStatus::not_speech;
  if (m.quoted || is_quoted(m.begin)) return MentionStatus::quoted;
  if (m.negated) return MentionStatus::negated;
  if (m.hypothetical) return MentionStatus::hypothetical;
  return MentionStatus::asserted;
}

}  // namespace feltline::analyse
