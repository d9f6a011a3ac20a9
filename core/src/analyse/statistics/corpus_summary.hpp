// The summary line of a corpus (several dialogues, printed as JSON Lines): the
// session figures pooled over all dialogues, and per-dialogue figures as
// median and range. Dialogues are added one at a time, so a streaming reader
// can keep only this object, not the dialogues.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "feltline/transcript.hpp"

namespace feltline::analyse {

struct Spread {
  std::optional<double> mean;
  std::optional<double> median;
  std::optional<double> min;
  std::optional<double> max;
};

struct CorpusFigures {
  std::uint32_t dialogues = 0;
  std::uint64_t turns = 0;
  std::uint64_t speech_turns = 0;
  std::uint64_t words = 0;
  std::uint64_t non_speech_words = 0;
  std::array<std::uint64_t, kFlagKindCount> flagged_turns{};
  std::array<std::uint32_t, kFlagKindCount> dialogues_with_flag{};
  std::uint64_t therapist_words = 0;
  std::uint64_t client_words = 0;
  std::optional<double> therapist_client_talk_ratio;  // pooled
  QuestionCounts therapist_questions;
  std::uint64_t therapist_reflections = 0;
  std::optional<double> reflection_to_question_ratio;  // pooled
  std::optional<double> therapist_repetition;          // pooled over therapist turns
  MentionTally therapist_mentions;
  MentionTally client_mentions;
  std::uint32_t dialogues_with_client_ratings = 0;
  std::uint64_t client_self_ratings = 0;
  std::uint32_t dialogues_without_client_sensation = 0;
  Spread turns_per_dialogue;
  Spread tokens_estimate;  // per dialogue
  Spread talk_ratio;       // per dialogue, where defined
  Spread therapist_repetition_per_dialogue;
  Spread client_first_sensation_turn;        // dialogues with one
  std::array<SessionThird, 3> client_trend;  // pooled; turn ranges unset
};

class CorpusSummary {
 public:
  void add(const Transcript& transcript);
  /// Adds every dialogue `other` holds, as if each were added after those here.
  void merge(const CorpusSummary& other);
  CorpusFigures figures() const;

 private:
  CorpusFigures sums_;
  std::uint64_t therapist_trigrams_ = 0;
  std::uint64_t therapist_repeated_ = 0;
  std::vector<double> turns_, tokens_, talk_ratio_, repetition_, first_sensation_;
};

}  // namespace feltline::analyse
