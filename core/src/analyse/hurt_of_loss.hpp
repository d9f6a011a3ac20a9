// "It hurts." / "that hurts more than shouting would" / "it still hurts when
// the person you married doesn't know you": "it"/"that" + "hurts"/"hurting"
// with no body part is sadness when a loss, a person's act or words, or a
// relationship is near (settled case 337), and stays body pain otherwise
// ("It did hurt!" after "tummy hurt"). Near is the sentence, the one before it
// and the other speaker's last turn. Words are data (cue_words.json:
// hurt_subjects, hurt_verbs, physical_causes, loss_cues).
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// What the turn just analysed (its candidates found) leaves for the next
/// speaker's "it hurts": sets `body` when a sensation was found or a physical
/// cause named, `loss` when a loss, a person or their words were named.
void hurt_context_of_turn(const TurnContext& c, bool& body, bool& loss);

/// Marks in `take` (per hit; left empty when the turn has none) the
/// "it/that (still) hurts" hits to read as sadness, given the other speaker's
/// last turn (`c.other_turn_body`, `c.other_turn_loss`). Linear: each word is
/// read once, whatever the number of hits.
void find_hurt_of_loss(const TurnContext& c, std::vector<std::uint8_t>& take);

}  // namespace feltline::analyse
