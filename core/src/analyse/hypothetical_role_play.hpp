// The lines a speaker says in role, after a stage mark of the role play:
//
//   T: Let's try the harder part. (as manager) Everyone is stressed, Priya.
//      You young people get tired very fast.      (the manager's words: imagined)
//   T: (as Kavya) Then why don't you ever say it? I feel so alone in this.
//
// The mark is a parenthesis that opens with a word of the list role_stage_marks
// ("(as the Manager)", "(as herself)") and closes within a few words. The words
// after it, to the end of the turn, are the role's, until a sentence that steps
// out of the role (role_step_outs: "Step out.", "Let's pause there.") or
// another parenthesis ("(normal voice)"). Four writers mark a role so (dev ...
// heldout28); every feeling said after the mark, in the same turn, is annotated
// imagined. The other speaker's reply is not marked: the splits annotate the
// feelings of replies in role both ways ("I get so scared" imagined, "it makes me
// really anxious to be in there" felt now), docs/lexicon.md, round twenty-three.
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Marks the words said in role in c.hypothetical_by with kCarriedOver (words
/// already marked keep their cue). One pass over the turn.
void mark_role_lines(TurnContext& c);

}  // namespace feltline::analyse
