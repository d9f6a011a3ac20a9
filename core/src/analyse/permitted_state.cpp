#include "analyse/permitted_state.hpp"

#include "lexicon/word_lists.hpp"

namespace feltline::analyse {
namespace {

using lexicon::WordList;

// "okay to feel", "allowed to still be", "fine to be a bit": the words before
// word `i` grant a state.
bool after_permission(const TurnContext& c, std::size_t i) {
  std::size_t k = i;
  for (int skipped = 0; k > 0 && skipped < 2 && (c.word(k - 1).classes & lexicon::kSkippable) &&
                        c.word(k - 1).punct == Punct::none;
       ++skipped)
    --k;
  if (k < 3) return false;
  const WordText verb = c.text_of(k - 1);
  if (verb != "feel" && verb != "be") return false;
  std::size_t to = k - 2;
  // "allowed to still be": one skippable word between "to" and the verb
  if (c.text_of(to) != "to" && (c.word(to).classes & lexicon::kSkippable) && to > 1) --to;
  if (c.text_of(to) != "to" || to == 0) return false;
  return c.word(to - 1).punct == Punct::none && c.in_list(to - 1, WordList::permission_words);
}

// The states reported (neither imagined nor denied), by kind and category: a
// turn names few categories, so a short vector.
struct ReportedStates {
  std::vector<std::pair<MentionKind, std::string_view>> keys;
  void note(const Mention& m) {
    if (m.hypothetical || m.negated || has(m)) return;
    keys.emplace_back(m.kind, m.category);
  }
  bool has(const Mention& m) const {
    for (const auto& k : keys)
      if (k.first == m.kind && k.second == m.category) return true;
    return false;
  }
};

}  // namespace

void mark_permitted_states(const TurnContext& c, const std::vector<const std::vector<Mention>*>& recent,
                           std::vector<Mention>& mentions) {
  // Gathered as the mentions are passed (they are in text order) and, for the
  // turns before, once: one look-up per permission, not a scan of every
  // mention, so a long turn of permissions stays linear.
  ReportedStates earlier, before;
  bool before_known = false;
  std::size_t passed = 0;
  for (std::size_t n = 0; n < mentions.size(); ++n) {
    Mention& m = mentions[n];
    for (; passed < n && mentions[passed].begin < m.begin; ++passed) earlier.note(mentions[passed]);
    if (m.hypothetical || m.negated) continue;
    if (m.kind != MentionKind::emotion && m.kind != MentionKind::sensation) continue;
    const std::size_t i = c.word_starting_at(m.begin);
    if (i >= c.size() || !after_permission(c, i)) continue;
    if (!before_known) {
      for (const auto* turn : recent)
        if (turn)
          for (const Mention& r : *turn) before.note(r);
      before_known = true;
    }
    if (earlier.has(m) || before.has(m)) continue;
    m.hypothetical = true;
    m.cues.push_back("hypothetical:permission");
  }
}

}  // namespace feltline::analyse
