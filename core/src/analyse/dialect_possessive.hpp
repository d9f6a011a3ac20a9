// "Lump in me throat", "Warm in me chest", "back of me head": in several
// dialects (northern English, Irish, Australian) "me" is the possessive "my".
// Between a preposition and a body part, or opening a sentence or a clause joined by
// "and"/"but" before one ("Me chest doesn't feel as tight", round thirty-four), it is
// read as a determiner, so a
// quality links to that body part as it would through "my" (round twenty,
// docs/lexicon.md: five writers' splits annotate these as sensations of the
// part). Elsewhere "me" stays the object pronoun ("tell me", "let me back in").
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Makes a determiner (and no longer a person word) of each word of the cue-word list
/// `dialect_possessives` that stands right after a preposition (or opens a sentence or
/// an "and"/"but" clause) and right before
/// a body part found by the phrase match (c.hits). Returns whether any word
/// changed; the caller then matches the phrases again ("lump in {det} throat").
bool mark_dialect_possessives(TurnContext& c);

}  // namespace feltline::analyse
