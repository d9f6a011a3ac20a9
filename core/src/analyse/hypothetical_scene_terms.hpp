// The terms of a reliving, said after the request to tell it in the present
// (round twenty-six):
//
//   T: I'd like you to tell it in the present tense, as if it's happening now.
//      Start from the call coming in. You can stop at any point.
//      I'll ask for a number every few minutes. Okay?
//   C: It's ten past two. Bells go down. My mouth goes dry.   (imagined)
//
// A starting point, a stop signal, a rating to come or leave to feel the
// distress (list reliving_terms: "start from", "stop", "a number", "allowed")
// are instructions about the telling, not the end of the scene the request
// hands over; the caller looks past them for the request.
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Sentences of terms after a request to tell it in the present that still
/// leave the request handing the scene over.
constexpr std::uint32_t kMaxRelivingTerms = 5;

/// Whether sentence `s` states a term of the exercise: no question (but a
/// closing "Okay?"), no verb of the past, and a phrase of reliving_terms.
bool states_reliving_term(const TurnContext& c, std::uint32_t s);

}  // namespace feltline::analyse
