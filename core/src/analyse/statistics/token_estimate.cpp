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

std::uint32_t word_tokens(std::string_view s) {
  std::uint32_t code_points = 0;
  std::uint32_t apostrophes = 0;
  bool ascii = true;  // typographic apostrophes aside: "don’t" counts like "don't"
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (is_continuation(b)) continue;
    ++code_points;
    const bool curly = b == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                       static_cast<unsigned char>(s[i + 2]) == 0x99;  // U+2019
    if (b == '\'' || curly) {
      ++apostrophes;
    } else if (b >= 0x80) {
      ascii = false;
    }
  }
  if (code_points == 0) return 0;
  const std::uint32_t base = ascii ? 1 + (code_points - 1) / 8 : (code_points + 2) / 3;
  return base + apostrophes;
}

}  // namespace

std::uint32_t estimate_token(std::string_view token_text, text::TokenType type) {
  switch (type) {
    case text::TokenType::punctuation: return 1;
    case text::TokenType::number: return number_tokens(token_text);
    case text::TokenType::word: break;
  }
  return word_tokens(token_text);
}

std::uint32_t estimate_tokens(std::string_view utf8, const std::vector<text::Token>& tokens) {
  std::uint32_t total = 0;
  for (const auto& t : tokens) total += estimate_token(utf8.substr(t.begin, t.end - t.begin), t.type);
  return total;
}

}  // namespace feltline::analyse
