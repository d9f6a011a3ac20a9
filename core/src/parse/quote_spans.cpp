#include "parse/quote_spans.hpp"

#include <cstdint>

#include "text/byte_scan.hpp"

namespace feltline::parse {
namespace {

enum class Mark { none, straight, curly, low, guillemet, single };

// Decodes the code point at `i` (valid UTF-8) and its length.
char32_t code_point_at(std::string_view s, std::size_t i, std::size_t& len) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80 || i + 1 >= s.size()) {
    len = 1;
    return b;
  }
  if (b < 0xE0) {
    len = 2;
    return ((b & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
  }
  if (b < 0xF0 && i + 2 < s.size()) {
    len = 3;
    return ((b & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
  }
  len = (b >= 0xF0 && i + 3 < s.size()) ? 4 : 1;
  return 0xFFFD;
}

bool is_ascii_alnum(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
// Letters of any script, roughly: what can sit right after an apostrophe.
bool is_wordish(char32_t c) { return is_ascii_alnum(c) || (c >= 0xC0 && c != 0xFFFD && c < 0x2000); }

bool opens_after(char32_t previous) {
  return previous == 0 || previous == ' ' || previous == '\n' || previous == '\t' || previous == '(' ||
         previous == '[' || previous == 0xA0 || previous == 0x2014 || previous == 0x2013 || previous == '-' ||
         previous == ':' || previous == 0x201C;
}

bool several_words(std::string_view quote) {
  std::size_t begin = 0, end = quote.size();
  while (begin < end && quote[begin] == ' ') ++begin;
  while (end > begin && quote[end - 1] == ' ') --end;
  return quote.substr(begin, end - begin).find(' ') != std::string_view::npos;
}

// Whether the eight bytes at `p` are ASCII with no '"' and no line break.
bool plain_ascii8(const char* p) {
  const std::uint64_t w = text::load8(p);
  return !(text::has_non_ascii(w) | text::has_byte(w, '"') | text::has_byte(w, '\n'));
}

}  // namespace

QuoteScan find_quotes(std::string_view text) {
  QuoteScan scan;
  Mark open = Mark::none;
  std::size_t open_at = 0;
  char32_t previous = 0;
  auto close = [&](std::size_t end) {
    if (several_words(text.substr(open_at, end - open_at)))
      scan.quoted.push_back({static_cast<std::uint32_t>(open_at), static_cast<std::uint32_t>(end)});
    open = Mark::none;
  };
  for (std::size_t i = 0; i < text.size();) {
    // Plain ASCII other than '"' and a line break (most of the text) only becomes
    // `previous`: eight such bytes at a time, then one.
    if (i + 8 <= text.size() && plain_ascii8(text.data() + i)) {
      previous = static_cast<unsigned char>(text[i + 7]);
      i += 8;
      continue;
    }
    if (const auto b = static_cast<unsigned char>(text[i]); b < 0x80 && b != '"' && b != '\n') {
      previous = b;
      ++i;
      continue;
    }
    std::size_t len = 1;
    const char32_t c = code_point_at(text, i, len);
    const std::size_t next = i + len;
    if (c == '\n' && next < text.size() && text[next] == '\n' && open != Mark::none) {
      close(i);  // a paragraph ends an unclosed quotation (unless the text ends here)
    }
    switch (c) {
      case '"':
        if (open == Mark::straight)
          close(next);
        else if (open == Mark::none && opens_after(previous))
          open = Mark::straight, open_at = i;
        break;
      case 0x201C:  // “ opens, or closes a „ quotation
        if (open == Mark::low)
          close(next);
        else if (open == Mark::none)
          open = Mark::curly, open_at = i;
        break;
      case 0x201D:  // ”
        if (open == Mark::curly || open == Mark::low) close(next);
        break;
      case 0x201E:  // „
        if (open == Mark::none) open = Mark::low, open_at = i;
        break;
      case 0xAB:  // «
        if (open == Mark::none) open = Mark::guillemet, open_at = i;
        break;
      case 0xBB:  // »
        if (open == Mark::guillemet) close(next);
        break;
      case 0x2018:  // ‘
        if (open == Mark::none && opens_after(previous)) open = Mark::single, open_at = i;
        break;
      case 0x2019: {  // ’ closes a ‘ quotation unless a letter follows (don’t)
        if (open != Mark::single) break;
        std::size_t l2 = 1;
        const char32_t after = next < text.size() ? code_point_at(text, next, l2) : 0;
        if (!is_wordish(after)) close(next);
        break;
      }
      default:
        break;
    }
    previous = c;
    i = next;
  }
  if (open != Mark::none) {
    scan.open_at_end = static_cast<std::uint32_t>(open_at);
    close(text.size());
  }
  return scan;
}

}  // namespace feltline::parse
