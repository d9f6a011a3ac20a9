#include "analyse/hypothetical_role_play.hpp"

#include "analyse/hypothetical_carryover.hpp"

namespace feltline::analyse {
namespace {

using lexicon::WordList;

// A stage mark names a role in at most this many words ("(as the Manager)").
constexpr std::size_t kMarkWords = 4;

// Punctuation has no text_of (the vocabulary holds words only): its token's folded text.
bool is_mark(const TurnContext& c, std::size_t i, std::string_view mark) {
  return c.word(i).punct == Punct::clause_break && c.tw.folded_token(c.word(i).token) == mark;
}

// The index of the ")" that closes a stage mark opened at `i`, or 0 when the
// parenthesis is no stage mark ("(pause)", "(laughs)").
std::size_t stage_mark_end(const TurnContext& c, std::size_t i) {
  if (i + 2 >= c.size() || c.word(i + 1).punct != Punct::none || !c.in_list(i + 1, WordList::role_stage_marks))
    return 0;
  for (std::size_t k = i + 2; k < c.size() && k <= i + 2 + kMarkWords; ++k) {
    if (c.word(k).punct == Punct::none) continue;
    return is_mark(c, k, ")") ? k : 0;
  }
  return 0;
}

// "Step out.", "Let's pause there. How was that?": a sentence that leaves the role.
bool steps_out(const TurnContext& c, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i)
    if (c.phrase_at(i, WordList::role_step_outs) != 0) return true;
  return false;
}

}  // namespace

bool mark_role_lines(TurnContext& c) {
  const std::size_t sentences = c.sentence_first.size() - 1;
  bool in_role = false;
  for (std::size_t s = 0; s < sentences; ++s) {
    const std::size_t begin = c.sentence_first[s], end = c.sentence_first[s + 1];
    if (in_role && steps_out(c, begin, end)) in_role = false;
    for (std::size_t i = begin; i < end; ++i) {
      if (is_mark(c, i, "(")) {
        // "(normal voice)", "(to the client)": any other parenthesis ends the role
        const std::size_t close = stage_mark_end(c, i);
        in_role = close != 0;
        if (in_role) i = close;
        continue;
      }
      if (in_role && c.word(i).punct == Punct::none && c.hypothetical_by[i] == -1) c.hypothetical_by[i] = kCarriedOver;
    }
  }
  return in_role;
}

bool addresses_role(const TurnContext& c) {
  std::size_t i = 0;
  // "No Papa, ...", "Okay. Sir, ..."
  while (i < c.size() && (c.word(i).punct != Punct::none ||
                          (c.word(i).classes & (lexicon::kAcknowledgement | lexicon::kFiller | lexicon::kCoordinator))))
    ++i;
  if (i + 2 >= c.size() || c.word(i + 1).punct != Punct::comma || c.sentence[i + 2] != c.sentence[i]) return false;
  return c.in_list(i, WordList::role_addresses) || c.word(i).id == 0;
}

}  // namespace feltline::analyse
