#include "analyse/state_as_subject.hpp"

namespace feltline::analyse {

namespace {

// "Uneasy is a lot easier to work with than panic", "Calm is a bit much to ask":
// "a" opens a degree ("a lot", "a bit"; list state_subject_degrees) that weighs
// the imagined state, not a noun that names it; "a bit of a theme" names it.
bool weighs_by_degree(const TurnContext& c, std::size_t k, std::size_t end) {
  const std::size_t n = c.phrase_at(k, lexicon::WordList::state_subject_degrees);
  return n > 0 && (k + n >= end || c.text_of(k + n) != "of");
}

}  // namespace

bool state_is_subject(const TurnContext& c, std::size_t first, std::size_t end) {
  const lexicon::Hit* h = c.hit_at(first);
  // "Not panicking is a great goal": a state denied as the subject is an aim
  if (!h || c.negated_by[first] >= 0) return false;
  // "after a breakup", "during a panic attack": up to four words between, none
  // a subject, a verb or a cue ("Scared I'll forget him", "Nervous but not
  // dreading it" stay fragments); any punctuation ends the look.
  constexpr int kMostBetween = 4;
  int between = 0;
  for (std::size_t k = h->last; k < end; ++k) {
    if (c.word(k).punct != Punct::none) return false;
    // "is a strong phrase", "is one of the biggest triggers", "is part of this",
    // "has a way of ...": a noun after the verb names what the state is; "Annoyed
    // is easier", "Calm is too much to ask" weigh the imagined state instead
    if (c.in_list(k, lexicon::WordList::state_subject_verbs))
      return k + 1 < end && c.word(k + 1).punct == Punct::none &&
             c.in_list(k + 1, lexicon::WordList::state_subject_predicates) && !weighs_by_degree(c, k + 1, end);
    if (++between > kMostBetween) return false;
    if (c.word(k).classes & (lexicon::kSubject | lexicon::kPerson | lexicon::kBe | lexicon::kBecome |
                             lexicon::kFeel | lexicon::kAction | lexicon::kCoordinator | lexicon::kAuxiliary))
      return false;
    if (c.hit_at(k)) return false;  // another feeling or a cue
  }
  return false;
}

}  // namespace feltline::analyse
