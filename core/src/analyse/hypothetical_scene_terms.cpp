#include "analyse/hypothetical_scene_terms.hpp"

namespace feltline::analyse {
namespace {

using lexicon::WordList;

bool is_word(const TurnContext& c, std::size_t i) { return i < c.size() && c.word(i).punct == Punct::none; }

// "Okay?", "Alright?": a check that the listener agrees to the terms
bool checks_agreement(const TurnContext& c, std::uint32_t s) {
  if (c.sentence_words[s] == 0 || c.sentence_words[s] > 2) return false;
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i)
    if (is_word(c, i) && !(c.word(i).classes & (lexicon::kFiller | lexicon::kAcknowledgement))) return false;
  return true;
}

}  // namespace

bool states_reliving_term(const TurnContext& c, std::uint32_t s) {
  if (c.sentence_words[s] == 0) return false;
  if (checks_agreement(c, s)) return true;
  if (c.sentence_question[s] || !c.may_hold(WordList::reliving_terms)) return false;
  bool term = false;
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i) {
    if (!is_word(c, i)) continue;
    // "We stopped there last time.": a past exercise, not the terms of this one
    if (c.in_list(i, WordList::past_tense_verbs)) return false;
    if (c.phrase_at(i, WordList::reliving_terms) > 0) term = true;
  }
  return term;
}

}  // namespace feltline::analyse
