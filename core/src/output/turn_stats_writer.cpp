#include "output/turn_stats_writer.hpp"

#include "output/stats_json.hpp"

namespace feltline::output {
namespace {

// Rounded like optional_ratio(); a ratio outside [0, 1] goes through nlohmann's printer.
void ratio(JsonWriter& w, const char* key, const std::optional<double>& value) {
  w.literal_key(key);
  if (value && *value >= 0 && *value <= 1) {
    w.raw([&](std::string& out, int) { append_unit_ratio(out, *value); });
    return;
  }
  if (value) w.value(rounded(*value, 4));
  else w.value(nullptr);
}

void count_map(JsonWriter& w, const char* key, const CountMap& counts) {
  w.literal_key(key);
  w.begin_object();
  for (const auto& [name, n] : counts) {
    w.key(name);  // a category name: may need escapes
    w.value(n);
  }
  w.end_object();
}

// The keys and their order of mention_tally_json().
void write_tally(JsonWriter& w, const MentionTally& tally) {
  w.begin_object();
  for (std::size_t k = 0; k < kMentionKindCount; ++k) {
    w.literal_key(mention_kind_name(static_cast<MentionKind>(k)));
    w.value(tally.asserted[k]);
  }
  count_map(w, "emotion_categories", tally.emotion_categories);
  count_map(w, "sensation_regions", tally.sensation_regions);
  count_map(w, "custom_categories", tally.custom_categories);
  w.literal_key("negated");
  w.value(tally.negated);
  w.literal_key("hypothetical");
  w.value(tally.hypothetical);
  w.literal_key("quoted");
  w.value(tally.quoted);
  w.end_object();
}

}  // namespace

void write_turn_stats(JsonWriter& w, const TurnStats& s) {
  const auto count = [&](const char* key, std::uint64_t n) {
    w.literal_key(key);
    w.value(n);
  };
  w.begin_object();
  w.literal_key("speech");
  w.value(s.speech);
  count("words", s.words);
  count("non_speech_words", s.non_speech_words);
  count("sentences", s.sentences);
  w.literal_key("questions");
  w.begin_object();
  count("open", s.questions.open);
  count("closed", s.questions.closed);
  w.end_object();
  count("own_voice_words", s.own_voice_words);
  count("first_person", s.first_person);
  ratio(w, "first_person_rate", s.first_person_rate);
  count("cumulative_words", s.cumulative_words);
  count("tokens_estimate", s.tokens_estimate);
  count("cumulative_tokens_estimate", s.cumulative_tokens_estimate);
  count("trigrams", s.trigrams);
  count("repeated_trigrams", s.repeated_trigrams);
  ratio(w, "repetition", s.repetition);
  count("echoes", s.echoes);
  w.literal_key("echoed");
  w.begin_array();
  for (const auto& e : s.echoed) w.value(e);
  w.end_array();
  w.literal_key("mentions");
  write_tally(w, s.mentions);
  ratio(w, "analytic_share", s.analytic_share);
  w.end_object();
}

}  // namespace feltline::output
