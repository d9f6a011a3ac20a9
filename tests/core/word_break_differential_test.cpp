// The fast path of WordTokenizer against ICU itself: the same boundaries and
// the same rule statuses on every short ASCII string over one character of
// each word-break class, on every BMP character in context, on random ASCII
// and mixed-script text, and on every real transcript the project can read.
// (The word_break fuzzer keeps searching beyond these.)
#include <catch2/catch.hpp>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "text/fast_word_break.hpp"
#include "text/input_cleanup.hpp"
#include "text/word_tokenizer.hpp"

using namespace feltline::text;

namespace {

std::vector<Segment> fast_path_only(std::string_view text) {
  std::vector<Segment> out;
  fast_word_break::segment(text, [&](uint32_t b, uint32_t e, int32_t st, bool) { out.push_back({b, e, st}); });
  return out;
}

// True when the fast path takes all of `text` (no character left to ICU).
bool all_simple(std::string_view text) {
  std::uint32_t i = 0, length, cp;
  while (i < text.size()) {
    if (fast_word_break::class_at(text.data(), i, length, cp) == fast_word_break::kComplex) return false;
    i += length;
  }
  return true;
}

std::string utf8(UChar32 c) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, 4, c, error);
  return std::string(buf, static_cast<std::size_t>(n));
}

std::string describe(std::string_view text, const std::vector<Segment>& segments) {
  std::string out;
  for (const auto& s : segments)
    out += "<" + std::string(text.substr(s.begin, s.end - s.begin)) + ">" + std::to_string(s.rule_status) + " ";
  return out;
}

// Checks one text both ways: the pure ASCII segmenter (when the text is
// ASCII) and the tokenizer's mixed path, each against ICU alone.
void check_same_as_icu(WordTokenizer& tokenizer, std::string_view text) {
  std::vector<Segment> icu, mixed;
  tokenizer.segment_with_icu(text, icu);
  tokenizer.segment(text, mixed);
  if (all_simple(text)) {
    auto fast = fast_path_only(text);
    if (fast != icu) {
      CAPTURE(std::string(text), describe(text, icu), describe(text, fast));
      FAIL("fast path differs from ICU");
    }
  }
  if (mixed != icu) {
    CAPTURE(std::string(text), describe(text, icu), describe(text, mixed));
    FAIL("tokenizer differs from ICU");
  }
}

bool all_space(std::string_view s) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (!u_isspace(c)) return false;
  }
  return true;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("ASCII fast path equals ICU on every short string of word-break classes", "[text][differential]") {
  // One character of each ASCII word-break class, plus look-alikes of other classes.
  const std::string alphabet = std::string("aZ@0_.,;' \r\n\v\t:\"-") + '\x7F';
  WordTokenizer tokenizer;
  std::vector<Segment> icu;
  std::string s;
  std::size_t checked = 0, failures = 0;
  for (std::size_t length = 1; length <= 5; ++length) {
    std::vector<std::size_t> digits(length, 0);
    // Length 5 over the first 12 characters only (one per class), to stay quick.
    const std::size_t k = length == 5 ? 12 : alphabet.size();
    for (;;) {
      s.clear();
      for (auto d : digits) s += alphabet[d];
      tokenizer.segment_with_icu(s, icu);
      if (fast_path_only(s) != icu && ++failures <= 5) {
        CAPTURE(s, describe(s, icu), describe(s, fast_path_only(s)));
        CHECK(false);
      }
      ++checked;
      std::size_t i = 0;
      while (i < length && ++digits[i] == k) digits[i++] = 0;
      if (i == length) break;
    }
  }
  CHECK(failures == 0);
  CHECK(checked == 359982);  // 18 + 18^2 + 18^3 + 18^4 + 12^5
}

TEST_CASE("Fast path and tokenizer equal ICU for every BMP character in context", "[text][differential]") {
  // Each character alone, doubled, and between letters, digits, spaces and
  // middle punctuation: what decides its class and its joins.
  const std::vector<std::pair<std::string, std::string>> contexts = {
      {"", ""}, {"a", "b"}, {"1", "2"}, {"a", "."}, {"x ", " y"}, {"a.", "b"}, {"1,", "2"}, {"_", "_"}, {"e\xCC\x81", ""}};
  WordTokenizer tokenizer;
  std::size_t simple = 0;
  for (UChar32 c = 0x80; c <= 0xFFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const std::string ch = utf8(c);
    simple += all_simple(ch);
    for (const auto& [before, after] : contexts) {
      check_same_as_icu(tokenizer, before + ch + after);
      check_same_as_icu(tokenizer, before + ch + ch + after);
    }
  }
  INFO(simple << " BMP characters take the fast path");
  CHECK(simple > 10000);  // letters of Latin, Greek, Cyrillic, ..., punctuation
}

