#include "output/turns_csv.hpp"

#include "output/csv_writer.hpp"
#include "output/stats_json.hpp"

namespace feltline::output {
namespace {

struct Row {
  const Transcript& transcript;
  const Turn& turn;
};

// "anxiety=2;shame=1"
std::string joined_counts(const CountMap& counts) {
  std::string s;
  for (const auto& [key, n] : counts) {
    if (!s.empty()) s += ';';
    s += key + "=" + std::to_string(n);
  }
  return s;
}

std::string joined_flags(const Turn& turn) {
  std::string s;
  for (std::size_t k = 0; k < kFlagKindCount; ++k) {
    if (!turn.has_flag(static_cast<FlagKind>(k))) continue;
    if (!s.empty()) s += ';';
    s += flag_kind_name(static_cast<FlagKind>(k));
  }
  return s;
}

std::string joined(const std::vector<std::string>& words) {
  std::string s;
  for (const auto& w : words) {
    if (!s.empty()) s += ';';
    s += w;
  }
  return s;
}

Json time_or_null(const std::optional<double>& t) { return t ? rounded(*t, 3) : Json(nullptr); }

using Write = void (*)(CsvWriter&, const Row&);
struct Column {
  const char* name;
  Write write;
};

// The columns, in order; the header and every row come from this one table.
const Column kColumns[] = {
    {"dialogue_id", [](CsvWriter& w, const Row& r) { w.text(r.transcript.id ? *r.transcript.id : ""); }},
    {"turn", [](CsvWriter& w, const Row& r) { w.integer(r.turn.index); }},
    {"speaker", [](CsvWriter& w, const Row& r) { w.text(r.turn.speaker ? *r.turn.speaker : ""); }},
    {"role", [](CsvWriter& w, const Row& r) { w.text(role_name(r.turn.role)); }},
    {"line", [](CsvWriter& w, const Row& r) { w.integer(r.turn.line); }},
    {"time_start", [](CsvWriter& w, const Row& r) { w.number(time_or_null(r.turn.time_start)); }},
    {"time_end", [](CsvWriter& w, const Row& r) { w.number(time_or_null(r.turn.time_end)); }},
    {"flags", [](CsvWriter& w, const Row& r) { w.text(joined_flags(r.turn)); }},
    {"speech", [](CsvWriter& w, const Row& r) { w.boolean(r.turn.stats.speech); }},
    {"words", [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.words); }},
    {"non_speech_words", [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.non_speech_words); }},
    {"sentences", [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.sentences); }},
    {"questions_open", [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.questions.open); }},
    {"questions_closed", [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.questions.closed); }},
    {"own_voice_words", [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.own_voice_words); }},
    {"first_person", [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.first_person); }},
    {"first_person_rate",
     [](CsvWriter& w, const Row& r) { w.number(optional_ratio(r.turn.stats.first_person_rate)); }},
    {"cumulative_words",
     [](CsvWriter& w, const Row& r) { w.integer(static_cast<std::int64_t>(r.turn.stats.cumulative_words)); }},
    {"tokens_estimate", [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.tokens_estimate); }},
    {"cumulative_tokens_estimate",
     [](CsvWriter& w, const Row& r) {
       w.integer(static_cast<std::int64_t>(r.turn.stats.cumulative_tokens_estimate));
     }},
    {"trigrams", [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.trigrams); }},
    {"repeated_trigrams", [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.repeated_trigrams); }},
    {"repetition", [](CsvWriter& w, const Row& r) { w.number(optional_ratio(r.turn.stats.repetition)); }},
    {"echoes", [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.echoes); }},
    {"echoed", [](CsvWriter& w, const Row& r) { w.text(joined(r.turn.stats.echoed)); }},
    {"emotion",
     [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.mentions.of(MentionKind::emotion)); }},
    {"sensation",
     [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.mentions.of(MentionKind::sensation)); }},
    {"analytic",
     [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.mentions.of(MentionKind::analytic)); }},
    {"rating", [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.mentions.of(MentionKind::rating)); }},
    {"custom", [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.mentions.of(MentionKind::custom)); }},
    {"negated", [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.mentions.negated); }},
    {"hypothetical", [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.mentions.hypothetical); }},
    {"quoted", [](CsvWriter& w, const Row& r) { w.integer(r.turn.stats.mentions.quoted); }},
    {"analytic_share",
     [](CsvWriter& w, const Row& r) { w.number(optional_ratio(r.turn.stats.analytic_share)); }},
    {"emotion_categories",
     [](CsvWriter& w, const Row& r) { w.text(joined_counts(r.turn.stats.mentions.emotion_categories)); }},
    {"sensation_regions",
     [](CsvWriter& w, const Row& r) { w.text(joined_counts(r.turn.stats.mentions.sensation_regions)); }},
    {"custom_categories",
     [](CsvWriter& w, const Row& r) { w.text(joined_counts(r.turn.stats.mentions.custom_categories)); }},
    {"text", [](CsvWriter& w, const Row& r) { w.text(r.turn.text); }},
};

}  // namespace

void append_turns_csv_header(std::string& out) {
  CsvWriter w(out);
  for (const auto& c : kColumns) w.text(c.name);
  w.end_row();
}

void append_turns_csv(const Transcript& transcript, std::string& out) {
  CsvWriter w(out);
  for (const auto& turn : transcript.turns) {
    const Row row{transcript, turn};
    for (const auto& c : kColumns) c.write(w, row);
    w.end_row();
  }
}

}  // namespace feltline::output
