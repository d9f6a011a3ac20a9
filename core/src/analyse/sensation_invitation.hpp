// A sensation the clinician invites the client to stay with, or asks after:
// "Stay with that warmth", "Let that lump be there", "Is that warmth still
// there?". The quality word has no feel or be frame of its own, but the
// demonstrative points back at something felt, so it is a mention (cases 161,
// 200, 235 settle its flags: reported when just reported, `hyp` before).
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// True when quality hit `q` follows a demonstrative ("that", "this") that ends
/// an invitation of `sensation_invitations` ("stay with", "let"), or that
/// follows a question's opening verb of `sensation_questions` ("Is that warmth
/// still there?"). Not a verb entry ("let that settle"). Constant work per hit.
bool invited_sensation(const TurnContext& c, const lexicon::Hit& q);

}  // namespace feltline::analyse
