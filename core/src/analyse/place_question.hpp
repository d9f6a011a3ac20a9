// A question that is only a place: "And the knee?", "The arms?", "Your chest?",
// "What about your hands now?". A bare answer to it that names no place of its
// own ("Not cold.", "Tingling's gone.") is placed in that region, keeping its
// negation (tests/eval/README.md cases 346, 413, 498, 516). A question that holds
// other words ("Where is the tightness?", "How is your back today?") places
// nothing: the guideline's "An answer that names no place is `unspecified`".
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// The region of the turn's last sentence when that sentence is a question made
/// of one body part and at most "and", "what/how about", a determiner or
/// possessive and "now"; kNoLabel otherwise. Linear in the sentence.
TurnContext::NamedRegion place_only_question(const TurnContext& c);

/// A turn short enough to be a bare answer (at most `kBareAnswerWords` words)
/// that names no body part of its own.
bool bare_answer(const TurnContext& c);

inline constexpr std::size_t kBareAnswerWords = 10;

}  // namespace feltline::analyse
