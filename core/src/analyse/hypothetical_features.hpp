// The features the learned hypothetical flag (hypothetical_model.hpp) reads of
// one emotion or sensation mention, once the rules have set its flags: the
// rules' own decision and the cue behind it, the cue words, cue-word lists and
// scope kinds around the mention in its clause and sentence, the shape of the
// sentence, what the previous sentences and turn held, the speaker's role, the
// negation flag, the mention's place, and the words near it.
// docs/lexicon.md ("Learned hypothetical flag") lists them.
//
// A feature is a name ("cue=conditional:if", "clause before=imagine") kept only
// as a 32-bit hash of its two parts; the names themselves are written out only
// when asked (to say which features moved the model, and in tests). Each
// feature is handed on as it is found: summed into a model's score, recorded for
// training, or both, so that a mention costs no allocation and no sort.
#pragma once

#include <climits>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/linear_model.hpp"  // FeatureSink, feature_hash
#include "analyse/turn_context.hpp"
#include "feltline/transcript.hpp"

namespace feltline::analyse {

/// What the rules decided in the turn before a mention's.
struct HypotheticalHistory {
  bool previous_turn = false;               // there is a previous turn
  bool previous_turn_same_speaker = false;  // ... by the same speaker
  bool previous_turn_hypothetical = false;  // ... with a hypothetical mention (rules)
  bool previous_turn_cue = false;           // ... with a word under a hypothetical scope
  bool previous_turn_question = false;      // ... ending with a question
  bool previous_turn_last_hypothetical = false;  // ... whose last mention was hypothetical
  bool previous_turn_present = false;       // ... whose last words hold a present report ("notice")
  std::vector<std::uint32_t> previous_turn_words;  // ... its last 32 words (their hashes)
};

/// Per turn: each word's text hash, found once for all its mentions, when first asked.
struct TurnFeatureWords {
  const TurnContext* c = nullptr;
  mutable std::vector<std::uint32_t> hashes;  // 0: not yet found
  // What the previous turn's words add to a model's score: the same for every mention.
  mutable bool turn_words_known = false;
  mutable std::int64_t turn_words_score = 0;
  void prepare(const TurnContext& context) {
    c = &context;
    hashes.assign(context.size(), 0);
    turn_words_known = false;
  }
  std::uint32_t text_hash(std::size_t k) const;
};

/// Where the features of one mention go.
using HypotheticalFeatures = FeatureSink;

/// The features of `mentions[index]` (parallel to c.candidates), after the rules.
void extract_hypothetical_features(const TurnContext& c, const TurnFeatureWords& words,
                                   const std::vector<Mention>& mentions, std::size_t index, Role role,
                                   const HypotheticalHistory& history, HypotheticalFeatures& out);

/// How the rules left a turn (`rules_hypothetical`: their flag per emotion and
/// sensation mention), for the next turn's history; the caller sets previous_turn_same_speaker.
void history_after(const TurnContext& c, const TurnFeatureWords& words,
                   const std::vector<std::uint8_t>& rules_hypothetical, HypotheticalHistory& h);

}  // namespace feltline::analyse
