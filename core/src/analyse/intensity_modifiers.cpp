#include "analyse/intensity_modifiers.hpp"

#include <algorithm>

namespace feltline::analyse {
namespace {

using lexicon::EntryKind;
using lexicon::Hit;

bool pure_intensity(const TurnContext& c, const Hit& h) {
  return c.is_intensity(h) && !c.has(h, EntryKind::quality) && !c.has(h, EntryKind::emotion);
}

}  // namespace

void collect_intensity(const TurnContext& c, const Candidate& m, const std::string& text,
                       std::vector<std::string_view>& out) {
  out.clear();
  std::vector<const Hit*> found;
  // before: "a really tight chest", "so much pressure", "less chest tightness"
  std::size_t i = m.first;
  for (int steps = 0; steps < 4 && i > 0; ++steps) {
    --i;
    const Word& w = c.word(i);
    if (w.punct != Punct::none) break;
    const Hit* h = c.hit_at(i);
    if (h && pure_intensity(c, *h)) {
      found.push_back(h);
      i = h->first;
      continue;
    }
    if ((w.classes & lexicon::kDeterminer) || c.text_of(i) == "a" || c.text_of(i) == "an") continue;
    if ((w.classes & (lexicon::kBe | lexicon::kFeel | lexicon::kBecome)) && steps == 0)
      continue;  // "I'm really ... ": "feel so tired"
    break;
  }
  std::reverse(found.begin(), found.end());
  // inside
  for (std::size_t k = m.first; k < m.last;) {
    const Hit* h = c.hit_at(k);
    if (h && h->first >= m.first && pure_intensity(c, *h)) {
      found.push_back(h);
      k = h->last;
    } else {
      ++k;
    }
  }
  // after: "loosens a little", "lengthens a bit"
  if (m.last < c.size() && c.word(m.last).punct == Punct::none) {
    const Hit* h = c.hit_at(m.last);
    if (h && h->first == m.last && pure_intensity(c, *h) && c.has(*h, EntryKind::diminisher))
      found.push_back(h);
  }
  for (const Hit* h : found) {
    const std::uint32_t b = c.word(h->first).begin, e = c.word(h->last - 1).end;
    const std::string_view s = std::string_view(text).substr(b, e - b);
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(c.pool->intern(std::string(s)));
  }
}

}  // namespace feltline::analyse
