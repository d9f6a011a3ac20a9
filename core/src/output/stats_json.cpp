#include "output/stats_json.hpp"

#include "feltline/transcript.hpp"

namespace feltline::output {
namespace {

Json questions_json(const QuestionCounts& q) { return Json{{"open", q.open}, {"closed", q.closed}}; }

Json count_map(const CountMap& counts) {
  Json j = Json::object();
  for (const auto& [key, n] : counts) j[key] = n;
  return j;
}

Json optional_int(const std::optional<int>& v) { return v ? Json(*v) : Json(nullptr); }

Json per_flag_kind(const std::array<std::uint32_t, kFlagKindCount>& counts) {
  Json j = Json::object();
  for (std::size_t k = 0; k < kFlagKindCount; ++k) j[flag_kind_name(static_cast<FlagKind>(k))] = counts[k];
  return j;
}

Json category_or_null(const std::string& category) {
  return category.empty() ? Json(nullptr) : Json(category);
}

Json third_json(const SessionThird& t) {
  Json j;
  j["first_turn"] = t.first_turn < 0 ? Json(nullptr) : Json(t.first_turn);
  j["last_turn"] = t.last_turn < 0 ? Json(nullptr) : Json(t.last_turn);
  j["client_words"] = t.client_words;
  j["emotion"] = t.emotion;
  j["sensation"] = t.sensation;
  j["emotion_per_100_words"] = optional_ratio(t.emotion_per_100_words);
  j["sensation_per_100_words"] = optional_ratio(t.sensation_per_100_words);
  return j;
}

}  // namespace

Json optional_ratio(const std::optional<double>& value, int digits) {
  return value ? rounded(*value, digits) : Json(nullptr);
}

Json mention_tally_json(const MentionTally& tally) {
  Json j;
  for (std::size_t k = 0; k < kMentionKindCount; ++k)
    j[mention_kind_name(static_cast<MentionKind>(k))] = tally.asserted[k];
  j["emotion_categories"] = count_map(tally.emotion_categories);
  j["sensation_regions"] = count_map(tally.sensation_regions);
  j["custom_categories"] = count_map(tally.custom_categories);
  j["negated"] = tally.negated;
  j["hypothetical"] = tally.hypothetical;
  j["quoted"] = tally.quoted;
  return j;
}

Json turn_stats_json(const TurnStats& s) {
  Json j;
  j["speech"] = s.speech;
  j["words"] = s.words;
  j["non_speech_words"] = s.non_speech_words;
  j["sentences"] = s.sentences;
  j["questions"] = questions_json(s.questions);
  j["own_voice_words"] = s.own_voice_words;
  j["first_person"] = s.first_person;
  j["first_person_rate"] = optional_ratio(s.first_person_rate);
  j["cumulative_words"] = s.cumulative_words;
  j["tokens_estimate"] = s.tokens_estimate;
  j["cumulative_tokens_estimate"] = s.cumulative_tokens_estimate;
  j["trigrams"] = s.trigrams;
  j["repeated_trigrams"] = s.repeated_trigrams;
  j["repetition"] = optional_ratio(s.repetition);
  j["echoes"] = s.echoes;
  j["echoed"] = s.echoed;
  j["mentions"] = mention_tally_json(s.mentions);
  j["analytic_share"] = optional_ratio(s.analytic_share);
  return j;
}

Json speaker_stats_json(const SpeakerStats& s) {
  Json j;
  j["turns"] = s.turns;
  j["speech_turns"] = s.speech_turns;
  j["words"] = s.words;
  j["talk_share"] = optional_ratio(s.talk_share);
  j["mean_words_per_turn"] = optional_ratio(s.mean_words_per_turn, 2);
  j["median_words_per_turn"] = optional_ratio(s.median_words_per_turn, 2);
  j["sentences"] = s.sentences;
  j["questions"] = questions_json(s.questions);
  j["reflections"] = s.reflections;
  j["own_voice_words"] = s.own_voice_words;
  j["first_person"] = s.first_person;
  j["first_person_rate"] = optional_ratio(s.first_person_rate);
  j["trigrams"] = s.trigrams;
  j["repeated_trigrams"] = s.repeated_trigrams;
  j["repetition"] = optional_ratio(s.repetition);
  Json thirds = Json::array();
  for (const auto& r : s.repetition_by_third) thirds.push_back(optional_ratio(r));
  j["repetition_by_third"] = std::move(thirds);
  j["mentions"] = mention_tally_json(s.mentions);
  j["emotion_granularity"] = {{"categories", s.emotion_categories},
                              {"entropy", optional_ratio(s.emotion_entropy)}};
  j["analytic_share"] = optional_ratio(s.analytic_share);
  return j;
}

Json session_stats_json(const SessionStats& s) {
  Json j;
  j["turns"] = s.turns;
  j["speech_turns"] = s.speech_turns;
  j["words"] = s.words;
  j["non_speech_words"] = s.non_speech_words;
  j["tokens_estimate"] = s.tokens_estimate;
  j["duration_seconds"] = optional_ratio(s.duration_seconds, 3);
  j["therapist_words"] = s.therapist_words;
  j["client_words"] = s.client_words;
  j["therapist_client_talk_ratio"] = optional_ratio(s.therapist_client_talk_ratio);
  j["therapist_questions"] = questions_json(s.therapist_questions);
  j["therapist_reflections"] = s.therapist_reflections;
  j["reflection_to_question_ratio"] = optional_ratio(s.reflection_to_question_ratio);
  j["client_first_sensation_turn"] = optional_int(s.client_first_sensation_turn);
  j["client_first_sensation_turn_any"] = optional_int(s.client_first_sensation_turn_any);
  Json ratings = Json::array();
  for (const auto& r : s.client_self_ratings) {
    ratings.push_back({{"turn", r.turn},
                       {"category", category_or_null(r.category)},
                       {"value", rounded(r.value)},
                       {"scale", rounded(r.scale)},
                       {"hypothetical", r.hypothetical}});
  }
  j["client_self_ratings"] = std::move(ratings);
  Json trajectories = Json::array();
  for (const auto& t : s.client_rating_trajectories) {
    Json values = Json::array();
    for (double v : t.values) values.push_back(rounded(v));
    trajectories.push_back({{"category", category_or_null(t.category)},
                            {"scale", rounded(t.scale)},
                            {"values", std::move(values)},
                            {"turns", t.turns},
                            {"change", rounded(t.change)}});
  }
  j["client_rating_trajectories"] = std::move(trajectories);
  Json trend = Json::array();
  for (const auto& third : s.client_trend) trend.push_back(third_json(third));
  j["client_trend"] = std::move(trend);
  j["flagged_turns"] = per_flag_kind(s.flagged_turns);
  j["flag_spans"] = per_flag_kind(s.flag_spans);
  return j;
}

}  // namespace feltline::output
