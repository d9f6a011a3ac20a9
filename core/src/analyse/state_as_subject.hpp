// A feeling named as the subject of a statement about it, not felt in a fragment:
//
//   C: I'd never have believed I'd be this burned out.
//   T: Burned out is a strong phrase.          (the word talked about: reported)
//   T: Loneliness is one of the biggest triggers there is.
//   C: Annoyed is my default setting, so.
//   T: So guilt is in there.  /  Grief after a breakup is meant to come in waves.
//
// A sentence that opens with its feeling reads as a verbless fragment, and a
// fragment goes on with the state the sentence or turn before imagined ("I'd
// be scared. Properly scared."). When a verb of the list state_subject_verbs
// ("is", "'s", "was", "has") follows the feeling, after at most four words
// that hold no subject, verb or cue, and a word of state_subject_predicates
// ("a", "the", "my", "one", "part") opens what follows it, the feeling is the
// subject of a statement that names, defines or places the state, and it
// continues nothing. A predicate that weighs the imagined state ("Annoyed is
// easier", "Calm is too much to ask") and a denied subject ("Not panicking is
// a great goal") still go on with it: the studied splits annotate those
// imagined, and the named ones reported (nine writers; docs/lexicon.md,
// round twenty-four). "So guilt is in there" is left as it was.
#pragma once

#include <cstddef>

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Whether the feeling whose hit starts at word `first` (the first word of its
/// sentence that is not a filler) is the subject of a statement ending before
/// word `end`. Looks at most five words past the feeling.
bool state_is_subject(const TurnContext& c, std::size_t first, std::size_t end);

}  // namespace feltline::analyse
