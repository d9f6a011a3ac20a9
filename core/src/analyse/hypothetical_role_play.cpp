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

// A quotation mark, straight or curly.
bool is_quote(const TurnContext& c, std::size_t i) {
  if (c.word(i).punct == Punct::none) return false;
  const std::string_view t = c.tw.folded_token(c.word(i).token);
  return t == "\"" || t == "\u201c" || t == "\u201d";
}

// The index of the ")" closing a short aside opened at `i` ("(pause)", "(sighs)"), or 0.
std::size_t aside_end(const TurnContext& c, std::size_t i) {
  for (std::size_t k = i + 1; k < c.size() && k <= i + 1 + kMarkWords; ++k)
    if (c.word(k).punct != Punct::none) return is_mark(c, k, ")") ? k : 0;
  return 0;
}

// "Step out.", "Let's pause there. How was that?": a sentence that leaves the role.
bool steps_out(const TurnContext& c, std::size_t begin, std::size_t end) {
  if (!c.may_hold(WordList::role_step_outs)) return false;
  for (std::size_t i = begin; i < end; ++i)
    if (c.phrase_at(i, WordList::role_step_outs) != 0) return true;
  return false;
}

}  // namespace

bool mark_role_lines(TurnContext& c) {
  // a role is entered only at a stage mark ("(as the Manager)")
  if (!c.may_hold(WordList::role_stage_marks)) return false;
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

std::size_t addresses_role(const TurnContext& c) {
  std::size_t i = 0;
  // "No Papa, ...", "Okay. Sir, ...", "Okay. (pause) Yeonhee, ..."
  while (i < c.size() && c.phrase_at(i, WordList::role_greetings) == 0 &&
         (c.word(i).punct != Punct::none ||
          (c.word(i).classes & (lexicon::kAcknowledgement | lexicon::kFiller | lexicon::kCoordinator)))) {
    if (const std::size_t close = is_mark(c, i, "(") ? aside_end(c, i) : 0) i = close;
    // ("Okay. \"Darragh, I'm frightened.\" There.": a line quoted is rehearsed from
    // outside the role; heldout21 annotates its feeling felt now)
    if (is_quote(c, i)) return 0;
    ++i;
  }
  if (i >= c.size()) return 0;
  // "Hi, Coach.", "Good morning sir.", "hi Doug. thanks for seeing me.": a
  // greeting, then the role's title or name (one or two words) and a stop
  if (const std::size_t g = c.phrase_at(i, WordList::role_greetings)) {
    std::size_t k = i + g;
    if (k < c.size() && c.word(k).punct == Punct::comma) ++k;
    std::size_t names = 0;
    while (k < c.size() && names < 2 && c.word(k).punct == Punct::none &&
           (c.in_list(k, WordList::role_addresses) || c.word(k).id == 0))
      ++k, ++names;
    return names > 0 && (k >= c.size() || c.word(k).punct != Punct::none) ? k : 0;
  }
  if (i + 2 >= c.size() || c.word(i + 1).punct != Punct::comma || c.sentence[i + 2] != c.sentence[i]) return 0;
  return c.in_list(i, WordList::role_addresses) || c.word(i).id == 0 ? i + 1 : 0;
}

bool stays_in_role(const TurnContext& c, std::uint32_t s) {
  const std::size_t begin = c.sentence_first[s], end = c.sentence_first[s + 1];
  if (steps_out(c, begin, end)) return false;
  for (std::size_t i = begin; i < end; ++i)
    if (c.word(i).punct == Punct::none &&
        (c.in_list(i, WordList::past_tense_verbs) || (c.word(i).classes & lexicon::kSceneExit)))
      return false;
  return true;
}

bool offers_role(const TurnContext& c) {
  if (!c.may_hold(WordList::role_offers)) return false;
  for (std::size_t i = 0; i < c.size(); ++i) {
    const std::size_t n = c.phrase_at(i, WordList::role_offers);
    if (n == 0 || i + n >= c.size() || c.word(i + n).punct != Punct::none) continue;
    // "I'll play your manager", "I'll be him", "I'll play Doug" (not "I'll be here", "I'll be honest")
    const std::size_t o = i + n;
    const WordText t = c.text_of(o);
    if (t == "your" || t == "him" || t == "her" || c.in_list(o, WordList::role_addresses) || c.word(o).id == 0)
      return true;
  }
  return false;
}

}  // namespace feltline::analyse
