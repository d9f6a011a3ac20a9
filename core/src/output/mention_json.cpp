// One mention as JSON. The layout is documented in docs/lexicon.md#json; every
// mention has the same keys for its kind, so consumers can rely on them.
#include "output/mention_json.hpp"

namespace feltline::output {

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
  j["question"] = m.question;
  j["quoted"] = m.quoted;
  j["echo"] = m.echo;
  j["intensity"] = m.intensity;
  Json source;
  source["lexicon"] = m.kind == MentionKind::custom ? m.dictionary : std::string("default");
  source["entry"] = m.source;
  if (m.kind == MentionKind::sensation) source["region_entry"] = m.region_source.empty() ? Json(nullptr) : Json(m.region_source);
  source["rule"] = m.rule;
  source["cues"] = m.cues;
  j["source"] = std::move(source);
  return j;
}

}  // namespace feltline::output
