// Writes mentions as JSON text directly (see mention_json.hpp): the same bytes
// nlohmann_json's dump gives for mention_json(), without building the objects.
#include <algorithm>
#include <charconv>
#include <cstring>
#include <initializer_list>
#include <utility>

#include "output/json_buffer.hpp"
#include "output/json_writer.hpp"
#include "output/mention_json.hpp"

namespace feltline::output {
namespace {

using json_buffer::Buffer;
using json_buffer::Writer;

void append_mention(Buffer& out, const Mention& m, const Turn& turn, const text::Utf16Offsets& offsets,
                    bool pretty, int depth) {
  Writer w{out, pretty, depth};
  w.open('{');
  w.str("kind", mention_kind_name(m.kind));
  w.num("start", offsets.at(m.begin));
  w.num("end", offsets.at(m.end));
  w.str("text", std::string_view(turn.text).substr(m.begin, m.end - m.begin));
  w.str("role", role_name(turn.role));
  switch (m.kind) {
    case MentionKind::emotion:
      w.str("category", m.category);
      break;
    case MentionKind::sensation:
      w.str("region", m.region);
      w.str("quality", m.quality);
      break;
    case MentionKind::rating:
      if (m.category.empty())
        w.raw("category", "null");
      else
        w.str("category", m.category);
      w.raw("value", rounded(m.value).dump());
      w.raw("scale", rounded(m.scale).dump());
      break;
    case MentionKind::custom:
      w.str("dictionary", m.dictionary);
      w.str("category", m.category);
      break;
    case MentionKind::analytic:
      break;
  }
  w.booleans({{"negated", m.negated},
              {"hypothetical", m.hypothetical},
              {"question", m.question},
              {"quoted", m.quoted},
              {"echo", m.echo}});
  w.strings("intensity", m.intensity);
  w.key("source");
  Writer s{out, pretty, depth + 1};
  s.open('{');
  s.str("lexicon",
        m.kind == MentionKind::custom ? m.dictionary : std::string_view("default"));
  s.str("entry", m.source);
  if (m.kind == MentionKind::sensation) {
    if (m.region_source.empty())
      s.raw("region_entry", "null");
    else
      s.str("region_entry", m.region_source);
  }
  s.str("rule", m.rule);
  s.strings("cues", m.cues);
  s.close('}', false);
  w.close('}', false);
}

}  // namespace

void append_mentions_json(std::string& out, const Turn& turn, const text::Utf16Offsets& offsets, bool pretty,
                          int depth) {
  if (turn.mentions.empty()) {
    out += "[]";
    return;
  }
  Buffer buffer(out);
  buffer.put('[');
  for (std::size_t i = 0; i < turn.mentions.size(); ++i) {
    if (i) buffer.put(',');
    if (pretty) {
      buffer.put('\n');
      buffer.fill(static_cast<std::size_t>(depth + 1) * 2, ' ');
    }
    append_mention(buffer, turn.mentions[i], turn, offsets, pretty, depth + 1);
  }
  if (pretty) {
    buffer.put('\n');
    buffer.fill(static_cast<std::size_t>(depth) * 2, ' ');
  }
  buffer.put(']');
}

}  // namespace feltline::output
