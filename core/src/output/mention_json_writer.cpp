// Writes mentions as JSON text directly (see mention_json.hpp): the same bytes
// nlohmann_json's dump gives for mention_json(), without building the objects.
#include <algorithm>
#include <charconv>
#include <cstring>
#include <initializer_list>
#include <utility>

#include "output/json_writer.hpp"
#include "output/mention_json.hpp"

namespace feltline::output {
namespace {

// The mentions' bytes gathered in a small local buffer and appended to the
// output in blocks: one std::string append per block instead of a few per key.
struct Buffer {
  std::string& out;
  char buf[1024];
  std::size_t n = 0;

  explicit Buffer(std::string& o) : out(o) {}
  ~Buffer() { flush(); }
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;

  void flush() {
    out.append(buf, n);
    n = 0;
  }
  void put(char c) {
    if (n == sizeof buf) flush();
    buf[n++] = c;
  }
  void put(const char* p, std::size_t len) {
    if (len > sizeof buf - n) {
      flush();
      if (len > sizeof buf) {
        out.append(p, len);
        return;
      }
    }
    std::memcpy(buf + n, p, len);
    n += len;
  }
  void fill(std::size_t count, char c) {
    while (count > 0) {
      if (n == sizeof buf) flush();
      const std::size_t k = std::min(count, sizeof buf - n);
      std::memset(buf + n, c, k);
      n += k;
      count -= k;
    }
  }
  // As append_json_string(): a short string with nothing to escape (nearly
  // every one a mention holds) goes into the buffer, anything else through it.
  void json_string(std::string_view s) {
    if (s.size() <= 64) {
      bool plain = true;
      for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        plain &= c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
      }
      if (plain) {
        put('"');
        put(s.data(), s.size());
        put('"');
        return;
      }
    }
    flush();
    append_json_string(out, s);
  }
};

struct Writer {
  Buffer& out;
  bool pretty;
  int depth;  // nesting level of the value being written
  bool first = true;

  void newline(int level) {
    out.put('\n');
    out.fill(static_cast<std::size_t>(level) * 2, ' ');
  }
  // Keys are the literals below: nothing to escape (a string_view of a
  // literal has its length at compile time once inlined).
  void key(std::string_view k) {
    if (!first) out.put(',');
    first = false;
    if (pretty) newline(depth + 1);
    out.put('"');
    out.put(k.data(), k.size());
    out.put(pretty ? "\": " : "\":", pretty ? 3 : 2);
  }
  void open(char c) {
    out.put(c);
    first = true;
  }
  void close(char c, bool empty) {
    if (pretty && !empty) newline(depth);
    out.put(c);
  }
  void str(std::string_view k, std::string_view v) { key(k), out.json_string(v); }
  void num(std::string_view k, std::uint32_t v) {
    key(k);
    char buf[12];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.put(buf, static_cast<std::size_t>(r.ptr - buf));
  }
  void boolean(std::string_view k, bool v) { key(k), v ? out.put("true", 4) : out.put("false", 5); }
  void booleans(std::initializer_list<std::pair<std::string_view, bool>> flags) {
    for (const auto& [k, v] : flags) boolean(k, v);
  }
  void raw(std::string_view k, std::string_view v) { key(k), out.put(v.data(), v.size()); }
  void strings(std::string_view k, const std::vector<std::string_view>& v) {
    key(k);
    if (v.empty()) {
      out.put("[]", 2);
      return;
    }
    out.put('[');
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out.put(',');
      if (pretty) newline(depth + 2);
      out.json_string(v[i]);
    }
    if (pretty) newline(depth + 1);
    out.put(']');
  }
};

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
