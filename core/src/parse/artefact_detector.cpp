#include "parse/artefact_detector.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parse/artefact_cues.hpp"
#include "parse/quote_spans.hpp"
#include "text/byte_scan.hpp"

namespace feltline::parse {
namespace {

// A transcript "punctuates its turns" when at least this share of its other
// turns end with sentence punctuation; only then is a turn without it cut off.
constexpr double kPunctuatedShare = 0.9;
constexpr std::size_t kMinTurnsForPunctuation = 4;  // other turns to judge by
constexpr int kMinWordsForCutOff = 4;               // "Okay" or "Mm-hmm" without a full stop is not cut off
// Stage directions inside a line are short; looking no further for the
// closing bracket keeps a line of a million '(' linear.
constexpr std::size_t kMaxInlineNote = 400;

struct Piece {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// Paragraphs (separated by blank lines) or lines, with byte offsets, trimmed of
// spaces, into `out` (a buffer reused from turn to turn).
void split(std::string_view text, std::string_view separator, std::vector<Piece>& out) {
  out.clear();
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    std::size_t b = start, e = end;
    while (b < e && (text[b] == ' ' || text[b] == '\n')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
    if (b < e) out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
    if (end == text.size()) break;
    start = end + separator.size();
  }
}

char closing_for(char open) {
  switch (open) {
    case '(':
      return ')';
    case '[':
      return ']';
    case '{':
      return '}';
    case '<':
      return '>';
    default:
      return 0;
  }
}

// Index of the bracket closing the one at `open` (looking at most `limit`
// bytes ahead), or npos.
std::size_t matching_close(std::string_view s, std::size_t open, std::size_t limit = std::string_view::npos) {
  const char o = s[open], c = closing_for(o);
  int depth = 0;
  const std::size_t end = limit < s.size() - open ? open + limit : s.size();
  for (std::size_t i = open; i < end; ++i) {
    if (s[i] == o)
      ++depth;
    else if (s[i] == c && --depth == 0)
      return i;
  }
  return std::string_view::npos;
}

// "(Note: ...)" or "[Therapist hands over a tissue]": the whole piece in one pair of brackets.
bool wholly_bracketed(std::string_view piece) {
  if (piece.size() < 2 || !closing_for(piece.front())) return false;
  return matching_close(piece, 0) == piece.size() - 1;
}

int word_count(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

void add(Turn& turn, FlagKind kind, std::uint32_t begin, std::uint32_t end) {
  turn.flags.push_back({kind, {begin, end}});
}

// Whether `piece` holds `needle` (lower-case ASCII), ignoring ASCII case.
bool contains_ascii_ci(std::string_view piece, std::string_view needle) {
  const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
  if (needle.empty()) return !piece.empty();
  // Where its first letter is, in either case (memchr scans fast), compare the rest.
  const char first = needle[0];
  const char upper = (first >= 'a' && first <= 'z') ? static_cast<char>(first - 'a' + 'A') : first;
  for (const char f : {first, upper}) {
    for (std::size_t i = piece.find(f); i != std::string_view::npos && i + needle.size() <= piece.size();
         i = piece.find(f, i + 1)) {
      std::size_t k = 1;
      while (k < needle.size() && lower(piece[i + k]) == needle[k]) ++k;
      if (k == needle.size()) return true;
    }
    if (upper == first) break;
  }
  return false;
}

// "Error: ...", "[Exception ...": the paragraph opens like an error report.
bool opens_like_error(std::string_view piece, const ArtefactCues& cues) {
  while (!piece.empty() &&
         (piece.front() == '[' || piece.front() == '{' || piece.front() == '(' || piece.front() == '<'))
    piece.remove_prefix(1);
  // One character past the longest opener is enough to see where it ends.
  return starts_with_cue(ascii_lower(piece.substr(0, cues.longest_error_opener + 1)), cues.error_openers);
}

// A paragraph holding one of the error phrases that is bracketed, opens like
// an error report or says "generation error". Paragraphs of speech are
// neither bracketed nor open like that: for them one search for "generation
// error" comes first, and the phrase list is searched only when needed.
bool is_generation_error(std::string_view piece, const ArtefactCues& cues) {
  const bool framed = wholly_bracketed(piece) || opens_like_error(piece, cues);
  if (!framed && !contains_ascii_ci(piece, "generation error")) return false;
  const std::string lower = ascii_lower(piece);
  for (const auto& p : cues.error_phrases)
    if (lower.find(p) != std::string::npos) return true;
  return false;
}

// Whether one of the eight bytes at `p` is '(', '[' or '*'. '(' (0x28) and '*'
// (0x2A) differ only in bit 1, and no other byte becomes 0x2A with that bit set:
// one test finds both.
bool opens_note8(const char* p) {
  const std::uint64_t w = text::load8(p);
  return text::has_byte(w | 0x0202020202020202ull, '*') | text::has_byte(w, '[');
}

// Brackets or asterisks around a stage direction inside a line: "(laughs)",
// "[long pause]", "*sighs*", "(Note: she arrived late.)".
void flag_inline_notes(Turn& turn, Piece line, const ArtefactCues& cues) {
  std::string_view text(turn.text);
  for (std::uint32_t i = line.begin; i < line.end; ++i) {
    if (i + 8 <= line.end && !opens_note8(text.data() + i)) {
      i += 7;  // none of the eight bytes opens a note
      continue;
    }
    const char c = text[i];
    std::size_t close = std::string_view::npos;
    if (c == '(' || c == '[') {
      close = matching_close(text.substr(0, line.end), i, kMaxInlineNote);
    } else if (c == '*' && i + 1 < line.end && text[i + 1] != '*' && text[i + 1] != ' ' &&
               (i == line.begin || text[i - 1] != '*')) {
      close = text.substr(0, std::min<std::size_t>(line.end, i + kMaxInlineNote)).find('*', i + 1);
      if (close != std::string_view::npos && text[close - 1] == ' ') close = std::string_view::npos;
    }
    if (close == std::string_view::npos) continue;
    std::string_view inner = text.substr(i + 1, close - i - 1);
    // (as far as a cue can reach: a note can be hundreds of bytes)
    const std::string lower = ascii_lower(inner.substr(0, cues.longest_inline_cue + 1));
    const bool nonverbal =
        word_count(inner) <= cues.nonverbal_max_words && starts_with_cue(lower, cues.nonverbal);
    if (nonverbal || starts_with_cue(lower, cues.note_openers)) {
      add(turn, FlagKind::meta_note, i, static_cast<std::uint32_t>(close + 1));
      i = static_cast<std::uint32_t>(close);
    }
  }
}

// The code point before byte `end` (valid UTF-8).
char32_t last_code_point(std::string_view s, std::size_t end, std::size_t& begin) {
  begin = end;
  if (end == 0) return 0;
  begin = end - 1;
  while (begin > 0 && (static_cast<unsigned char>(s[begin]) & 0xC0) == 0x80) --begin;
  const auto b = static_cast<unsigned char>(s[begin]);
  if (b < 0x80) return b;
  char32_t cp = b & (b >= 0xF0 ? 0x07 : b >= 0xE0 ? 0x0F : 0x1F);
  for (std::size_t i = begin + 1; i < end; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

bool is_closer(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' || c == 0x201D || c == 0x2019 || c == 0xBB;
}

enum class Ending { complete, interrupted, open };

// How a piece of text ends: with sentence punctuation (or an emoji), with a
// dash or ellipsis (trailing off, interrupted: deliberate), or in the middle
// of a sentence.
Ending ending_of(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
  std::size_t begin = end;
  char32_t c = last_code_point(text, end, begin);
  while (is_closer(c) && begin > 0) {
    end = begin;
    c = last_code_point(text, end, begin);
  }
  switch (c) {
    case '.':
    case '!':
    case '?':
    case 0x2026:
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
    case 0x061F:
    case 0x0964:
      return Ending::complete;
    case '-':
    case 0x2013:
    case 0x2014:
    case '~':
      return Ending::interrupted;
    default:
      break;
  }
  if (c >= 0x2190 && c != 0xFFFD) return Ending::complete;  // arrows, symbols, emoji
  return Ending::open;
}

// Start of the sentence that runs to the end of `text`.
std::uint32_t last_sentence_start(std::string_view text, std::uint32_t from) {
  std::size_t i = text.size();
  while (i > from) {
    const char c = text[i - 1];
    if ((c == '.' || c == '!' || c == '?' || c == '\n') && i < text.size() &&
        (text[i] == ' ' || text[i] == '\n'))
      break;
    --i;
  }
  while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
  return static_cast<std::uint32_t>(i);
}

// Length of the list marker opening `line` ("- ", "* ", "• ", "+ ", "2. ", "3) "), 0 if none.
std::size_t list_marker_length(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  if (line.substr(i, 4) == "\xE2\x80\xA2 ") return i + 4;  // U+2022 BULLET
  if (i + 1 < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == '+') && line[i + 1] == ' ')
    return i + 2;
  const std::size_t digits = i;
  while (i < line.size() && i - digits < 3 && line[i] >= '0' && line[i] <= '9') ++i;
  if (i > digits && i + 1 < line.size() && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ')
    return i + 2;
  return 0;
}

// The turn ends with an item of a list whose items go without full stops
// ("- Walk after lunch\n- Call my sister on Sunday"): a written list's style,
// not speech cut off. Needs an earlier item of the turn that also ends open.
bool ends_with_unpunctuated_list(std::string_view text) {
  std::vector<Piece> lines;
  split(text, "\n", lines);  // trimmed, blank lines dropped
  if (lines.size() < 2) return false;
  const auto line_at = [&](const Piece& l) { return text.substr(l.begin, l.end - l.begin); };
  if (list_marker_length(line_at(lines.back())) == 0) return false;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string_view l = line_at(lines[i]);
    if (list_marker_length(l) != 0 && ending_of(l) == Ending::open) return true;
  }
  return false;
}

}  // namespace

void detect_artefacts(Transcript& transcript) {
  const ArtefactCues& cues = ArtefactCues::defaults();

  // Does this transcript end its turns with sentence punctuation?
  std::size_t complete = 0, counted = 0;
  for (const auto& turn : transcript.turns) {
    if (turn.text.empty()) continue;
    ++counted;
    if (ending_of(turn.text) != Ending::open) ++complete;
  }
  // Judged without the open turn itself: the others must punctuate.
  const std::size_t others = counted ? counted - 1 : 0;
  const bool punctuated = others >= kMinTurnsForPunctuation && complete >= kPunctuatedShare * others;

  bool any_speaker = false;
  for (const auto& turn : transcript.turns) any_speaker = any_speaker || turn.speaker.has_value();

  std::vector<Piece> paragraphs, lines;
  for (auto& turn : transcript.turns) {
    std::string_view text(turn.text);
    split(text, "\n\n", paragraphs);
    bool last_is_error = false;
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
      const Piece para = paragraphs[p];
      std::string_view piece = text.substr(para.begin, para.end - para.begin);
      if (is_generation_error(piece, cues)) {
        add(turn, FlagKind::generation_error, para.begin, para.end);
        last_is_error = p + 1 == paragraphs.size();
        continue;
      }
      if (wholly_bracketed(piece) && piece.front() != '<' && piece.front() != '{') {
        add(turn, FlagKind::meta_note, para.begin, para.end);
        continue;
      }
      split(piece, "\n", lines);
      for (Piece line : lines) {
        line.begin += para.begin;
        line.end += para.begin;
        std::string_view l = text.substr(line.begin, line.end - line.begin);
        if (line.begin != para.begin || line.end != para.end) {
          if (wholly_bracketed(l) && l.front() != '<' && l.front() != '{') {
            add(turn, FlagKind::meta_note, line.begin, line.end);
            continue;
          }
        }
        flag_inline_notes(turn, line, cues);
      }
    }

    QuoteScan quotes = find_quotes(text);
    for (const Span& q : quotes.quoted) add(turn, FlagKind::quoted, q.begin, q.end);

    if (last_is_error || paragraphs.empty()) continue;
    // Cut off: mid-quote, or mid-sentence in a transcript that punctuates.
    const Piece last = paragraphs.back();
    std::string_view tail = text.substr(0, last.end);
    if (quotes.open_at_end && ending_of(tail) != Ending::complete) {
      add(turn, FlagKind::truncated, *quotes.open_at_end, last.end);
    } else if (punctuated && ending_of(tail) == Ending::open && (turn.speaker || !any_speaker) &&
               text[last.begin] != '#' && !ends_with_unpunctuated_list(tail)) {
      // (A title or note before the first label, a Markdown heading or an unpunctuated list
      // is not a cut-off turn.)
      std::uint32_t start = last_sentence_start(tail, last.begin);
      if (word_count(tail.substr(start)) >= kMinWordsForCutOff)
        add(turn, FlagKind::truncated, start, last.end);
    }
  }
}

}  // namespace feltline::parse
