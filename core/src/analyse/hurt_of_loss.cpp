#include "analyse/hurt_of_loss.hpp"

namespace feltline::analyse {
namespace {

using lexicon::EntryKind;
using lexicon::WordList;

bool is_word(const TurnContext& c, std::size_t i) { return i < c.size() && c.word(i).punct == Punct::none; }

// "it hurts", "that still hurts", "it's hurting"; not "so much it hurts",
// which only says how strong the feeling before it is (unannotated twice).
bool hurt_of_it(const TurnContext& c, std::size_t i) {
  if (!c.in_list(i, WordList::hurt_verbs)) return false;
  const lexicon::Hit* h = c.hit_at(i);
  if (!h || h->first != i || !c.has(*h, EntryKind::quality)) return false;
  std::size_t k = i;
  while (k > 0 && is_word(c, k - 1) && c.in_list(k - 1, WordList::hurt_between)) --k;
  if (k == 0 || !is_word(c, k - 1) || !c.in_list(k - 1, WordList::hurt_subjects)) return false;
  return !(k >= 2 && is_word(c, k - 2) && c.in_list(k - 2, WordList::hurt_intensified));
}

bool names_body(const TurnContext& c, std::size_t i) {
  return c.is_region_word(i) || c.in_list(i, WordList::physical_causes);
}

bool names_loss(const TurnContext& c, std::size_t i) {
  return c.in_list(i, WordList::loss_cues) || c.in_list(i, WordList::kin_nouns);
}

}  // namespace

void hurt_context_of_turn(const TurnContext& c, bool& body, bool& loss) {
  body = false;
  loss = false;
  for (const Candidate& cand : c.candidates)
    if (cand.kind == MentionKind::sensation) body = true;
  // (punctuation is in no list: the turn's lists are its words')
  body = body || c.in_turn(WordList::physical_causes);
  loss = c.in_turn(WordList::loss_cues) || c.in_turn(WordList::kin_nouns);
}

void find_hurt_of_loss(const TurnContext& c, std::vector<std::uint8_t>& take) {
  take.clear();
  if (!c.in_turn(WordList::hurt_verbs)) return;  // no "hurts"
  bool any = false;
  for (std::size_t i = 0; i < c.size() && !any; ++i) any = is_word(c, i) && hurt_of_it(c, i);
  if (!any) return;
  // per sentence: a body part, a sensation or a physical cause; a loss or a person
  const std::size_t sentences = c.sentence_first.empty() ? 0 : c.sentence_first.size() - 1;
  std::vector<std::uint8_t> body(sentences, 0), loss(sentences, 0);
  for (const Candidate& cand : c.candidates)
    if (cand.kind == MentionKind::sensation && cand.first < c.size()) body[c.sentence[cand.first]] = 1;
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (!is_word(c, i)) continue;
    const std::uint32_t s = c.sentence[i];
    if (names_body(c, i)) body[s] = 1;
    if (names_loss(c, i)) loss[s] = 1;
  }
  take.assign(c.hits.size(), 0);
  for (std::size_t h = 0; h < c.hits.size(); ++h) {
    const std::size_t i = c.hits[h].first;
    if (c.used[h] || !is_word(c, i) || !hurt_of_it(c, i)) continue;
    const std::uint32_t s = c.sentence[i];
    const bool near_body = body[s] || (s > 0 && body[s - 1]) || c.other_turn_body;
    const bool near_loss = loss[s] || (s > 0 && loss[s - 1]) || c.other_turn_loss;
    take[h] = !near_body && near_loss;
  }
}

}  // namespace feltline::analyse
