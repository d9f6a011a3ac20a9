#include "parse/html_entities.hpp"

#include <cstdint>
#include <string_view>

namespace feltline::parse {
namespace {

struct Entity {
  std::string_view name;
  std::string_view utf8;
};

// The named references that turn up in subtitle, podcast and chat exports. The
// full HTML table has 2,231 names; these cover what real exports contain
// without putting a 30 KB table into the WebAssembly module.
constexpr Entity kEntities[] = {
    {"amp", "&"},
    {"lt", "<"},
    {"gt", ">"},
    {"quot", "\""},
    {"apos", "'"},
    {"nbsp", "\xC2\xA0"},
    {"lrm", "\xE2\x80\x8E"},
    {"rlm", "\xE2\x80\x8F"},
    {"hellip", "\xE2\x80\xA6"},
    {"mdash", "\xE2\x80\x94"},
    {"ndash", "\xE2\x80\x93"},
    {"lsquo", "\xE2\x80\x98"},
    {"rsquo", "\xE2\x80\x99"},
    {"ldquo", "\xE2\x80\x9C"},
    {"rdquo", "\xE2\x80\x9D"},
    {"laquo", "\xC2\xAB"},
    {"raquo", "\xC2\xBB"},
    {"copy", "\xC2\xA9"},
    {"reg", "\xC2\xAE"},
    {"trade", "\xE2\x84\xA2"},
    {"deg", "\xC2\xB0"},
    {"middot", "\xC2\xB7"},
    {"bull", "\xE2\x80\xA2"},
    {"shy", "\xC2\xAD"},
    {"zwj", "\xE2\x80\x8D"},
    {"zwnj", "\xE2\x80\x8C"},
    {"eacute", "\xC3\xA9"},
    {"egrave", "\xC3\xA8"},
    {"aacute", "\xC3\xA1"},
    {"agrave", "\xC3\xA0"},
    {"oacute", "\xC3\xB3"},
    {"uuml", "\xC3\xBC"},
    {"ouml", "\xC3\xB6"},
    {"auml", "\xC3\xA4"},
    {"ntilde", "\xC3\xB1"},
    {"ccedil", "\xC3\xA7"},
    {"szlig", "\xC3\x9F"},
    {"euro", "\xE2\x82\xAC"},
    {"pound", "\xC2\xA3"},
    {"times", "\xC3\x97"},
};

constexpr std::size_t kMaxReferenceBytes = 12;  // "&#x10FFFF;" and the longest name

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// `body` is what lies between '&' and ';'. Appends the character and returns
// true when it is a reference we know.
bool decode_one(std::string_view body, std::string& out) {
  if (body.size() >= 2 && body[0] == '#') {
    bool hex = body[1] == 'x' || body[1] == 'X';
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return false;
    std::uint32_t cp = 0;
    for (char c : digits) {
      std::uint32_t d;
      if (c >= '0' && c <= '9')
        d = static_cast<std::uint32_t>(c - '0');
      else if (hex && c >= 'a' && c <= 'f')
        d = static_cast<std::uint32_t>(c - 'a' + 10);
      else if (hex && c >= 'A' && c <= 'F')
        d = static_cast<std::uint32_t>(c - 'A' + 10);
      else
        return false;
      cp = cp * (hex ? 16 : 10) + d;
    }
    // A reference to a line break or control character stays as written, so
    // that line numbers keep pointing at the input.
    if (cp < 0x20 && cp != '\t') return false;
    append_utf8(out, cp);
    return true;
  }
  for (const auto& e : kEntities) {
    if (e.name == body) {
      out.append(e.utf8);
      return true;
    }
  }
  return false;
}

}  // namespace

std::size_t decode_html_entities(std::string& text) {
  std::size_t amp = text.find('&');
  if (amp == std::string::npos) return 0;
  std::string out;
  out.reserve(text.size());
  out.append(text, 0, amp);
  std::size_t count = 0;
  std::size_t i = amp;
  while (i < text.size()) {
    char c = text[i];
    if (c != '&') {
      out.push_back(c);
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < text.size() && end - i <= kMaxReferenceBytes && text[end] != ';' && text[end] != '&' &&
           text[end] != ' ' && text[end] != '\n')
      ++end;
    if (end < text.size() && text[end] == ';' &&
        decode_one(std::string_view(text).substr(i + 1, end - i - 1), out)) {
      ++count;
      i = end + 1;
    } else {
      out.push_back('&');
      ++i;
    }
  }
  if (count) text.swap(out);
  return count;
}

}  // namespace feltline::parse
