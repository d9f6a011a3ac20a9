#include "analyse/dialect_possessive.hpp"

namespace feltline::analyse {

bool mark_dialect_possessives(TurnContext& c) {
  bool changed = false;
  for (const lexicon::Hit& hit : c.hits) {
    if (!c.has(hit, lexicon::EntryKind::region) || hit.first < 1) continue;
    const std::size_t me = hit.first - 1;
    // after a preposition ("in me chest"), or opening a sentence or a clause joined by
    // "and"/"but" ("Me chest doesn't feel as tight", "and me neck goes hot"); not after a
    // verb ("gives me chest pains", "tell me")
    bool opens = me == 0;
    if (!opens) {
      const Word& before = c.word(me - 1);
      opens = before.punct == Punct::sentence_end || before.punct == Punct::question_mark ||
              before.punct == Punct::clause_break ||
              (before.punct == Punct::none && (before.classes & (lexicon::kPreposition | lexicon::kCoordinator)));
    }
    if (!opens) continue;
    if (!c.in_list(me, lexicon::WordList::dialect_possessives)) continue;
    if (c.tw.words[me].classes & lexicon::kDeterminer) continue;
    // a determiner here, no longer the person it is elsewhere ("tell me")
    const lexicon::ClassBits classes = (c.tw.words[me].classes & ~lexicon::kPerson) | lexicon::kDeterminer;
    c.tw.words[me].classes = classes;
    c.keys[me].classes = classes;
    changed = true;
  }
  return changed;
}

}  // namespace feltline::analyse
