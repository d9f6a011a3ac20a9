// A feeling word used as a word, not as a state of anyone (settled case 65):
// the value of a tag a chatbot or a tool printed ("[Detected emotion: sadness]",
// case 537) and a single word held in quotation marks ('I think "overwhelmed"
// is a fair descriptor', 'In Portuguese we say "orgulho"'). Read from the turn
// as written, because the tokenizer drops brackets and quotation marks.
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// "[Detected emotion: sadness] Good morning", "[mood: low]": the hit is the whole
/// value of a bracketed "label: value" tag. Only one value between the colon and
/// the closing bracket, and a label of letters, spaces and hyphens between the
/// opening bracket and the colon; "Emotions: sad" on a line of a thought record,
/// with no bracket, stays a mention (case 122).
bool bracketed_label(const TurnContext& c, const lexicon::Hit& hit);

/// 'I wrote down "confused"', 'the word "disappointed" is a hook', 'feeling
/// "dumb"': the hit is all that stands inside a pair of quotation marks (straight
/// or curly, double or single; a full stop or comma may close it inside the
/// marks). None of the 16 such single quoted words in the studied splits is
/// annotated. A quoted sentence ('she said "I'm so sad"') holds more than the
/// hit and stays.
bool quoted_word(const TurnContext& c, const lexicon::Hit& hit);

}  // namespace feltline::analyse
