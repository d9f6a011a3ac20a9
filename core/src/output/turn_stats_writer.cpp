#include "output/turn_stats_writer.hpp"

#include <charconv>

#include "output/json_buffer.hpp"
#include "output/stats_json.hpp"

namespace feltline::output {
namespace {

using json_buffer::Buffer;
using json_buffer::Writer;

// Rounded like optional_ratio(); a ratio outside [0, 1] goes through nlohmann's printer.
[[gnu::noinline]] void ratio_value(Buffer& out, const std::optional<double>& value) {
  char digits[kUnitRatioDigits];
  if (const std::size_t n = value ? format_unit_ratio(*value, digits) : 0) {
    out.put(digits, n);
    return;
  }
  if (!value) {
    out.put("null", 4);
    return;
  }
  const std::string printed = rounded(*value, 4).dump();
  out.put(printed.data(), printed.size());
}

void ratio(Writer& w, std::string_view key, const std::optional<double>& value) {
  w.key(key);
  ratio_value(w.out, value);
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

// The compact form (the CLI's and the web page's): the same bytes as the
// Writer's below, but each run of constant keys between two values is one
// literal, copied in one piece.
struct Compact {
  Buffer& out;
  template <std::size_t N>
  void lit(const char (&s)[N]) {
    out.put(s, N - 1);
  }
  // These four out of line: inlined at each use, std::to_chars and the string
  // escape made this function 16 KB of code.
  // A single digit (most counts of a turn: questions, first-person words,
  // non-speech words) is one byte put in place; the rest call out.
  void num(std::uint64_t v) {
    if (v < 10)
      out.put(static_cast<char>('0' + v));
    else
      num_wide(v);
  }
  [[gnu::noinline]] void num_wide(std::uint64_t v) {
    char* p = out.room(20);
    out.n += static_cast<std::size_t>(std::to_chars(p, p + 20, v).ptr - p);
  }
  [[gnu::noinline]] void count_map(const CountMap& counts) {
    out.put('{');
    bool first = true;
    for (const auto& [name, n] : counts) {
      if (!first) out.put(',');
      first = false;
      out.json_string(name);
      out.put(':');
      num(n);
    }
    out.put('}');
  }
  [[gnu::noinline]] void strings(const std::vector<std::string>& v) {
    out.put('[');
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out.put(',');
      out.json_string(v[i]);
    }
    out.put(']');
  }
};

void append_compact(Buffer& out, const TurnStats& s) {
  Compact c{out};
  if (s.speech)
    c.lit("{\"speech\":true,\"words\":");
  else
    c.lit("{\"speech\":false,\"words\":");
  c.num(s.words);
  c.lit(",\"non_speech_words\":");
  c.num(s.non_speech_words);
  c.lit(",\"sentences\":");
  c.num(s.sentences);
  c.lit(",\"questions\":{\"open\":");
  c.num(s.questions.open);
  c.lit(",\"closed\":");
  c.num(s.questions.closed);
  c.lit("},\"own_voice_words\":");
  c.num(s.own_voice_words);
  c.lit(",\"first_person\":");
  c.num(s.first_person);
  c.lit(",\"first_person_rate\":");
  ratio_value(out, s.first_person_rate);
  c.lit(",\"cumulative_words\":");
  c.num(s.cumulative_words);
  c.lit(",\"tokens_estimate\":");
  c.num(s.tokens_estimate);
  c.lit(",\"cumulative_tokens_estimate\":");
  c.num(s.cumulative_tokens_estimate);
  c.lit(",\"trigrams\":");
  c.num(s.trigrams);
  c.lit(",\"repeated_trigrams\":");
  c.num(s.repeated_trigrams);
  c.lit(",\"repetition\":");
  ratio_value(out, s.repetition);
  c.lit(",\"echoes\":");
  c.num(s.echoes);
  c.lit(",\"echoed\":");
  c.strings(s.echoed);
  c.lit(",\"mentions\":{");
  const MentionTally& tally = s.mentions;
  for (std::size_t k = 0; k < kMentionKindCount; ++k) {
    if (k) out.put(',');
    out.put('"');
    const std::string_view name = mention_kind_name(static_cast<MentionKind>(k));
    out.put(name.data(), name.size());
    out.put("\":", 2);
    c.num(tally.asserted[k]);
  }
  c.lit(",\"emotion_categories\":");
  c.count_map(tally.emotion_categories);
  c.lit(",\"sensation_regions\":");
  c.count_map(tally.sensation_regions);
  c.lit(",\"custom_categories\":");
  c.count_map(tally.custom_categories);
  c.lit(",\"negated\":");
  c.num(tally.negated);
  c.lit(",\"hypothetical\":");
  c.num(tally.hypothetical);
  c.lit(",\"quoted\":");
  c.num(tally.quoted);
  c.lit("},\"analytic_share\":");
  ratio_value(out, s.analytic_share);
  out.put('}');
}

// Only `--pretty` asks for this form: cold, so compiled for size.
[[gnu::cold]] void append_pretty(Buffer& buffer, const TurnStats& s, int depth) {
  Writer w{buffer, true, depth};
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

}  // namespace

void append_turn_stats_json(std::string& out, const TurnStats& s, bool pretty, int depth) {
  Buffer buffer(out);
  if (pretty)
    append_pretty(buffer, s, depth);
  else
    append_compact(buffer, s);
}

void write_turn_stats(JsonWriter& w, const TurnStats& s) {
  w.raw([&](std::string& out, int depth) { append_turn_stats_json(out, s, w.pretty(), depth); });
}

}  // namespace feltline::output
