#include "analyse/dialect_possessive.hpp"

namespace feltline::analyse {

bool mark_dialect_possessives(TurnContext& c) {
  bool changed = false;
  for (const lexicon::Hit& hit : c.hits) {
    if (!c.has(hit, lexicon::EntryKind::region) || hit.first < 2) continue;
    const std::size_t me = hit.first - 1;
    const Word& before = c.word(me - 1);
    if (before.punct != Punct::none || !(before.classes & lexicon::kPreposition)) continue;
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
