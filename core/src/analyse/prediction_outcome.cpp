#include "analyse/prediction_outcome.hpp"

namespace feltline::analyse {

void end_predictions_at_outcome(TurnContext& c) {
  using lexicon::WordList;
  // Only a cue of prediction_words is ever freed: a turn with none (most) is
  // left at once, without looking for outcome phrases at every word.
  bool any_prediction = false;
  for (const lexicon::Hit& h : c.hits)
    if (c.in_list(h.first, WordList::prediction_words)) {
      any_prediction = true;
      break;
    }
  if (!any_prediction) return;
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (c.word(i).punct != Punct::none) continue;
    const std::size_t n = c.phrase_at(i, WordList::prediction_outcomes);
    if (n == 0) continue;
    // the first word of the outcome, and the cue that governs it
    std::size_t first = i + n;
    while (first < c.size() && c.word(first).punct != Punct::none && c.sentence[first] == c.sentence[i]) ++first;
    if (first >= c.size() || c.sentence[first] != c.sentence[i]) continue;
    const std::int32_t cue = c.hypothetical_by[first];
    if (cue < 0 || c.hits[cue].first >= i || !c.in_list(c.hits[cue].first, WordList::prediction_words)) continue;
    // to the sentence's end; the scan goes on after it, so each word is read once
    const std::size_t end = c.sentence_first[c.sentence[i] + 1];
    for (std::size_t k = i; k < end; ++k)
      if (c.hypothetical_by[k] == cue) c.hypothetical_by[k] = -1;
    i = end - 1;
  }
}

}  // namespace feltline::analyse
