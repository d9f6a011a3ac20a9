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
//
// A scene is handed over when the turn ends asking the other speaker to
// narrate it ("Imagine it's Sunday. You're on the slip road. Talk me through
// what happens." — "Okay. I'm on the slip road. My chest is tight."): the answer
// goes on in the scene, past an opening "Okay.", until it steps out ("Right now
// my palms are sweaty"). "What do you notice?" asks about now and hands nothing over.
// A scene set for the listener with no invitation ("It's the night of the
// festival. You're in the wings. Talk me through what happens.") is handed over
// too. A question that invites the listener to imagine ("When you picture going
// home, what comes up?") hands over only an answer that sets the scene first
// ("The stairs. I'm stood at the bottom and my leg's shaking"); an answer that
// names a feeling straight away ("Dread.") reports what is felt now while
// imagining (settled before round four). After the other speaker's narration, "Stay there." / "Stay with it." keeps
// the scene going (a "Can you ...?" inside it is part of it), and "What else?"
// hands it back.
//
// Round nine: "Take a second." pauses a scene without closing it; a short call
// on the listener ("Sam?") or a question after one that opened the scene ("Can
// you picture her? What's she feeling?") hands it over; a turn that asks for
// the narration and ends setting the listener in the scene ("Talk me through
// it. You pull into the lot.") does too; a narrator's scene left open goes on
// after the other speaker's comment when the next turn sets the listener in it
// again ("You get dressed.").
//
// Round ten (a): a scene left open at the end of a turn goes on in the other
// speaker's turn, back and forth, until something closes it: an answer that
// names a feeling first ("Nervous."), confirms ("It is.") or
// steps out; a turn that narrates or reflects it ("You keep your lane.") and
// hands it back with a question of the scene ("And as you get closer?", "What
// do you notice?"), not one of the room ("How was that?", "And right now?",
// "How does it feel to imagine that?", "As you breathe out, what happens?").
// A scene that sets no one in it ("Imagine the warmth spreading") or a worry
// ("What if she sends me home?") is not handed on; a sentence with a cue of its
// own stays in the scene ("I'm terrified I'll miss the gap"); a sentence that
// sets the listener in it again takes it up ("Let that picture play. You arrive.").
//
// Round twenty-two: a turn hands the scene over when it asks for the narration
// in the present ("Tell it to me in the present."), ends with a short question
// of the scene after sentences that set the listener in it or invite to imagine
// with a person there ("Let's picture it. You're at the gate. What happens?");
// asking what is imagined happening invites the answer into it ("What do you
// picture happening Friday?");
// "That's a vivid picture." ends a scene, and "How are you feeling about trying
// it?" asks the room.
//
// Round twenty-six: the exercise's terms after a request to tell it in the
// present ("Start from the call coming in. You can stop at any point.") keep the
// request handing the scene over (hypothetical_scene_terms.hpp).
//
// Round thirty-five: a whole exercise ("Close your eyes. Go back to the kitchen.
// Tell me what's happening, in the present.") runs over many turns: inside it each
// question of the scene hands the scene over again, until "open your eyes", "come
// back into the room" or a turn with no scene (TurnContext::in_exercise).
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

enum class SceneState : std::uint8_t {
  closed,
  open,         // the turn ended inside a scene
  unpeopled,    // ... a scene that sets no one in it ("Imagine the warmth spreading"): the same speaker goes on
  handed_over,  // the turn ended asking the other speaker to narrate the scene
  invited,      // the turn ended asking the other speaker to imagine ("When you picture it, what comes up?")
  answered,     // the other speaker's turn ended narrating a scene: this turn goes on in it until it steps out
  offered,      // the turn ended on an invitation to imagine (or a short question after it) that sets
                // no one in the scene: an answer that sets its speaker in it takes it up (round thirty-four)
  paused,       // this speaker's turn before last ended inside a scene, the other speaker commented:
                // a turn that opens setting the listener in it again goes on ("You get dressed.")
};

/// Marks the words of the sentences that continue an imagined scene in
/// c.hypothetical_by with the hit index of the cue that opened it (kCarriedOver
/// for a scene that is open `before` the turn: the same speaker's previous
/// turn, a caption cut in two, ended inside it, or the other speaker handed it
/// over). Returns the state at the end of the turn.
SceneState carry_imagined_scenes(TurnContext& c, SceneState before);

/// "What else?", "What else do you notice?", "And then?", "Then what?": sentence `s`
/// asks for more of what was just told.
bool asks_for_more(const TurnContext& c, std::uint32_t s);

}  // namespace feltline::analyse
