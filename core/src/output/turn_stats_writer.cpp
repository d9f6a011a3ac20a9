#include "output/turn_stats_writer.hpp"

#include "output/json_buffer.hpp"
#include "output/stats_json.hpp"

namespace feltline::output {
namespace {

using json_buffer::Buffer;
using json_buffer::Writer;

// Rounded like optional_ratio(); a ratio outside [0, 1] goes through nlohmann's printer.
void ratio(Writer& w, std::string_view key, const std::optional<double>& value) {
  char digits[kUnitRatioDigits];
  if (const std::size_t n = value ? format_unit_ratio(*value, digits) : 0) {
    w.raw(key, std::string_view(digits, n));
    return;
  }
  w.raw(key, value ? rounded(*value, 4).dump() : std::string("null"));
}

void count_map(Writer& w, std::string_view key, const CountMap& counts) {
  w.key(key);
  Writer m{w.out, w.pretty, w.depth + 1};
  m.open('{');
  for (const auto& [name, n] : counts) {
    m.name_key(name);  // a category name: may need escapes
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    w.out.put(buf, static_cast<std::size_t>(r.ptr - buf));
  }
  m.close('}', counts.empty());
}

// The keys and their order of mention_tally_json().
void write_tally(Writer& w, std::string_view key, const MentionTally& tally) {
  w.key(key);
  Writer t{w.out, w.pretty, w.depth + 1};
  t.open('{');
  for (std::size_t k = 0; k < kMentionKindCount; ++k)
    t.num(mention_kind_name(static_cast<MentionKind>(k)), tally.asserted[k]);
  count_map(t, "emotion_categories", tally.emotion_categories);
  count_map(t, "sensation_regions", tally.sensation_regions);
  count_map(t, "custom_categories", tally.custom_categories);
  t.num("negated", tally.negated);
  t.num("hypothetical", tally.hypothetical);
  t.num("quoted", tally.quoted);
  t.close('}', false);
}

void write_questions(Writer& w, const QuestionCounts& questions) {
  w.key("questions");
  Writer q{w.out, w.pretty, w.depth + 1};
  q.open('{');
  q.num("open", questions.open);
  q.num("closed", questions.closed);
  q.close('}', false);
}

}  // namespace

void append_turn_stats_json(std::string& out, const TurnStats& s, bool pretty, int depth) {
  Buffer buffer(out);
  Writer w{buffer, pretty, depth};
  w.open('{');
  w.boolean("speech", s.speech);
  w.num("words", s.words);
  w.num("non_speech_words", s.non_speech_words);
  w.num("sentences", s.sentences);
  write_questions(w, s.questions);
  w.num("own_voice_words", s.own_voice_words);
  w.num("first_person", s.first_person);
  ratio(w, "first_person_rate", s.first_person_rate);
  w.num("cumulative_words", s.cumulative_words);
  w.num("tokens_estimate", s.tokens_estimate);
  w.num("cumulative_tokens_estimate", s.cumulative_tokens_estimate);
  w.num("trigrams", s.trigrams);
  w.num("repeated_trigrams", s.repeated_trigrams);
  ratio(w, "repetition", s.repetition);
  w.num("echoes", s.echoes);
  w.strings("echoed", s.echoed);
  write_tally(w, "mentions", s.mentions);
  ratio(w, "analytic_share", s.analytic_share);
  w.close('}', false);
}

void write_turn_stats(JsonWriter& w, const TurnStats& s) {
  w.raw([&](std::string& out, int depth) { append_turn_stats_json(out, s, w.pretty(), depth); });
}

}  // namespace feltline::output
