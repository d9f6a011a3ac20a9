#include "analyse/negation_scope.hpp"

#include "analyse/context_scope.hpp"

namespace feltline::analyse {

void find_negation_scope(TurnContext& c) {
  using lexicon::EntryKind;
  ScopeRule rule;
  rule.end = ScopeEnd::clause;
  rule.window = c.dl->negation_window;
  rule.stop_at_wh = true;
  scope_forward(c, [&](const lexicon::Hit& h) { return c.has(h, EntryKind::negation) && !c.has(h, EntryKind::negation_pseudo); },
                rule, c.negated_by);
  std::vector<std::int32_t> backward;
  ScopeRule back = rule;
  back.window = 6;
  scope_backward(c, [&](const lexicon::Hit& h) { return c.has(h, EntryKind::negation_backward); }, back, backward);
  for (std::size_t i = 0; i < backward.size(); ++i)
    if (c.negated_by[i] < 0) c.negated_by[i] = backward[i];
}

}  // namespace feltline::analyse
