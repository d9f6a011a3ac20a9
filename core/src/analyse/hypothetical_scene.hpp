// An imagined scene runs over the sentences that narrate it:
//
//   T: Imagine it's the morning of the flight. You wake up before the alarm.
//      Your stomach is churning.            (imagined, though no cue is in the sentence)
//      Notice that tightness.               (an instruction about now: the scene has ended)
//
// A scene opens at an invitation to imagine: an imagination cue ("imagine",
// "picture", "suppose") that opens its clause or follows "to" or "let's" ("I'd
// like you to picture ..."), and is not denied ("I can't imagine"). The
// sentences after it continue the scene while they narrate: they open with a
// subject, a determiner or a preposition ("You walk in", "The doors close", "By
// Friday you're ..."), not with an instruction, "okay" or "thank you"; they are
// not questions ("What do you notice?" asks about now); and they hold no word
// that steps back to the present or the past ("now", "actually", "was", "felt":
// the scene_exit class). The first sentence that does not continue ends it;
// a scene may go on in the same speaker's next turn (captions cut a monologue).
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Marks the words of the sentences that continue an imagined scene in
/// c.hypothetical_by with the hit index of the cue that opened it (kCarriedOver
/// for a scene that `open_before`: the same speaker's previous turn, a caption
/// cut in two, ended inside it). Returns whether a scene is still open at the
/// end of the turn.
bool carry_imagined_scenes(TurnContext& c, bool open_before);

}  // namespace feltline::analyse
