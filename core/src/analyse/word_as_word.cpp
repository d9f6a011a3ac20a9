#include "analyse/word_as_word.hpp"

namespace feltline::analyse {
namespace {

bool ascii_letter(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

// The hit's bytes in the turn as written, or false when offsets are unknown.
bool hit_span(const TurnContext& c, const lexicon::Hit& hit, std::size_t& b, std::size_t& e) {
  if (c.turn_text.empty() || hit.last > c.tw.words.size() || hit.last <= hit.first) return false;
  b = c.tw.words[hit.first].begin;
  e = c.tw.words[hit.last - 1].end;
  return e <= c.turn_text.size() && b <= e;
}

// The quotation mark that ends at `at` (exclusive) or starts at `at`: its length
// in bytes, 0 when there is none. Straight ' and " and the curly ‘ ’ “ ”.
std::size_t quote_before(std::string_view t, std::size_t at) {
  if (at >= 1 && (t[at - 1] == '"' || t[at - 1] == '\'')) return 1;
  if (at >= 3 && t.substr(at - 3, 2) == "\xE2\x80") {
    const unsigned char last = static_cast<unsigned char>(t[at - 1]);
    if (last == 0x98 || last == 0x99 || last == 0x9C || last == 0x9D) return 3;
  }
  return 0;
}

std::size_t quote_at(std::string_view t, std::size_t at) {
  if (at < t.size() && (t[at] == '"' || t[at] == '\'')) return 1;
  if (at + 3 <= t.size() && t.substr(at, 2) == "\xE2\x80") {
    const unsigned char last = static_cast<unsigned char>(t[at + 2]);
    if (last == 0x98 || last == 0x99 || last == 0x9C || last == 0x9D) return 3;
  }
  return 0;
}

}  // namespace

bool bracketed_label(const TurnContext& c, const lexicon::Hit& hit) {
  std::size_t b = 0, e = 0;
  if (!hit_span(c, hit, b, e)) return false;
  const std::string_view t = c.turn_text;
  while (e < t.size() && t[e] == ' ') ++e;
  if (e >= t.size() || t[e] != ']') return false;
  while (b > 0 && t[b - 1] == ' ') --b;
  if (b == 0 || t[b - 1] != ':') return false;
  --b;
  for (std::size_t steps = 0; b > 0 && steps < 40; ++steps) {
    const char ch = t[--b];
    if (ch == '[') return true;
    if (!ascii_letter(ch) && ch != ' ' && ch != '-' && ch != '_') return false;
  }
  return false;
}

bool quoted_word(const TurnContext& c, const lexicon::Hit& hit) {
  std::size_t b = 0, e = 0;
  if (!hit_span(c, hit, b, e)) return false;
  const std::string_view t = c.turn_text;
  const std::size_t open = quote_before(t, b);
  if (open == 0) return false;
  // not an apostrophe inside a word ("o'clock"): no letter right before the mark
  if (b - open > 0 && ascii_letter(t[b - open - 1])) return false;
  if (e < t.size() && (t[e] == '.' || t[e] == ',' || t[e] == '!' || t[e] == '?')) ++e;
  const std::size_t close = quote_at(t, e);
  if (close == 0) return false;
  // and none right after it ("'sad'" yes, "'sad's" no)
  return e + close >= t.size() || !ascii_letter(t[e + close]);
}

}  // namespace feltline::analyse
