// Emotion and analytic mentions. An emotion term counts when its gate allows
// (emotions.json: "frame"/"feel" terms need a feel verb or a person as
// subject), unless it sits in a clinical phrase ("a history of anxiety",
// "anxiety disorder"), or it only intensifies the next feeling word
// ("overwhelming sadness"). Words that name a sensation with a body part and
// an emotion without one ("numb", "relaxed") arrive here when the sensation
// linker found no body part. Adjacent words of one category are one mention
// ("anxious hypervigilance").
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

void find_emotions(TurnContext& c);
void find_analytic(TurnContext& c);

}  // namespace feltline::analyse
