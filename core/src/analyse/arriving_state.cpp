#include "analyse/arriving_state.hpp"

#include "analyse/hypothetical_carryover.hpp"
#include "lexicon/word_lists.hpp"

namespace feltline::analyse {
namespace {

using lexicon::EntryKind;
using lexicon::WordList;

// Words a "when" clause may run to before its comma; beyond, no occasion is read.
constexpr std::size_t kClauseWords = 16;

// The end of an emotion or sensation quality starting at word `i`, or 0.
std::size_t state_end(const TurnContext& c, std::size_t i) {
  const lexicon::Hit* h = c.hit_at(i);
  if (!h || h->first != i) return 0;
  if (!c.has(*h, EntryKind::emotion) && !c.has(*h, EntryKind::quality)) return 0;
  return h->last;
}

}  // namespace

void mark_arriving_states(TurnContext& c) {
  for (std::size_t i = 0; i + 3 < c.size(); ++i) {
    if (c.text_of(i) != "when" || c.word(i).punct != Punct::none || !c.clause_start[i]) continue;
    if (c.is_question(i)) continue;
    // "when the fear", "when your dread": a determiner, then the state
    if (c.word(i + 1).punct != Punct::none || !(c.word(i + 1).classes & lexicon::kDeterminer)) continue;
    const std::size_t end = state_end(c, i + 2);
    if (end == 0 || end >= c.size() || c.word(end).punct != Punct::none) continue;
    // "comes", "does come", "still comes"
    std::size_t verb = end;
    if ((c.word(verb).classes & lexicon::kSkippable) || c.text_of(verb) == "does") ++verb;
    if (verb >= c.size() || c.word(verb).punct != Punct::none || !c.in_list(verb, WordList::arrival_verbs)) continue;
    std::size_t comma = verb + 1;
    bool habit = false;
    for (; comma < c.size() && c.word(comma).punct == Punct::none && comma < i + kClauseWords; ++comma)
      if (c.word(comma).classes & (lexicon::kSceneExit | lexicon::kHabitual)) habit = true;
    if (habit || comma + 1 >= c.size() || c.word(comma).punct != Punct::comma) continue;
    // "When the panic comes, I just sit down": the speaker's own habit
    if (c.word(comma + 1).punct != Punct::none || c.in_list(comma + 1, WordList::habit_subjects)) continue;
    for (std::size_t m = i + 1; m < comma; ++m)
      if (c.word(m).punct == Punct::none && c.hypothetical_by[m] == -1) c.hypothetical_by[m] = kPrescribedOccasion;
    i = comma;  // linear: the next clause starts after it
  }
}

}  // namespace feltline::analyse
