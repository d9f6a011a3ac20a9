#include "analyse/hypothetical_scope.hpp"

#include "analyse/context_scope.hpp"

namespace feltline::analyse {

void find_hypothetical_scope(TurnContext& c) {
  using lexicon::EntryKind;
  auto only = [&](EntryKind kind) {
    return [&c, kind](const lexicon::Hit& h) { return c.has(h, kind) && !c.has(h, EntryKind::hypothetical_pseudo); };
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
}

}  // namespace feltline::analyse
