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

// Compact JSON (every output but --pretty): the same bytes as the Writer's
// below, each run of constant keys between two values one literal.
template <std::size_t N>
void lit(Buffer& out, const char (&s)[N]) {
  out.put(s, N - 1);
}

[[gnu::noinline]] void compact_number(Buffer& out, std::uint64_t v) {
  char* p = out.room(20);
  out.n += static_cast<std::size_t>(std::to_chars(p, p + 20, v).ptr - p);
}

// Out of line: the string escape inlined at each use makes a lot of code.
[[gnu::noinline]] void compact_string(Buffer& out, std::string_view s) { out.json_string(s); }

[[gnu::noinline]] void compact_strings(Buffer& out, const std::vector<std::string_view>& v) {
  out.put('[');
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out.put(',');
    out.json_string(v[i]);
  }
  out.put(']');
}

void compact_boolean(Buffer& out, bool v) { v ? out.put("true", 4) : out.put("false", 5); }

void append_compact(Buffer& out, const Mention& m, const Turn& turn, const text::Utf16Offsets& offsets) {
  lit(out, "{\"kind\":");
  compact_string(out, mention_kind_name(m.kind));
  lit(out, ",\"start\":");
  compact_number(out, offsets.at(m.begin));
  lit(out, ",\"end\":");
  compact_number(out, offsets.at(m.end));
  lit(out, ",\"text\":");
  compact_string(out, std::string_view(turn.text).substr(m.begin, m.end - m.begin));
  lit(out, ",\"role\":");
  compact_string(out, role_name(turn.role));
  switch (m.kind) {
    case MentionKind::emotion:
      lit(out, ",\"category\":");
      compact_string(out, m.category);
      break;
    case MentionKind::sensation:
      lit(out, ",\"region\":");
      compact_string(out, m.region);
      lit(out, ",\"quality\":");
      compact_string(out, m.quality);
      break;
    case MentionKind::rating: {
      lit(out, ",\"category\":");
      if (m.category.empty())
        lit(out, "null");
      else
        compact_string(out, m.category);
      lit(out, ",\"value\":");
      const std::string value = rounded(m.value).dump();
      out.put(value.data(), value.size());
      lit(out, ",\"scale\":");
      const std::string scale = rounded(m.scale).dump();
      out.put(scale.data(), scale.size());
      break;
    }
    case MentionKind::custom:
      lit(out, ",\"dictionary\":");
      compact_string(out, m.dictionary);
      lit(out, ",\"category\":");
      compact_string(out, m.category);
      break;
    case MentionKind::analytic:
      break;
  }
  lit(out, ",\"negated\":");
  compact_boolean(out, m.negated);
  lit(out, ",\"hypothetical\":");
  compact_boolean(out, m.hypothetical);
  lit(out, ",\"question\":");
  compact_boolean(out, m.question);
  lit(out, ",\"quoted\":");
  compact_boolean(out, m.quoted);
  lit(out, ",\"echo\":");
  compact_boolean(out, m.echo);
  lit(out, ",\"intensity\":");
  compact_strings(out, m.intensity);
  lit(out, ",\"source\":{\"lexicon\":");
  compact_string(out, m.kind == MentionKind::custom ? m.dictionary : std::string_view("default"));
  lit(out, ",\"entry\":");
  compact_string(out, m.source);
  if (m.kind == MentionKind::sensation) {
    lit(out, ",\"region_entry\":");
    if (m.region_source.empty())
      lit(out, "null");
    else
      compact_string(out, m.region_source);
  }
  lit(out, ",\"rule\":");
  compact_string(out, m.rule);
  lit(out, ",\"cues\":");
  compact_strings(out, m.cues);
  lit(out, "}}");
}

// Only --pretty asks for this form: cold, so compiled for size.
[[gnu::cold]] void append_pretty(Buffer& out, const Mention& m, const Turn& turn, const text::Utf16Offsets& offsets,
                                 int depth) {
  const bool pretty = true;
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

void append_mention(Buffer& out, const Mention& m, const Turn& turn, const text::Utf16Offsets& offsets,
                    bool pretty, int depth) {
  if (pretty)
    append_pretty(out, m, turn, offsets, depth);
  else
    append_compact(out, m, turn, offsets);
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
