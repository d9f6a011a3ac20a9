#include "output/corpus_summary_json.hpp"

#include "feltline/analyze.hpp"
#include "output/stats_json.hpp"

namespace feltline::output {
namespace {

Json spread_json(const analyse::Spread& s, int digits) {
  return {{"mean", optional_ratio(s.mean, digits)},
          {"median", optional_ratio(s.median, digits)},
          {"min", optional_ratio(s.min, digits)},
          {"max", optional_ratio(s.max, digits)}};
}

template <typename Count>
Json per_flag_kind(const std::array<Count, kFlagKindCount>& counts) {
  Json j = Json::object();
  for (std::size_t k = 0; k < kFlagKindCount; ++k) j[flag_kind_name(static_cast<FlagKind>(k))] = counts[k];
  return j;
}

}  // namespace

std::string corpus_summary_json(const analyse::CorpusFigures& f) {
  Json s;
  s["dialogues"] = f.dialogues;
  s["turns"] = f.turns;
  s["speech_turns"] = f.speech_turns;
  s["words"] = f.words;
  s["non_speech_words"] = f.non_speech_words;
  s["flagged_turns"] = per_flag_kind(f.flagged_turns);
  s["dialogues_with_flag"] = per_flag_kind(f.dialogues_with_flag);
  s["turns_per_dialogue"] = spread_json(f.turns_per_dialogue, 2);
  s["tokens_estimate_per_dialogue"] = spread_json(f.tokens_estimate, 2);
  s["therapist_words"] = f.therapist_words;
  s["client_words"] = f.client_words;
  s["therapist_client_talk_ratio"] = optional_ratio(f.therapist_client_talk_ratio);
  s["talk_ratio_per_dialogue"] = spread_json(f.talk_ratio, 4);
  s["therapist_questions"] = {{"open", f.therapist_questions.open}, {"closed", f.therapist_questions.closed}};
  s["therapist_reflections"] = f.therapist_reflections;
  s["reflection_to_question_ratio"] = optional_ratio(f.reflection_to_question_ratio);
  s["therapist_repetition"] = optional_ratio(f.therapist_repetition);
  s["therapist_repetition_per_dialogue"] = spread_json(f.therapist_repetition_per_dialogue, 4);
  s["therapist_mentions"] = mention_tally_json(f.therapist_mentions);
  s["client_mentions"] = mention_tally_json(f.client_mentions);
  s["client_self_ratings"] = f.client_self_ratings;
  s["dialogues_with_client_ratings"] = f.dialogues_with_client_ratings;
  s["client_first_sensation_turn"] = spread_json(f.client_first_sensation_turn, 2);
  s["dialogues_without_client_sensation"] = f.dialogues_without_client_sensation;
  Json trend = Json::array();
  for (const auto& t : f.client_trend) {
    trend.push_back({{"client_words", t.client_words},
                     {"emotion", t.emotion},
                     {"sensation", t.sensation},
                     {"emotion_per_100_words", optional_ratio(t.emotion_per_100_words)},
                     {"sensation_per_100_words", optional_ratio(t.sensation_per_100_words)}});
  }
  s["client_trend"] = std::move(trend);
  Json doc;
  doc["schema"] = kSchema;
  doc["corpus_summary"] = std::move(s);
  return doc.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace feltline::output