TEST_CASE("The fast path's ASCII white space is ICU's", "[text]") {
  for (int c = 0; c < 128; ++c) {
    std::vector<Segment> segments;
    const std::string s(1, static_cast<char>(c));
    bool space = false;
    fast_word_break::segment(s, [&](uint32_t, uint32_t, int32_t, bool sp) { space = sp; });
    CAPTURE(c);
    CHECK(space == static_cast<bool>(u_isspace(c)));
  }
}

TEST_CASE("ASCII fast path equals ICU on random ASCII text", "[text][differential]") {
  std::mt19937 rng(20240601);
  // Mostly the characters that join words, so long words and chains occur.
  const std::string common = "aeiouxyzAB@0123456789_.,;' ";
  std::uniform_int_distribution<int> any_ascii(0, 127), pick(0, static_cast<int>(common.size()) - 1),
      length(0, 300), coin(0, 9);
  WordTokenizer tokenizer;
  for (int round = 0; round < 20000; ++round) {
    std::string s(static_cast<std::size_t>(length(rng)), ' ');
    for (auto& c : s) c = coin(rng) < 8 ? common[pick(rng)] : static_cast<char>(any_ascii(rng));
    check_same_as_icu(tokenizer, s);
  }
}

TEST_CASE("Tokenizer equals ICU on mixed-script text cut anywhere", "[text][differential]") {
  // Non-ASCII characters chosen for their word-break classes: letters (é, Hebrew,
  // Cyrillic), MidNumLet (’ U+2019), MidLetter (· U+00B7), Extend (U+0301),
  // Format (U+00AD), ZWJ, Extended_Pictographic, Regional_Indicator, Katakana,
  // Han, Thai, Hangul, WSegSpace (U+3000), NBSP, Newline (NEL, U+2028), MidNum
  // (U+066C), ExtendNumLet (U+202F), small colon (U+FE55), full-width digit.
  const std::vector<std::string> pieces = {
      "\xC3\xA9", "\xD7\x90", "\xD0\xB4", "\xE2\x80\x99", "\xC2\xB7", "\xCC\x81", "\xC2\xAD", "\xE2\x80\x8D",
      "\xF0\x9F\x98\x80", "\xF0\x9F\x87\xAB", "\xE3\x82\xA2", "\xE4\xB8\xAD", "\xE0\xB8\x81", "\xEA\xB0\x80",
      "\xE3\x80\x80", "\xC2\xA0", "\xC2\x85", "\xE2\x80\xA8", "\xD9\xAC", "\xE2\x80\xAF", "\xEF\xB9\x95",
      "\xEF\xBC\x91", "\xE2\x80\x94", "\xE2\x80\x98", "\xE2\x80\x9C", "\xE2\x80\xA4", "\xEF\xB9\x90", "\xE2\x80\xA7",
      "\xCE\xB1", "\xD9\xA3", "\xC2\x80", "\xE2\x80\x8B", "\xE2\x81\xA0", "\xE2\x80\x91", "\xC2\xA9",
      "a", "b", "1", "2", "_", ".", ",", "'", " ", " ", " ", "\n", "\r",
      ":", "\"", "-", "\t", "don't", "anxious", "7/10", "4.5"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 120);
  WordTokenizer tokenizer;
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (int i = length(rng); i > 0; --i) s += pieces[pick(rng)];
    check_same_as_icu(tokenizer, s);
  }
}

TEST_CASE("Tokenizer equals ICU on every real transcript the project can read", "[text][differential]") {
  namespace fs = std::filesystem;
  std::vector<fs::path> roots = {fs::path(FELTLINE_SOURCE_DIR) / "examples",
                                 fs::path(FELTLINE_SOURCE_DIR) / "tests",
                                 fs::path(FELTLINE_SHARED_DIR) / "seed",
                                 fs::path(FELTLINE_SHARED_DIR) / "corpora"};
  WordTokenizer tokenizer;
  std::vector<Token> tokens;
  std::vector<Segment> segments;
  std::size_t files = 0;
  for (const auto& root : roots) {
    if (!fs::exists(root)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file() || entry.file_size() > (8u << 20)) continue;
      const std::string text = clean_input(read_file(entry.path())).text;
      CAPTURE(entry.path().string());
      check_same_as_icu(tokenizer, text);
      // tokenize() is segment() without the white space.
      tokenizer.tokenize(text, tokens);
      tokenizer.segment(text, segments);
      std::size_t t = 0;
      for (const auto& s : segments) {
        if (s.rule_status == 0 && all_space(std::string_view(text).substr(s.begin, s.end - s.begin))) continue;
        REQUIRE(t < tokens.size());
        CHECK(tokens[t].begin == s.begin);
        CHECK(tokens[t].end == s.end);
        ++t;
      }
      CHECK(t == tokens.size());
      ++files;
    }
  }
  CHECK(files >= 2);
}
