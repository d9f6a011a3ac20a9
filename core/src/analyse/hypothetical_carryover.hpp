// Fragments keep the mood of what they answer or continue. In dialogue a
// hypothetical is often answered or extended without a verb:
//
//   T: What would it be like to let the panic come and go?   C: Honestly? Terrifying.
//   C: I'd feel lighter. Maybe even hopeful.
//
// A sentence that opens with a feeling word (after fillers such as "maybe",
// "but", "not") and has no verb of its own before it is a fragment; it is
// hypothetical when the sentence it continues is (in the same turn), or, at
// the start of a turn, when the other speaker's last sentence was a
// hypothetical question ("What would it be like?"), or its last feeling was
// imagined: C: "I'd probably still feel shaky, but I'd stay." T: "Shaky but present."
#pragma once

#include <vector>

#include "analyse/turn_context.hpp"
#include "feltline/mention.hpp"

namespace feltline::analyse {

/// Marks the words of hypothetical fragments in c.hypothetical_by with kCarriedOver.
void carry_hypotheticals(TurnContext& c, bool previous_turn_asked_hypothetically);

/// Marks in c.hypothetical_by (kCarriedOver) the states listed right after a
/// sentence that records predictions, in it after a colon or in the sentences
/// that follow, until one with a subject or a past ("Let's write each prediction
/// down. Back seizes, legs go weak, shame.": settled case 32).
void carry_recorded_predictions(TurnContext& c);

/// Whether a sentence of the turn tells what happened ("Didn't throw up.", "It was
/// fine."): a past "did", "was" or "were" in its first three words, under no cue, in no question.
bool tells_what_happened(const TurnContext& c);

/// True when the turn's last sentence is a question under a modal cue, so that a
/// fragment opening the next speaker's turn answers it hypothetically.
bool ends_with_hypothetical_question(const TurnContext& c);

/// True when the turn's last sentence ends with "?".
/// "... Any nausea with the patches?": the turn ends on a symptom checklist's item.
bool ends_with_checklist_question(const TurnContext& c);
bool ends_with_question(const TurnContext& c);
/// Whether the turn ends asking what is felt in the room as the talk goes on: "What
/// happens inside as you hear that?", "Where do you notice it as you type this?", "How
/// are you feeling now, as we talk?" (round thirty-seven (b)); its answer reports.
bool ends_asking_of_now(const TurnContext& c);
/// Whether the turn ends asking what the listener would say, tell or want someone to
/// know ("What would you want her to know?"): a reply "That I love her." tells a state now.
bool ends_asking_for_message(const TurnContext& c);

// "When the urge comes on Friday, what will you notice in your body?", "How do you
// think you'll feel walking in?": the turn ends on a question about a state on a
// future occasion ("will", "'ll" or "going to" with "you" and a feel or noticing verb).
bool ends_asking_future_state(const TurnContext& c);

/// True when the turn's last emotion or sensation mention is hypothetical, so
/// that a verbless reflection of it by the next speaker is imagined too.
bool ends_with_imagined_feeling(const std::vector<Mention>& mentions);

/// Whether the turn's last emotion or sensation is imagined only by a modal of
/// obligation ("I don't know why I should be ashamed", "You ought to feel proud"):
/// a norm about a state now sets no scene for the reply to go on with.
bool ends_with_obligation(const TurnContext& c);

inline constexpr std::int32_t kCarriedOver = -2;
/// "You tell him: I'm furious.": imagined speech introduced without a modal (hypothetical_scope.cpp).
inline constexpr std::int32_t kImaginedSpeech = -3;
/// "Notice any tension in your jaw": a state an instruction looks for (hypothetical_scope.cpp).
inline constexpr std::int32_t kLookedFor = -4;
/// "When you notice the anger rising, breathe": an occasion an instruction is planned for.
inline constexpr std::int32_t kPrescribedOccasion = -5;
/// "It's normal to feel tired tomorrow": a state said of a time to come (hypothetical_scope.cpp).
inline constexpr std::int32_t kForecast = -6;
/// "Don't be scared of it": a state a prohibition prescribes away (hypothetical_scope.cpp).
inline constexpr std::int32_t kProhibited = -7;
/// "Some people feel a bit lost at first": a state offered as possible (hypothetical_scope.cpp).
/// Newer than the learned flag's features, which read it as "none" (hypothetical_features.cpp).
inline constexpr std::int32_t kOfferedPossibility = -8;

}  // namespace feltline::analyse
