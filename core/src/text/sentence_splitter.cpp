#include "text/sentence_splitter.hpp"

#include <unicode/uchar.h>  // the USentenceBreak values
#include <unicode/utf8.h>

#include <cstdint>

#include "text/char_properties.hpp"

namespace feltline::text {
namespace {

UChar32 first_code_point(std::string_view s) {
  if (s.empty()) return -1;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}

// The Sentence_Break class of each ASCII code point, asked once: nearly every
// punctuation token starts with one, and the table saves the trie lookup.
struct AsciiSentenceBreak {
  AsciiSentenceBreak() {
    for (std::uint32_t c = 0; c < 0x80; ++c) sb[c] = static_cast<std::int8_t>(char_properties::sentence_break(c));
  }
  std::int8_t sb[0x80];
};

int sentence_break_class(std::string_view token_text) {
  static const AsciiSentenceBreak ascii;
  if (!token_text.empty() && static_cast<unsigned char>(token_text[0]) < 0x80)
    return ascii.sb[static_cast<unsigned char>(token_text[0])];
  const UChar32 c = first_code_point(token_text);
  return c < 0 ? U_SB_OTHER : char_properties::sentence_break(static_cast<std::uint32_t>(c));
}

bool is_terminator(int sb) { return sb == U_SB_STERM || sb == U_SB_ATERM; }

// UAX #29 ParaSep: LF, CR, NEL (U+0085), LS (U+2028), PS (U+2029).
bool has_paragraph_separator(std::string_view gap) {
  for (std::size_t i = 0; i < gap.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(gap[i]);
    if (b == '\n' || b == '\r') return true;
    if (b == 0xC2 && i + 1 < gap.size() && static_cast<unsigned char>(gap[i + 1]) == 0x85) return true;
    if (b == 0xE2 && i + 2 < gap.size() && static_cast<unsigned char>(gap[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(gap[i + 2]) == 0xA8 || static_cast<unsigned char>(gap[i + 2]) == 0xA9))
      return true;
  }
  return false;
}

struct Cursor {
  std::string_view text;
  // The tokens' data and count, not the vector: read at every token, and a
  // sentence stored into `out` could alias the vector, which was then reloaded.
  const Token* tokens;
  std::size_t count;

  std::string_view token_text(std::size_t i) const {
    return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
  bool adjacent(std::size_t i) const { return i > 0 && tokens[i].begin == tokens[i - 1].end; }
  bool paragraph_break_before(std::size_t i) const {
    if (i == 0 || tokens[i].begin <= tokens[i - 1].end) return false;
    if (tokens[i].begin == tokens[i - 1].end + 1 && text[tokens[i - 1].end] == ' ') return false;  // most gaps
    return has_paragraph_separator(text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end));
  }
  int sb(std::size_t i) const { return sentence_break_class(token_text(i)); }
};

// SB8: after an ATerm, no break when the next letter (skipping numbers and
// punctuation that is not a terminator, within the paragraph) is lower case.
bool lower_case_follows(const Cursor& c, std::size_t j) {
  for (std::size_t k = j; k < c.count; ++k) {
    if (c.paragraph_break_before(k)) return false;
    const int sb = c.sb(k);
    if (sb == U_SB_LOWER) return true;
    if (sb == U_SB_UPPER || sb == U_SB_OLETTER || is_terminator(sb)) return false;
  }
  return false;
}

}  // namespace

bool is_question_mark_token(std::string_view s) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    switch (c) {
      case 0x003F:
      case 0xFF1F:
      case 0x061F:
      case 0x2047:
      case 0x2048:
      case 0x2049:
      case 0xFE56:
        return true;
      default:
        break;
    }
  }
  return false;
}

void split_sentences(std::string_view utf8, const std::vector<Token>& token_list, std::vector<Sentence>& out) {
  out.clear();
  const Token* const tokens = token_list.data();
  const std::size_t n = token_list.size();
  const Cursor c{utf8, tokens, n};
  std::size_t start = 0;
  auto emit = [&](std::size_t end, bool question) {
    for (std::size_t k = start; k < end; ++k) {
      if (tokens[k].type != TokenType::punctuation) {
        out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), question});
        break;
      }
    }
    start = end;
  };

  std::size_t i = 0;
  while (i < n) {
    if (i > start && c.paragraph_break_before(i)) emit(i, false);
    const int sb = tokens[i].type == TokenType::punctuation ? c.sb(i) : U_SB_OTHER;
    if (!is_terminator(sb)) {
      ++i;
      continue;
    }
    // The terminator run: more terminators and closing marks, touching (SB9).
    bool only_aterm = sb == U_SB_ATERM;
    bool question = is_question_mark_token(c.token_text(i));
    std::size_t j = i + 1;
    for (; j < n && c.adjacent(j) && tokens[j].type == TokenType::punctuation; ++j) {
      const int next = c.sb(j);
      if (is_terminator(next)) {
        only_aterm = only_aterm && next == U_SB_ATERM;
        question = question || is_question_mark_token(c.token_text(j));
      } else if (next != U_SB_CLOSE) {
        break;
      }
    }
    if (j < n && !c.paragraph_break_before(j)) {
      const int next = c.sb(j);
      const bool continues = next == U_SB_SCONTINUE;              // SB8a
      const bool lower = only_aterm && lower_case_follows(c, j);  // SB8
      const bool upper_abbreviation = only_aterm && j == i + 1 && c.adjacent(i) && c.adjacent(j) && i > 0 &&
                                      tokens[i - 1].type == TokenType::word && next == U_SB_UPPER;  // SB7
      if (continues || lower || upper_abbreviation) {
        i = j;
        continue;
      }
    }
    emit(j, question);
    i = j;
  }
  if (start < n) emit(n, false);
}

}  // namespace feltline::text
