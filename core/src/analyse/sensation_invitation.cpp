#include "analyse/sensation_invitation.hpp"

#include "lexicon/word_lists.hpp"

namespace feltline::analyse {
namespace {

using lexicon::WordList;

// Invitations are at most this many words ("stayed with").
constexpr std::size_t kInvitationWords = 2;

bool plain_word(const TurnContext& c, std::size_t i) { return i < c.size() && c.word(i).punct == Punct::none; }

}  // namespace

bool invited_sensation(const TurnContext& c, const lexicon::Hit& q) {
  if (q.first == 0) return false;
  const std::size_t d = q.first - 1;
  if (!plain_word(c, d) || !c.in_list(d, WordList::demonstratives)) return false;
  // "Let's let that settle": a verb after the demonstrative is what "that" does, not a sensation.
  const lexicon::Entry* e = c.entry_of(q, lexicon::EntryKind::quality);
  if (!e || e->pos == lexicon::PartOfSpeech::verb) return false;
  // "Is that warmth still there?": the question opens on the verb before the demonstrative.
  const std::size_t s = c.sentence[d];
  const std::size_t opening = c.sentence_first[s];
  if (c.sentence_question[s] && opening + 1 == d && plain_word(c, opening) &&
      c.in_list(opening, WordList::sensation_questions))
    return true;
  for (std::size_t n = 1; n <= kInvitationWords && n <= d; ++n) {
    const std::size_t from = d - n;
    if (c.sentence[from] == s && plain_word(c, from) && c.phrase_at(from, WordList::sensation_invitations) == n)
      return true;
  }
  return false;
}

}  // namespace feltline::analyse
