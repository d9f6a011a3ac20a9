#include "parse/line_splitter.hpp"

#include <unicode/utf8.h>

#include "text/char_properties.hpp"

namespace feltline::parse {

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  int number = 1;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) {
      if (start < text.size()) lines.push_back({text.substr(start), number});
      break;
    }
    lines.push_back({text.substr(start, nl - start), number++});
    start = nl + 1;
  }
  return lines;
}

namespace {
// Is the code point ending at `end` (exclusive) / starting at `begin` white space?
bool space_at_front(std::string_view s, std::size_t& len) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  len = static_cast<std::size_t>(i);
  return c >= 0 && text::char_properties::is_white_space(static_cast<std::uint32_t>(c));
}
bool space_at_back(std::string_view s, std::size_t& len) {
  int32_t i = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_PREV(s.data(), 0, i, c);
  len = s.size() - static_cast<std::size_t>(i);
  return c >= 0 && text::char_properties::is_white_space(static_cast<std::uint32_t>(c));
}
}  // namespace

std::string_view trim(std::string_view s) {
  std::size_t len = 0;
  while (!s.empty()) {
    unsigned char c = static_cast<unsigned char>(s.front());
    if (c < 0x80) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f') {
        s.remove_prefix(1);
        continue;
      }
      break;
    }
    if (!space_at_front(s, len)) break;
    s.remove_prefix(len);
  }
  while (!s.empty()) {
    unsigned char c = static_cast<unsigned char>(s.back());
    if (c < 0x80) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f') {
        s.remove_suffix(1);
        continue;
      }
      break;
    }
    if (!space_at_back(s, len)) break;
    s.remove_suffix(len);
  }
  return s;
}

bool is_blank(std::string_view s) { return trim(s).empty(); }

}  // namespace feltline::parse
