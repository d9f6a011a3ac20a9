#include "analyse/statistics/corpus_summary.hpp"

#include <algorithm>

#include "analyse/statistics/median.hpp"
#include "analyse/statistics/ratio.hpp"

namespace feltline::analyse {
namespace {

Spread spread(std::vector<double> values) {
  Spread s;
  if (values.empty()) return s;
  double total = 0;
  for (double v : values) total += v;
  s.mean = total / static_cast<double>(values.size());
  s.min = *std::min_element(values.begin(), values.end());
  s.max = *std::max_element(values.begin(), values.end());
  s.median = median(values);
  return s;
}

}  // namespace

void CorpusSummary::add(const Transcript& t) {
  const SessionStats& s = t.session;
  CorpusFigures& f = sums_;
  ++f.dialogues;
  f.turns += s.turns;
  f.speech_turns += s.speech_turns;
  f.words += s.words;
  f.non_speech_words += s.non_speech_words;
  for (std::size_t k = 0; k < kFlagKindCount; ++k) {
    f.flagged_turns[k] += s.flagged_turns[k];
    if (s.flagged_turns[k] > 0) ++f.dialogues_with_flag[k];
  }
  f.therapist_words += s.therapist_words;
  f.client_words += s.client_words;
  f.therapist_questions.open += s.therapist_questions.open;
  f.therapist_questions.closed += s.therapist_questions.closed;
  f.therapist_reflections += s.therapist_reflections;
  f.client_self_ratings += s.client_self_ratings.size();
  if (!s.client_self_ratings.empty()) ++f.dialogues_with_client_ratings;
  if (s.client_first_sensation_turn) {
    first_sensation_.push_back(*s.client_first_sensation_turn);
  } else {
    ++f.dialogues_without_client_sensation;
  }
  for (std::size_t k = 0; k < 3; ++k) {
    f.client_trend[k].client_words += s.client_trend[k].client_words;
    f.client_trend[k].emotion += s.client_trend[k].emotion;
    f.client_trend[k].sensation += s.client_trend[k].sensation;
  }
  std::uint64_t trigrams = 0, repeated = 0;
  for (const auto& speaker : t.speakers) {
    if (speaker.role == Role::therapist) {
      trigrams += speaker.stats.trigrams;
      repeated += speaker.stats.repeated_trigrams;
      f.therapist_mentions.add(speaker.stats.mentions);
    } else if (speaker.role == Role::client) {
      f.client_mentions.add(speaker.stats.mentions);
    }
  }
  therapist_trigrams_ += trigrams;
  therapist_repeated_ += repeated;
  if (auto r = ratio(repeated, trigrams)) repetition_.push_back(*r);
  turns_.push_back(s.turns);
  tokens_.push_back(static_cast<double>(s.tokens_estimate));
  if (s.therapist_client_talk_ratio) talk_ratio_.push_back(*s.therapist_client_talk_ratio);
}

void CorpusSummary::merge(const CorpusSummary& other) {
  const CorpusFigures& o = other.sums_;
  CorpusFigures& f = sums_;
  f.dialogues += o.dialogues;
  f.turns += o.turns;
  f.speech_turns += o.speech_turns;
  f.words += o.words;
  f.non_speech_words += o.non_speech_words;
  for (std::size_t k = 0; k < kFlagKindCount; ++k) {
    f.flagged_turns[k] += o.flagged_turns[k];
    f.dialogues_with_flag[k] += o.dialogues_with_flag[k];
  }
  f.therapist_words += o.therapist_words;
  f.client_words += o.client_words;
  f.therapist_questions.open += o.therapist_questions.open;
  f.therapist_questions.closed += o.therapist_questions.closed;
  f.therapist_reflections += o.therapist_reflections;
  f.client_self_ratings += o.client_self_ratings;
  f.dialogues_with_client_ratings += o.dialogues_with_client_ratings;
  f.dialogues_without_client_sensation += o.dialogues_without_client_sensation;
  for (std::size_t k = 0; k < 3; ++k) {
    f.client_trend[k].client_words += o.client_trend[k].client_words;
    f.client_trend[k].emotion += o.client_trend[k].emotion;
    f.client_trend[k].sensation += o.client_trend[k].sensation;
  }
  f.therapist_mentions.add(o.therapist_mentions);
  f.client_mentions.add(o.client_mentions);
  therapist_trigrams_ += other.therapist_trigrams_;
  therapist_repeated_ += other.therapist_repeated_;
  // In order, so means and medians are summed exactly as add() would have.
  const auto append = [](std::vector<double>& to, const std::vector<double>& from) {
    to.insert(to.end(), from.begin(), from.end());
  };
  append(first_sensation_, other.first_sensation_);
  append(repetition_, other.repetition_);
  append(turns_, other.turns_);
  append(tokens_, other.tokens_);
  append(talk_ratio_, other.talk_ratio_);
}

CorpusFigures CorpusSummary::figures() const {
  CorpusFigures f = sums_;
  f.therapist_client_talk_ratio = ratio(f.therapist_words, f.client_words);
  f.reflection_to_question_ratio = ratio(f.therapist_reflections, f.therapist_questions.total());
  f.therapist_repetition = ratio(therapist_repeated_, therapist_trigrams_);
  f.turns_per_dialogue = spread(turns_);
  f.tokens_estimate = spread(tokens_);
  f.talk_ratio = spread(talk_ratio_);
  f.therapist_repetition_per_dialogue = spread(repetition_);
  f.client_first_sensation_turn = spread(first_sensation_);
  for (auto& third : f.client_trend) {
    if (third.client_words == 0) continue;
    third.emotion_per_100_words = 100.0 * third.emotion / third.client_words;
    third.sensation_per_100_words = 100.0 * third.sensation / third.client_words;
  }
  return f;
}

}  // namespace feltline::analyse
