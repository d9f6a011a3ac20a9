// Writes mentions as JSON text directly (see mention_json.hpp): the same bytes
// nlohmann_json's dump gives for mention_json(), without building the objects.
#include <charconv>
#include <cstring>
#include <initializer_list>
#include <utility>

#include "output/json_writer.hpp"
#include "output/mention_json.hpp"

namespace feltline::output {
namespace {

struct Writer {
  std::string& out;
  bool pretty;
  int depth;  // nesting level of the value being written
  bool first = true;

  void newline(int level) {
    out += '\n';
    out.append(static_cast<std::size_t>(level) * 2, ' ');
  }
  // Keys are the literals below: nothing to escape (a string_view of a
  // literal has its length at compile time once inlined).
  void key(std::string_view k) {
    if (!first) out += ',';
    first = false;
    if (pretty) newline(depth + 1);
    out += '"';
    out.append(k.data(), k.size());
    out.append(pretty ? "\": " : "\":", pretty ? 3 : 2);
  }
  void open(char c) {
    out += c;
    first = true;
  }
  void close(char c, bool empty) {
    if (pretty && !empty) newline(depth);
    out += c;
  }
  void str(std::string_view k, std::string_view v) { key(k), append_json_string(out, v); }
  void num(std::string_view k, std::uint32_t v) {
    key(k);
    char buf[12];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, static_cast<std::size_t>(r.ptr - buf));
  }
  void boolean(std::string_view k, bool v) { key(k), v ? out.append("true", 4) : out.append("false", 5); }
  // Several flags (short literal keys): compact, in one append instead of four per flag.
  void booleans(std::initializer_list<std::pair<std::string_view, bool>> flags) {
    char buf[256];
    std::size_t n = 0;
    for (const auto& [k, v] : flags) {
      if (pretty || n + k.size() + 9 > sizeof buf) {  // (9: a comma, two quotes, a colon, "false")
        out.append(buf, n);
        n = 0;
        boolean(k, v);
        continue;
      }
      if (!first) buf[n++] = ',';
      first = false;
      buf[n++] = '"';
      std::memcpy(buf + n, k.data(), k.size());
      n += k.size();
      buf[n++] = '"';
      buf[n++] = ':';
      const std::string_view value = v ? std::string_view("true") : std::string_view("false");
      std::memcpy(buf + n, value.data(), value.size());
      n += value.size();
    }
    out.append(buf, n);
  }
  void raw(std::string_view k, std::string_view v) { key(k), out.append(v.data(), v.size()); }
  void strings(std::string_view k, const std::vector<std::string>& v) {
    key(k);
    if (v.empty()) {
      out += "[]";
      return;
    }
    out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out += ',';
      if (pretty) newline(depth + 2);
      append_json_string(out, v[i]);
    }
    if (pretty) newline(depth + 1);
    out += ']';
  }
};

void append_mention(std::string& out, const Mention& m, const Turn& turn, const text::Utf16Offsets& offsets,
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
        m.kind == MentionKind::custom ? std::string_view(m.dictionary) : std::string_view("default"));
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
  out += '[';
  for (std::size_t i = 0; i < turn.mentions.size(); ++i) {
    if (i) out += ',';
    if (pretty) {
      out += '\n';
      out.append(static_cast<std::size_t>(depth + 1) * 2, ' ');
    }
    append_mention(out, turn.mentions[i], turn, offsets, pretty, depth + 1);
  }
  if (pretty) {
    out += '\n';
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
  }
  out += ']';
}

}  // namespace feltline::output
