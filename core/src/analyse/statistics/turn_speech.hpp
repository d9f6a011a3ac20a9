// The speech figures of one turn, from its ICU word tokens: words, sentences,
// open and closed questions, first-person words, the token estimate, and the
// sentences as word ids for the repetition figure. The tokens and their folded
// text come from the mention finder, which already made them for the turn.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/statistics/repetition.hpp"
#include "analyse/token_folding.hpp"
#include "analyse/statistics/speech_scope.hpp"
#include "feltline/transcript.hpp"
#include "text/sentence_splitter.hpp"
#include "text/word_tokenizer.hpp"

namespace feltline::analyse {

/// Buffers reused from turn to turn, so a transcript allocates them once.
struct TurnSpeech {
  std::vector<text::Token> speech;        // the speech tokens of a turn with meta notes (else unused)
  std::vector<std::uint8_t> speech_token;  // per token of such a turn: 1 when it is speech
  std::vector<std::string_view> folded;  // case-folded text of each speech token (raw for punctuation)
  // Per RepetitionTracker word id: 1 first person, 0 not, -1 not yet known.
  // Valid for the one tracker these buffers are used with (one transcript).
  std::vector<std::int8_t> first_person_by_id;
  std::string word;  // scratch: one folded word as a std::string key
  std::vector<text::Sentence> sentences;
  // For RepetitionTracker: the speech sentences' word ids in one buffer, each
  // sentence followed by RepetitionTracker::kSentenceEnd.
  std::vector<std::uint32_t> sentence_word_ids;
};

/// Fills `stats`: speech, words, non_speech_words, sentences, questions,
/// own_voice_words, first_person, first_person_rate, tokens_estimate; and
/// `speech.sentence_word_ids`.
/// `tokens` are all of the turn's tokens, folded (fold_tokens).
void measure_turn_speech(const Turn& turn, const SpeechScope& scope, const FoldedTokens& tokens,
                         RepetitionTracker& repetition, TurnSpeech& speech, TurnStats& stats);

}  // namespace feltline::analyse
