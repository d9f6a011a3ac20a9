#include "parse/speaker_label.hpp"

#include "parse/line_splitter.hpp"
#include "parse/timestamp.hpp"

namespace feltline::parse {
namespace {

constexpr std::size_t kMaxNameBytes = 60;
constexpr int kMaxNameWords = 6;
constexpr std::size_t kScanBytes = 160;        // labels sit at the start of a line
constexpr std::size_t kMaxBracketedTime = 20;  // "(00:00:00.000)"

bool is_ascii_letter(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Characters that end sentences, quote, or mark up text do not occur in names.
bool is_forbidden_in_name(unsigned char c) {
  switch (c) {
    case '?':
    case '!':
    case ';':
    case ':':
    case '"':
    case '<':
    case '>':
    case '{':
    case '}':
    case '[':
    case ']':
    case '|':
    case '=':
    case '/':
    case '\\':
    case '*':
    case '`':
    case '\t':
      return true;
    default:
      return false;
  }
}

bool is_plausible_name(std::string_view name) {
  if (name.empty() || name.size() > kMaxNameBytes) return false;
  auto first = static_cast<unsigned char>(name.front());
  if (!(is_ascii_letter(first) || first >= 0x80)) return false;
  int words = 1;
  for (std::size_t i = 0; i < name.size(); ++i) {
    auto c = static_cast<unsigned char>(name[i]);
    if (is_forbidden_in_name(c)) return false;
    if (c == ' ') {
      if (i + 1 < name.size() && name[i + 1] == ' ') return false;  // "Name  0:03" is a header, not a name
      ++words;
    }
  }
  return words <= kMaxNameWords;
}

std::string_view ltrim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

// "[0:18]" or "(00:01:02.5)" at the start of `s`: the time inside, and how many
// bytes the bracketed time takes.
std::string_view bracketed_time(std::string_view s, std::size_t& consumed) {
  if (s.empty() || (s.front() != '[' && s.front() != '(')) return {};
  const char close = s.front() == '[' ? ']' : ')';
  std::size_t end = s.find(close, 1);
  if (end == std::string_view::npos || end > kMaxBracketedTime) return {};
  std::string_view inner = trim(s.substr(1, end - 1));
  if (!looks_like_timestamp(inner)) return {};
  consumed = end + 1;
  return inner;
}

// "00:01:02 ", "[00:01:02] ", "(00:01:02) " before a label.
std::string_view leading_time(std::string_view& s) {
  std::size_t consumed = 0;
  std::string_view t = bracketed_time(s, consumed);
  if (t.empty() && !s.empty() && is_digit(s.front())) {
    std::size_t space = s.find(' ');
    if (space != std::string_view::npos && space <= kMaxBracketedTime &&
        looks_like_timestamp(s.substr(0, space))) {
      t = s.substr(0, space);
      consumed = space;
    }
  }
  if (!t.empty()) {
    std::string_view after = ltrim(s.substr(consumed));
    if (after.size() >= 2 && (after.front() == '-' || after.substr(0, 3) == "\xE2\x80\x93")) {
      // "00:01:02 - Name: text"
      after = ltrim(after.substr(after.front() == '-' ? 1 : 3));
    }
    s = after;
  }
  return t;
}

// After a colon: "(00:01:02) text" or "[0:18] text" may still carry the time.
void take_time_after_colon(LabelMatch& m) {
  std::size_t consumed = 0;
  std::string_view t = bracketed_time(m.rest, consumed);
  if (!t.empty()) {
    if (m.time.empty()) m.time = t;
    m.rest = trim(m.rest.substr(consumed));
  }
}

// "**Name:** text", "**Name**: text", "**Name** [0:18] text", "**Name (0:18):** text"
std::optional<LabelMatch> match_bold(std::string_view s) {
  std::size_t close = s.find("**", 2);
  if (close == std::string_view::npos || close > kScanBytes) return std::nullopt;
  std::string_view head = trim(s.substr(2, close - 2));
  std::string_view tail = ltrim(s.substr(close + 2));
  LabelMatch m;
  bool colon = false;
  if (!head.empty() && head.back() == ':') {
    colon = true;
    head = trim(head.substr(0, head.size() - 1));
  }
  // A time inside the bold part: "**Name (0:18)**"
  for (std::size_t i = 0; i < head.size(); ++i) {
    if (head[i] != '(' && head[i] != '[') continue;
    std::size_t consumed = 0;
    std::string_view t = bracketed_time(head.substr(i), consumed);
    if (!t.empty() && trim(head.substr(i + consumed)).empty()) {
      m.time = t;
      head = trim(head.substr(0, i));
      break;
    }
  }
  if (!colon) {
    std::size_t consumed = 0;
    std::string_view t = bracketed_time(tail, consumed);
    if (!t.empty()) {
      m.time = t;
      tail = ltrim(tail.substr(consumed));
    }
    if (!tail.empty() && tail.front() == ':') {
      colon = true;
      tail.remove_prefix(1);
    }
  }
  if (!colon && m.time.empty()) return std::nullopt;  // bold emphasis, not a label
  m.name = head;
  m.rest = trim(tail);
  m.style = colon ? LabelStyle::colon : LabelStyle::bracket_time;
  if (colon) take_time_after_colon(m);
  return m;
}

// "[Name] 19:00:48" (then text on the next lines, or on the same line) or "[Name]: text".
std::optional<LabelMatch> match_bracket_name(std::string_view s) {
  std::size_t close = s.find(']');
  if (close == std::string_view::npos || close > kMaxNameBytes + 2) return std::nullopt;
  LabelMatch m;
  m.name = trim(s.substr(1, close - 1));
  std::string_view after = s.substr(close + 1);
  if (!after.empty() && after.front() == ':') {
    m.rest = trim(after.substr(1));
    m.style = LabelStyle::colon;
    take_time_after_colon(m);
    return m;
  }
  after = ltrim(after);
  std::size_t end = 0;
  while (end < after.size() && after[end] != ' ' && after[end] != '\t') ++end;
  if (!looks_like_timestamp(after.substr(0, end))) return std::nullopt;
  m.time = after.substr(0, end);
  m.rest = trim(after.substr(end));
  m.style = LabelStyle::caption_header;
  return m;
}

// The bytes at which match_plain has something to decide: ':', '(', '[', ' ', TAB.
struct PlainStops {
  bool is[256];
  constexpr PlainStops() : is() {
    for (const unsigned char c : {':', '(', '[', ' ', '\t'}) is[c] = true;
  }
};
constexpr PlainStops kPlainStops{};

// "Name: text", "Name (0:18): text", "Name [0:18] text", "Name  0:03".
std::optional<LabelMatch> match_plain(std::string_view s) {
  const std::size_t limit = s.size() < kScanBytes ? s.size() : kScanBytes;
  LabelMatch m;
  for (std::size_t i = 0; i < limit; ++i) {
    const char c = s[i];
    if (!kPlainStops.is[static_cast<unsigned char>(c)]) continue;  // one look-up for most bytes
    if (c == ':') {
      m.name = trim(s.substr(0, i));
      m.rest = s.substr(i + 1);
      if (!m.rest.empty() && m.rest.front() == '/') return std::nullopt;  // http://...
      if (!m.rest.empty() && is_digit(m.rest.front()) && !m.name.empty() && is_digit(m.name.back()))
        return std::nullopt;  // a clock time: "at 10:30"
      m.rest = trim(m.rest);
      m.style = LabelStyle::colon;
      take_time_after_colon(m);
      return m;
    }
    if (c == '(' || c == '[') {
      std::size_t consumed = 0;
      std::string_view t = bracketed_time(s.substr(i), consumed);
      if (t.empty()) continue;  // "Client (Maria): ..." keeps its parentheses
      m.name = trim(s.substr(0, i));
      m.time = t;
      std::string_view after = ltrim(s.substr(i + consumed));
      m.style = LabelStyle::bracket_time;
      if (!after.empty() && after.front() == ':') {
        after.remove_prefix(1);
        m.style = LabelStyle::colon;
      }
      m.rest = trim(after);
      return m;
    }
    if ((c == ' ' && i + 1 < s.size() && s[i + 1] == ' ') || c == '\t') {
      std::string_view after = trim(s.substr(i));
      if (!looks_like_timestamp(after)) return std::nullopt;  // a name holds no double space
      m.name = trim(s.substr(0, i));
      m.time = after;
      m.style = LabelStyle::time_header;
      return m;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<LabelMatch> match_label(std::string_view line) {
  std::string_view s = trim(line);
  if (s.empty()) return std::nullopt;
  std::string_view lead = leading_time(s);
  if (s.empty()) return std::nullopt;
  std::optional<LabelMatch> m;
  if (s.substr(0, 2) == "**") {
    m = match_bold(s);
  } else if (s.front() == '[' && lead.empty()) {
    m = match_bracket_name(s);
  } else {
    m = match_plain(s);
  }
  if (!m || !is_plausible_name(m->name)) return std::nullopt;
  if (!lead.empty()) {
    if (m->style != LabelStyle::colon)
      return std::nullopt;  // "[0:01] Name [0:02]" is not a shape anyone writes
    m->time = lead;
  }
  return m;
}

}  // namespace feltline::parse
