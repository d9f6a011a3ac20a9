#include "analyse/negation_scope.hpp"

#include "analyse/context_scope.hpp"

namespace feltline::analyse {

void find_negation_scope(TurnContext& c) {
  using lexicon::EntryKind;
  ScopeRule rule;
  rule.end = ScopeEnd::clause;
  rule.window = c.dl->negation_window;
  rule.stop_at_wh = true;
  scope_forward(
      c,
      [&](const lexicon::Hit& h) {
        return c.has(h, EntryKind::negation) && !c.has(h, EntryKind::negation_pseudo);
      },
      rule, c.negated_by);
  std::vector<std::int32_t> backward;
  ScopeRule back = rule;
  back.window = 6;
  // "the tightness is gone", "the shaking stopped", "I'm not panicking anymore",
  // but not "the urge to disappear into analysis": the cue must be said of
  // what precedes it, and not lead into a phrase of its own.
  auto said_of_what_precedes = [&](const lexicon::Hit& h) {
    if (!c.has(h, EntryKind::negation_backward)) return false;
    if (h.last < c.size() && c.word(h.last).punct == Punct::none &&
        (c.word(h.last).classes & lexicon::kPreposition))
      return false;
    std::size_t k = h.first;
    while (k > 0) {
      --k;
      const Word& w = c.word(k);
      if (w.punct != Punct::none) return false;
      const std::string_view t = c.text_of(k);
      if ((w.classes & (lexicon::kBe | lexicon::kBecome)) || t == "has" || t == "have" || t == "had")
        return true;
      if (const lexicon::Hit* p = c.hit_at(k); p && (c.is_content(*p) || c.has(*p, EntryKind::negation)))
        return true;
      if (!(w.classes & (lexicon::kSkippable | lexicon::kPredicateEnd))) return false;
    }
    return false;
  };
  scope_backward(c, said_of_what_precedes, back, backward);
  for (std::size_t i = 0; i < backward.size(); ++i)
    if (c.negated_by[i] < 0) c.negated_by[i] = backward[i];
}

}  // namespace feltline::analyse
