// Sets a mention's context flags from the scopes of its head word, and records
// which cue set each flag (`cues`, e.g. "negation:not", "hypothetical:'d").
//
// - negated:      a negation scope covers the head
// - hypothetical: a modal/future, "if", imagination or desire scope covers it,
//                 or it is an instruction ("Relax your shoulders")
// - question:     the sentence ends with '?'. A question is not hypothetical by
//                 itself ("How strong was the anxiety?"); "What would you feel?"
//                 is both.
// - quoted:       the head is inside a quoted flag span
#pragma once

#include "analyse/turn_context.hpp"
#include "feltline/mention.hpp"

namespace feltline::analyse {

void set_context_flags(const TurnContext& c, const Candidate& cand, Mention& m);

}  // namespace feltline::analyse
