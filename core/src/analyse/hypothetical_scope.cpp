#include "analyse/hypothetical_scope.hpp"

#include "analyse/context_scope.hpp"

namespace feltline::analyse {

void find_hypothetical_scope(TurnContext& c) {
  using lexicon::EntryKind;
  auto only = [&](EntryKind kind) {
    return [&c, kind](const lexicon::Hit& h) {
      return c.has(h, kind) && !c.has(h, EntryKind::hypothetical_pseudo);
    };
  };
  scope_forward(c, only(EntryKind::hypothetical), ScopeRule{ScopeEnd::clause, 0, false}, c.hypothetical_by);

  std::vector<std::int32_t> other;
  scope_forward(c, only(EntryKind::conditional), ScopeRule{ScopeEnd::condition, 12, false}, other);
  for (std::size_t i = 0; i < other.size(); ++i)
    if (c.hypothetical_by[i] < 0) c.hypothetical_by[i] = other[i];
  scope_forward(c, only(EntryKind::imagination), ScopeRule{ScopeEnd::sentence, 0, false}, other);
  for (std::size_t i = 0; i < other.size(); ++i)
    if (c.hypothetical_by[i] < 0) c.hypothetical_by[i] = other[i];

  scope_forward(c, only(EntryKind::desire), ScopeRule{ScopeEnd::clause, 8, false}, c.desire_by);

  // "the fear would settle", "that tightness might come back": the subject of a
  // modal, just before it, is as hypothetical as what follows.
  for (std::size_t h = 0; h < c.hits.size(); ++h) {
    const lexicon::Hit& cue = c.hits[h];
    if (!c.has(cue, EntryKind::hypothetical) || c.has(cue, EntryKind::hypothetical_pseudo) ||
        c.clause_start[cue.first])
      continue;
    std::size_t i = cue.first;
    for (int steps = 0; steps < 3 && i > 0; ++steps) {
      --i;
      if (c.word(i).punct != Punct::none) break;
      const lexicon::Hit* before = c.hit_at(i);
      if (before && (c.has(*before, EntryKind::emotion) || c.has(*before, EntryKind::quality))) {
        for (std::size_t k = before->first; k < before->last; ++k)
          if (c.hypothetical_by[k] < 0) c.hypothetical_by[k] = static_cast<std::int32_t>(h);
        break;
      }
      if (!(before && c.is_intensity(*before)) &&
          !(c.word(i).classes & (lexicon::kSkippable | lexicon::kDeterminer)))
        break;
    }
  }
}

}  // namespace feltline::analyse
