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

/// Where the bare answer at the start of the turn ends (one past its last word),
/// or 0 when there is none: the sentences before the first body part the turn
/// names (the whole turn when it names none), holding at most `kBareAnswerWords`
/// words. "Not hot any more. Hands are relaxed too." answers "Chest?" with its
/// first sentence; "Warm in my hands" answers nothing bare.
std::size_t bare_answer_end(const TurnContext& c);

inline constexpr std::size_t kBareAnswerWords = 10;

}  // namespace feltline::analyse
