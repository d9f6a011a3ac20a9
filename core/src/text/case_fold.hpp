// Case folding and compatibility normalisation for matching words against the
// lexicon. Only ever applied to copies: what the person sees is never changed.
#pragma once

#include <string>
#include <string_view>

namespace feltline::text {

/// NFKC_Casefold of `word` (ICU), with typographic apostrophes (U+2019,
/// U+02BC, U+FF07) unified to "'" so that "don’t" matches "don't".
/// ASCII input takes a fast path that gives exactly ICU's result.
void fold_for_matching(std::string_view word, std::string& out);

}  // namespace feltline::text
