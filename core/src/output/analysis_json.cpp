#include "output/analysis_json.hpp"

#include "feltline/analyze.hpp"
#include "output/json_numbers.hpp"
#include "output/mention_json.hpp"
#include "output/stats_json.hpp"
#include "text/utf16_offsets.hpp"

namespace feltline::output {
namespace {

Json optional_string(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

Json optional_number(const std::optional<double>& v) { return v ? rounded(*v, 3) : Json(nullptr); }

Json turn_json(const Turn& turn) {
  text::Utf16Offsets offsets(turn.text);
  Json j;
  j["index"] = turn.index;
  j["speaker"] = optional_string(turn.speaker);
  j["role"] = role_name(turn.role);
  j["text"] = turn.text;
  j["time_start"] = optional_number(turn.time_start);
  j["time_end"] = optional_number(turn.time_end);
  j["line"] = turn.line;
  Json flags = Json::array();
  for (const auto& f : turn.flags) {
    flags.push_back({{"kind", flag_kind_name(f.kind)}, {"start", offsets.at(f.span.begin)}, {"end", offsets.at(f.span.end)}});
  }
  j["flags"] = std::move(flags);
  j["mentions"] = Json::array();  // written in by splice_mentions (mention_json.hpp)
  j["stats"] = turn_stats_json(turn.stats);
  return j;
}

}  // namespace

std::string to_json(const Transcript& t, bool pretty) {
  Json doc;
  doc["schema"] = kSchema;
  if (t.id) doc["id"] = *t.id;
  doc["format"] = t.format;
  Json speakers = Json::array();
  for (const auto& s : t.speakers) {
    speakers.push_back({{"name", s.name}, {"role", role_name(s.role)}, {"stats", speaker_stats_json(s.stats)}});
  }
  doc["speakers"] = std::move(speakers);
  Json turns = Json::array();
  for (const auto& turn : t.turns) turns.push_back(turn_json(turn));
  doc["turns"] = std::move(turns);
  doc["session"] = session_stats_json(t.session);
  Json diagnostics = Json::array();
  for (const auto& d : t.diagnostics) {
    diagnostics.push_back({{"severity", severity_name(d.severity)},
                           {"message", d.message},
                           {"line", d.line ? Json(d.line) : Json(nullptr)}});
  }
  doc["diagnostics"] = std::move(diagnostics);
  Json metadata = Json::array();
  for (const auto& [key, value] : t.metadata) metadata.push_back({{"key", key}, {"value", value}});
  doc["metadata"] = std::move(metadata);
  return splice_mentions(doc.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace), t, pretty);
}

}  // namespace feltline::output
