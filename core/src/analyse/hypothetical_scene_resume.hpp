// Three ways a scene that the talk has left is taken up again (rounds twenty-four
// and twenty-seven):
//
//   T: What's your number right now, here in the room?   (asked of the room: the scene ends)
//   C: Seventy.
//   T: Seventy. Keep going. What happens next?             (asks_to_resume: the scene goes on)
//   C: The truck stops. My hands are wet.                  (imagined)
//
//   T: Close your eyes. Let yourself go back to the old kitchen. How old are you?
//   C: Nine. I'm nine. Dad is at the stove. I'm scared.    (returns_to_scene: imagined)
//
// A request to go on with the narration ("Keep going.", "Can you carry on?",
// "What happens next?", "And then?") asked a few turns after a scene was open
// hands it back to the narrator; with no scene in reach ("What happens next,
// usually?", "What happened next?") it asks for a story of the past or a habit
// and hands nothing. A question placed "in that picture" or "in the scene" asks
// about the scene whether or not the talk had left it. An instruction to go back to a place or a time ("Let's go
// back to the beginning", "Go back into the picture") returns to a scene to be
// told from inside; the caller checks what follows it in the turn.
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// Turns after the last open scene within which a request to go on takes it up.
constexpr std::uint32_t kResumeTurns = 4;

/// Whether sentence `s` asks the listener to go on with a narration: a short
/// "Keep going." / "Carry on." (list scene_resume_requests), "Can you keep
/// going?", "What happens next?" or "And then?", with no word of the room, of a
/// habit or of the past ("What happens next, usually?").
bool asks_to_resume(const TurnContext& c, std::uint32_t s);

/// Whether sentence `s` (no question) tells the listener to go back to a place
/// or a time: "Let yourself go back to the house.", "Let's go back to the
/// beginning and go through it again.", "Go back into the picture." (list
/// scene_return_phrases, then a determiner or "your"; not "go back to sleep",
/// and not a feeling: "Let's go back to the guilt").
bool returns_to_scene(const TurnContext& c, std::uint32_t s);

/// Whether sentence `s` is a question placed in the scene by a phrase of
/// scene_place_phrases: "What do you notice in your body, in that picture?",
/// "And in that picture, how is Karthik?", "How are you in the scene now?"; not
/// with a word of the room, a habit or the past ("Is that frustration here now,
/// or was it in the scene?").
bool asks_in_pictured_scene(const TurnContext& c, std::uint32_t s);

/// Whether sentence `s` is a question placed in a scene by "there" (round
/// thirty-one): "What do you feel, there by the water?", "What are you feeling
/// there?", "And how do you feel, lying there?", "And you, there in the kitchen
/// with her?"; "there" closes the question or comes before the place it names,
/// after a comma, a participle, "out" or "right", or the asking words. Not "Is
/// there ...?", "in there", "over there", an occasion of the listener ("And as
/// you're there, what do you feel?"), the room, a habit or the past ("What were
/// you feeling, standing there?").
bool asks_there_in_scene(const TurnContext& c, std::uint32_t s);

/// Whether sentence `s` asks, with "now", what happens in a scene that runs or
/// where the listener is in it (list scene_now_questions, "now" closing the
/// question): "Where are you now?", "What's happening now?", "What happens in the
/// doorway now?", "What's happening in the boy now?". Not about the listener or
/// the room: "What's happening in you now?", "What's happening right now?",
/// "Where are you with it now?", "What's happening now, here?".
bool asks_now_in_scene(const TurnContext& c, std::uint32_t s);

}  // namespace feltline::analyse
