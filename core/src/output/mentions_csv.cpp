#include "output/mentions_csv.hpp"

#include "analyse/statistics/speech_scope.hpp"
#include "output/csv_writer.hpp"
#include "text/utf16_offsets.hpp"

namespace feltline::output {
namespace {

struct Row {
  const Transcript& transcript;
  const Turn& turn;
  const Mention& mention;
  MentionStatus status;
  const text::Utf16Offsets& offsets;
};

std::string joined(const std::vector<std::string_view>& items) {
  std::string s;
  for (const auto& item : items) {
    if (!s.empty()) s += ';';
    s += item;
  }
  return s;
}

std::string_view mention_text(const Turn& turn, const Mention& m) {
  const std::string_view text = turn.text;
  if (m.begin >= text.size() || m.end <= m.begin) return {};
  return text.substr(m.begin, std::min<std::size_t>(m.end, text.size()) - m.begin);
}

bool has_category(MentionKind k) {
  return k == MentionKind::emotion || k == MentionKind::rating || k == MentionKind::custom;
}

using Write = void (*)(CsvWriter&, const Row&);
struct Column {
  const char* name;
  Write write;
};

const Column kColumns[] = {
    {"dialogue_id", [](CsvWriter& w, const Row& r) { w.text(r.transcript.id ? *r.transcript.id : ""); }},
    {"turn", [](CsvWriter& w, const Row& r) { w.integer(r.turn.index); }},
    {"speaker", [](CsvWriter& w, const Row& r) { w.text(r.turn.speaker ? *r.turn.speaker : ""); }},
    {"role", [](CsvWriter& w, const Row& r) { w.text(role_name(r.turn.role)); }},
    {"kind", [](CsvWriter& w, const Row& r) { w.text(mention_kind_name(r.mention.kind)); }},
    {"status", [](CsvWriter& w, const Row& r) { w.text(mention_status_name(r.status)); }},
    {"start", [](CsvWriter& w, const Row& r) { w.integer(r.offsets.at(r.mention.begin)); }},
    {"end", [](CsvWriter& w, const Row& r) { w.integer(r.offsets.at(r.mention.end)); }},
    {"text", [](CsvWriter& w, const Row& r) { w.text(mention_text(r.turn, r.mention)); }},
    {"category",
     [](CsvWriter& w, const Row& r) { w.text(has_category(r.mention.kind) ? r.mention.category : ""); }},
    {"region", [](CsvWriter& w, const Row& r) { w.text(r.mention.region); }},
    {"quality", [](CsvWriter& w, const Row& r) { w.text(r.mention.quality); }},
    {"value",
     [](CsvWriter& w, const Row& r) {
       w.number(r.mention.kind == MentionKind::rating ? rounded(r.mention.value) : Json(nullptr));
     }},
    {"scale",
     [](CsvWriter& w, const Row& r) {
       w.number(r.mention.kind == MentionKind::rating ? rounded(r.mention.scale) : Json(nullptr));
     }},
    {"negated", [](CsvWriter& w, const Row& r) { w.boolean(r.mention.negated); }},
    {"hypothetical", [](CsvWriter& w, const Row& r) { w.boolean(r.mention.hypothetical); }},
    {"quoted", [](CsvWriter& w, const Row& r) { w.boolean(r.mention.quoted); }},
    {"echo", [](CsvWriter& w, const Row& r) { w.boolean(r.mention.echo); }},
    {"intensity", [](CsvWriter& w, const Row& r) { w.text(joined(r.mention.intensity)); }},
    {"source", [](CsvWriter& w, const Row& r) { w.text(r.mention.source); }},
    {"cues", [](CsvWriter& w, const Row& r) { w.text(joined(r.mention.cues)); }},
    {"dictionary", [](CsvWriter& w, const Row& r) { w.text(r.mention.dictionary); }},
};

}  // namespace

void append_mentions_csv_header(std::string& out) {
  CsvWriter w(out);
  for (const auto& c : kColumns) w.text(c.name);
  w.end_row();
}

void append_mentions_csv(const Transcript& transcript, std::string& out) {
  CsvWriter w(out);
  for (const auto& turn : transcript.turns) {
    if (turn.mentions.empty()) continue;
    const analyse::SpeechScope scope(turn);
    const text::Utf16Offsets offsets(turn.text);
    for (const auto& m : turn.mentions) {
      const Row row{transcript, turn, m, scope.status(m), offsets};
      for (const auto& c : kColumns) c.write(w, row);
      w.end_row();
    }
  }
}

}  // namespace feltline::output
