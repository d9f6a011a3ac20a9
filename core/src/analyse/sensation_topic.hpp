// Sensations a clinician names as a topic: "That warmth is the soothing system
// switching on", "That tightness and the tears tell me how much you love him",
// "That heat in your face while you type is your body remembering". The
// sensation is the subject of a statement about what it is or means, not
// something said to be felt (tests/eval/README.md case 190); pointed at as the
// object of an invitation ("Stay with that warmth", "That warmth in your
// chest, stay with it") or asked after ("Is that warmth still there?") it stays.
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Removes from c.candidates, in one pass, the sensations named as topics:
/// (1) for a speaker who is not the client, those in the subject of a sentence
/// that opens on a demonstrative ("That", "This") whose verb says what the
/// subject is or means: a be form followed by a noun phrase ("is the", "is
/// your"), or a verb of meaning ("tells", "suggests", "means"); a client's
/// "This pain is the worst part" reports the pain. Each sentence is scanned once.
/// (2) for any speaker, an unplaced one-word sensation of `topic_sensations`
/// right after "the" after a preposition of talk ("on top of the pain",
/// `topic_prepositions`). (3) for any speaker, the same sensation word again,
/// unplaced, at most three words after the last sensation ("Tired. Good
/// tired."): a restatement of the description just given, one mention; not
/// when asked, said of a new subject or denied on its own. (3) is not a topic
/// but shares the pass, so the candidates are walked once. Constant work per
/// candidate.
void drop_sensation_topics(TurnContext& c, bool client_speaking);

}  // namespace feltline::analyse
