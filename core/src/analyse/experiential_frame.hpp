// Whether a word is framed as something felt. Ambiguous feeling words only
// count inside such a frame: "I feel heavy" and "I'm cold" are sensations,
// "a heavy box" and "cold weather" are not; "I feel low" is sadness, "low
// stakes" is not. A feel verb ("feel", "notice", "sense", "makes me") frames
// the rest of its clause; a be/become verb frames the next few words when its
// subject is a person ("I'm", "you were", "I've been getting"); "there is"
// frames nouns ("there's a tightness"). What follows "like"/"that" + a new
// subject is a new clause ("I feel like we should ...").
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Fills c.frame.
void find_experiential_frames(TurnContext& c);

/// True when the content hit `hit` passes its entry's `needs` gate without a
/// body part: free terms always; frame terms after a feel verb or a person's
/// be/become verb; feel terms after a feel verb. Adjectives must also end
/// their phrase ("I'm cold." yes, "I had cold coffee" no).
bool passes_frame_gate(const TurnContext& c, const lexicon::Hit& hit, const lexicon::Entry& entry);

/// True when the turn's last sentence is a question with "feel": "How are you feeling now?"
bool ends_asking_feeling(const TurnContext& c);

/// "Heavy and dull." / "Softer.": a short sentence made only of feeling words,
/// the answer to "how does it feel?", frames itself.
bool elliptical_answer(const TurnContext& c, const lexicon::Hit& hit);

/// "Not sore, just a bit off.": the hit opens a verbless sentence (after fillers
/// such as "not", "maybe", "but"), which frames it as a report.
bool opens_fragment(const TurnContext& c, const lexicon::Hit& hit);

}  // namespace feltline::analyse
