#include "output/analysis_json.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "feltline/analyze.hpp"
#include "text/utf16_offsets.hpp"

namespace feltline::output {
namespace {

using Json = nlohmann::ordered_json;

Json optional_string(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

// Times and ratios are rounded so both hosts print the same digits.
Json rounded(double v, int digits = 4) {
  if (!std::isfinite(v)) return nullptr;
  double scale = std::pow(10.0, digits);
  return std::round(v * scale) / scale;
}

Json optional_number(const std::optional<double>& v) { return v ? rounded(*v, 3) : Json(nullptr); }

Json mention_json(const Mention& m, const Turn& turn, const text::Utf16Offsets& offsets) {
  Json j;
  j["kind"] = mention_kind_name(m.kind);
  j["start"] = offsets.at(m.begin);
  j["end"] = offsets.at(m.end);
  j["text"] = turn.text.substr(m.begin, m.end - m.begin);
  j["role"] = role_name(turn.role);
  switch (m.kind) {
    case MentionKind::emotion:
      j["category"] = m.category;
      break;
    case MentionKind::sensation:
      j["region"] = m.region;
      j["quality"] = m.quality;
      break;
    case MentionKind::rating:
      j["category"] = m.category.empty() ? Json(nullptr) : Json(m.category);
      j["value"] = rounded(m.value);
      j["scale"] = rounded(m.scale);
      break;
    case MentionKind::custom:
      j["dictionary"] = m.dictionary;
      j["category"] = m.category;
      break;
    case MentionKind::analytic:
      break;
  }
  j["negated"] = m.negated;
  j["hypothetical"] = m.hypothetical;
  j["quoted"] = m.quoted;
  j["echo"] = m.echo;
  j["intensity"] = m.intensity;
  Json source;
  source["entry"] = m.source;
  source["cues"] = m.cues;
  j["source"] = std::move(source);
  return j;
}

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
  Json mentions = Json::array();
  for (const auto& m : turn.mentions) mentions.push_back(mention_json(m, turn, offsets));
  j["mentions"] = std::move(mentions);
  j["stats"] = {{"words", turn.stats.words}};
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
    speakers.push_back({{"name", s.name},
                        {"role", role_name(s.role)},
                        {"stats", {{"turns", s.stats.turns}, {"words", s.stats.words}}}});
  }
  doc["speakers"] = std::move(speakers);
  Json turns = Json::array();
  for (const auto& turn : t.turns) turns.push_back(turn_json(turn));
  doc["turns"] = std::move(turns);
  doc["session"] = {{"turns", t.session.turns}};
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
  return doc.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace feltline::output
