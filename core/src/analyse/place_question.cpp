#include "analyse/place_question.hpp"

namespace feltline::analyse {

using lexicon::EntryKind;
using lexicon::WordList;

namespace {

// Words a place-only question may hold besides its body part ("and", "what
// about", "your", "now": cue_words.json place_question_words); determiners
// come by their class.
bool glue_word(const TurnContext& c, std::size_t i) {
  return c.in_list(i, WordList::place_question_words) || (c.word(i).classes & lexicon::kDeterminer) != 0;
}

}  // namespace

TurnContext::NamedRegion place_only_question(const TurnContext& c) {
  std::size_t last = c.size();
  while (last > 0 && c.word(last - 1).punct != Punct::none) --last;
  if (last == 0) return {};
  const std::uint32_t s = c.sentence[last - 1];
  if (!c.sentence_question[s]) return {};
  TurnContext::NamedRegion found;
  for (std::size_t i = c.sentence_first[s]; i < last; ++i) {
    if (c.word(i).punct != Punct::none) {
      if (c.word(i).punct == Punct::comma) continue;  // "And, your hands?"
      return {};
    }
    const lexicon::Hit* h = c.hit_at(i);
    if (h) {
      const lexicon::Entry* e = c.entry_of(*h, EntryKind::region);
      if (!e || found.label != lexicon::kNoLabel || h->first != i) return {};  // one body part
      found.label = e->label;
      found.entry = e;
      i = h->last - 1;
      continue;
    }
    if (!glue_word(c, i)) return {};
  }
  return found;
}

std::size_t bare_answer_end(const TurnContext& c) {
  std::size_t end = c.size();
  for (const lexicon::Hit& h : c.hits) {
    if (!c.entry_of(h, EntryKind::region)) continue;
    end = c.sentence_first[c.sentence[h.first]];  // hits are in text order: the first body part
    break;
  }
  std::size_t words = 0;
  for (std::size_t i = 0; i < end; ++i)
    if (c.word(i).punct == Punct::none && ++words > kBareAnswerWords) return 0;
  return words > 0 ? end : 0;
}

}  // namespace feltline::analyse
