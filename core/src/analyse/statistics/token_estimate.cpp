#include "analyse/statistics/token_estimate.hpp"

namespace feltline::analyse {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

std::uint32_t number_tokens(std::string_view s) {
  std::uint32_t tokens = 0;
  std::uint32_t run = 0;
  for (char c : s) {
    if (is_digit(c)) {
      ++run;
      continue;
    }
    tokens += (run + 2) / 3;
    run = 0;
    if (!is_continuation(static_cast<unsigned char>(c))) ++tokens;  // a separator: "0.7", "9,000"
  }
  tokens += (run + 2) / 3;
  return tokens == 0 ? 1 : tokens;
}

// CJK ideographs, kana, Hangul and fullwidth forms: about one token each.
bool is_wide(const unsigned char* p, std::size_t available) {
  if (p[0] >= 0xF0) return true;  // supplementary planes: CJK extensions, emoji
  if (p[0] < 0xE0 || available < 3) return false;
  const std::uint32_t cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
  return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFF00 && cp <= 0xFFEF);
}

std::uint32_t word_tokens(std::string_view s) {
  // Nearly every word is plain ASCII: the same count without decoding.
  std::uint32_t ascii_apostrophes = 0;
  bool all_ascii = true;
  for (char ch : s) {
    all_ascii &= static_cast<unsigned char>(ch) < 0x80;
    ascii_apostrophes += ch == '\'';
  }
  if (all_ascii) {
    const auto code_points = static_cast<std::uint32_t>(s.size());  // apostrophes included, as below
    return (code_points ? 1 + (code_points - 1) / 8 : 0) + ascii_apostrophes;
  }
  std::uint32_t code_points = 0;
  std::uint32_t wide = 0;
  std::uint32_t apostrophes = 0;
  bool ascii = true;  // typographic apostrophes aside: "don’t" counts like "don't"
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char b = bytes[i];
    if (is_continuation(b)) continue;
    const bool curly =
        b == 0xE2 && i + 2 < s.size() && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99;  // U+2019
    if (b == '\'' || curly) {
      ++apostrophes;
      ++code_points;
    } else if (b >= 0x80 && is_wide(bytes + i, s.size() - i)) {
      ++wide;
    } else {
      ++code_points;
      if (b >= 0x80) ascii = false;
    }
  }
  std::uint32_t base = 0;
  if (code_points > 0) base = ascii ? 1 + (code_points - 1) / 8 : (code_points + 2) / 3;
  return base + wide + apostrophes;
}

}  // namespace

std::uint32_t estimate_token(std::string_view token_text, text::TokenType type) {
  switch (type) {
    case text::TokenType::punctuation:
      return 1;
    case text::TokenType::number:
      return number_tokens(token_text);
    case text::TokenType::word:
      break;
  }
  return word_tokens(token_text);
}

std::uint32_t estimate_tokens(std::string_view utf8, const std::vector<text::Token>& tokens) {
  std::uint32_t total = 0;
  for (const auto& t : tokens) total += estimate_token(utf8.substr(t.begin, t.end - t.begin), t.type);
  return total;
}

}  // namespace feltline::analyse
