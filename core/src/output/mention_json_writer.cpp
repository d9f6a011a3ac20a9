// Writes mentions as JSON text directly (see mention_json.hpp): the same bytes
// nlohmann_json's dump gives for mention_json(), without building the objects.
#include <cstdio>

#include "output/mention_json.hpp"

namespace feltline::output {
namespace {

// nlohmann's escaping with ensure_ascii = false (the text is valid UTF-8).
void append_string(std::string& out, std::string_view s) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

struct Writer {
  std::string& out;
  bool pretty;
  int depth;  // nesting level of the value being written
  bool first = true;

  void newline(int level) {
    out += '\n';
    out.append(static_cast<std::size_t>(level) * 2, ' ');
  }
  void key(const char* k) {
    if (!first) out += ',';
    first = false;
    if (pretty) newline(depth + 1);
    append_string(out, k);
    out += pretty ? ": " : ":";
  }
  void open(char c) {
    out += c;
    first = true;
  }
  void close(char c, bool empty) {
    if (pretty && !empty) newline(depth);
    out += c;
  }
  void str(const char* k, std::string_view v) { key(k), append_string(out, v); }
  void num(const char* k, std::uint32_t v) { key(k), out += std::to_string(v); }
  void boolean(const char* k, bool v) { key(k), out += v ? "true" : "false"; }
  void raw(const char* k, const std::string& v) { key(k), out += v; }
  void strings(const char* k, const std::vector<std::string>& v) {
    key(k);
    if (v.empty()) {
      out += "[]";
      return;
    }
    out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out += ',';
      if (pretty) newline(depth + 2);
      append_string(out, v[i]);
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
  w.boolean("negated", m.negated);
  w.boolean("hypothetical", m.hypothetical);
  w.boolean("question", m.question);
  w.boolean("quoted", m.quoted);
  w.boolean("echo", m.echo);
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

void append_mentions_json(std::string& out, const Turn& turn, bool pretty, int depth) {
  if (turn.mentions.empty()) {
    out += "[]";
    return;
  }
  const text::Utf16Offsets offsets(turn.text);
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

std::string splice_mentions(const std::string& dumped, const Transcript& transcript, bool pretty) {
  // Walk the document's structure (strings skipped, escapes honoured) and
  // replace the "mentions" value of each object directly inside "turns".
  std::string out;
  std::size_t extra = 0;
  for (const auto& t : transcript.turns) extra += t.mentions.size() * (pretty ? 520 : 300);
  out.reserve(dumped.size() + extra);
  int depth = 0;         // containers open
  int turns_depth = -1;  // depth of the "turns" array when inside it
  std::size_t turn = 0;
  std::string last_key;
  bool expecting_key = false;
  for (std::size_t i = 0; i < dumped.size(); ++i) {
    const char c = dumped[i];
    if (c == '"') {
      const std::size_t start = i;
      for (++i; i < dumped.size() && dumped[i] != '"'; ++i)
        if (dumped[i] == '\\') ++i;
      const std::string_view token(dumped.data() + start, i - start + 1);
      out.append(token);
      // A string followed by ':' is a key.
      std::size_t k = i + 1;
      while (k < dumped.size() && dumped[k] == ' ') ++k;
      if (k < dumped.size() && dumped[k] == ':') {
        last_key.assign(token.substr(1, token.size() - 2));
        expecting_key = true;
      }
      continue;
    }
    if (c == '[' && expecting_key && last_key == "mentions" && turns_depth >= 0 && depth == turns_depth + 2 &&
        i + 1 < dumped.size() && dumped[i + 1] == ']' && turn < transcript.turns.size()) {
      append_mentions_json(out, transcript.turns[turn++], pretty, depth);
      ++i;  // the closing ']'
      expecting_key = false;
      continue;
    }
    if (c == '[' || c == '{') {
      if (c == '[' && expecting_key && last_key == "turns" && depth == 1) turns_depth = depth;
      ++depth;
    } else if (c == ']' || c == '}') {
      --depth;
      if (c == ']' && depth == turns_depth) turns_depth = -1;
    }
    if (c != ' ' && c != ':' && c != '\n') expecting_key = false;
    out += c;
  }
  return out;
}

}  // namespace feltline::output
