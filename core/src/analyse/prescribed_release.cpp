#include "analyse/prescribed_release.hpp"

#include "lexicon/word_lists.hpp"

namespace feltline::analyse {
namespace {

using lexicon::WordList;

// Whether the words before word `let` leave it opening a clause.
bool opens_clause(const TurnContext& c, std::size_t let) {
  if (let == 0) return true;
  const Word& before = c.word(let - 1);
  return before.punct != Punct::none || c.in_list(let - 1, WordList::release_leads);
}

}  // namespace

void mark_prescribed_releases(const TurnContext& c, std::vector<Mention>& mentions) {
  if (!c.may_hold_phrase(WordList::release_requests)) return;
  for (Mention& m : mentions) {
    if (m.kind != MentionKind::sensation || m.hypothetical || m.quality != "release") continue;
    // ("Let the loosening come.": a release already felt, named by a noun, is allowed, not asked for)
    if (m.region.empty() || m.region == "unspecified") continue;
    const std::size_t i = c.word_starting_at(m.begin);
    if (i < 2 || i >= c.size() || c.phrase_at(i - 2, WordList::release_requests) != 2) continue;
    if (!opens_clause(c, i - 2)) continue;
    m.hypothetical = true;
    m.cues.push_back("prescribed:let");
  }
}

}  // namespace feltline::analyse
