// Places sensation qualities in the body. A quality word ("tight", "knot",
// "racing") is linked to a body part in its clause, in either order:
//
//   after   "a knot in my stomach", "tightness across my chest and shoulders"
//           (a quality, a preposition, then one or more coordinated body parts)
//   next to "tight chest", "sweaty palms", "chest tightness", "heart racing"
//   object  "clench your fists", "I couldn't feel my arms"
//   before  "my chest tightens", "my shoulders were up around my ears, really tense"
//           (the nearest body part that is a subject; a prepositional object
//           only when nothing better is in the clause)
//   pronoun "My hands are warm again, they were cold before"
//   next fragment "Heavy. In my arms" (a quality alone in a verbless fragment)
//
// A body part is only a place when it reads as one: after a determiner ("my
// back", not "back then"), next to a quality, or as the subject of a feel/be
// verb ("Hands are cold"); not before an illness word ("heart disease"), not
// in "the back of the room", not as the object of "take a deep breath".
// Unlinked qualities count only as their list allows (sensations.json), words
// that name an emotion without a body part ("numb", "relaxed") are left to the
// emotion finder, and one description of one region becomes one mention
// ("a hot, tight pressure across my chest").
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Appends sensation candidates to c.candidates and marks the hits they use.
void link_sensations(TurnContext& c);

}  // namespace feltline::analyse
