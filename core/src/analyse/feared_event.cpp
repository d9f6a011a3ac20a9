#include "analyse/feared_event.hpp"

namespace feltline::analyse {

void free_states_of_feared_events(TurnContext& c) {
  for (std::size_t i = 0; i < c.size(); ++i) {
    const lexicon::Hit* felt = c.hit_at(i);
    if (!felt || felt->first != i || !(c.has(*felt, lexicon::EntryKind::emotion) || c.has(*felt, lexicon::EntryKind::quality)))
      continue;
    const std::size_t m = felt->last;  // the modal, right after the state
    if (m >= c.size() || c.word(m).punct != Punct::none) continue;
    const lexicon::Hit* modal = c.hit_at(m);
    if (!modal || modal->first != m || !c.has(*modal, lexicon::EntryKind::hypothetical)) continue;
    const std::size_t event = modal->last;
    if (event >= c.size() || c.word(event).punct != Punct::none || !c.in_list(event, lexicon::WordList::feared_events))
      continue;
    const std::int32_t cue = c.hit_of_word[m];
    for (std::size_t w = felt->first; w < felt->last; ++w)
      if (c.hypothetical_by[w] == cue) c.hypothetical_by[w] = -1;
  }
}

}  // namespace feltline::analyse
