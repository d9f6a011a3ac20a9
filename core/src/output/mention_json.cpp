// One mention as JSON. The layout is documented in docs/lexicon.md#json; every
// mention of a kind has the same keys, so consumers can rely on them.
//
// A session yields tens of thousands of mentions, so the objects are built by
// appending to their key/value vectors (ordered_json objects are vectors; its
// operator[] would search the keys before every insertion).
#include "output/mention_json.hpp"

namespace feltline::output {
namespace {

Json strings(const std::vector<std::string_view>& v) {
  Json a = Json::array();
  auto& arr = a.get_ref<Json::array_t&>();
  arr.reserve(v.size());
  for (const auto& s : v) arr.emplace_back(s);
  return a;
}

}  // namespace

Json mention_json(const Mention& m, const Turn& turn, const text::Utf16Offsets& offsets) {
  Json j = Json::object();
  auto& o = j.get_ref<Json::object_t&>();
  o.reserve(16);
  o.emplace_back("kind", mention_kind_name(m.kind));
  o.emplace_back("start", offsets.at(m.begin));
  o.emplace_back("end", offsets.at(m.end));
  o.emplace_back("text", turn.text.substr(m.begin, m.end - m.begin));
  o.emplace_back("role", role_name(turn.role));
  switch (m.kind) {
    case MentionKind::emotion:
      o.emplace_back("category", m.category);
      break;
    case MentionKind::sensation:
      o.emplace_back("region", m.region);
      o.emplace_back("quality", m.quality);
      break;
    case MentionKind::rating:
      o.emplace_back("category", m.category.empty() ? Json(nullptr) : Json(m.category));
      o.emplace_back("value", rounded(m.value));
      o.emplace_back("scale", rounded(m.scale));
      break;
    case MentionKind::custom:
      o.emplace_back("dictionary", m.dictionary);
      o.emplace_back("category", m.category);
      break;
    case MentionKind::analytic:
      break;
  }
  o.emplace_back("negated", m.negated);
  o.emplace_back("hypothetical", m.hypothetical);
  o.emplace_back("question", m.question);
  o.emplace_back("quoted", m.quoted);
  o.emplace_back("echo", m.echo);
  o.emplace_back("intensity", strings(m.intensity));
  Json source = Json::object();
  auto& s = source.get_ref<Json::object_t&>();
  s.reserve(5);
  s.emplace_back("lexicon", m.kind == MentionKind::custom ? std::string(m.dictionary) : std::string("default"));
  s.emplace_back("entry", m.source);
  if (m.kind == MentionKind::sensation)
    s.emplace_back("region_entry", m.region_source.empty() ? Json(nullptr) : Json(m.region_source));
  s.emplace_back("rule", m.rule);
  s.emplace_back("cues", strings(m.cues));
  o.emplace_back("source", std::move(source));
  return j;
}

}  // namespace feltline::output
