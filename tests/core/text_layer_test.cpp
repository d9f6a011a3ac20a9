// Tests of the ICU text layer: input cleanup, word segmentation, folding, UTF-16 offsets.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "text/case_fold.hpp"
#include "text/input_cleanup.hpp"
#include "text/utf16_offsets.hpp"
#include "text/word_tokenizer.hpp"

using namespace feltline::text;

TEST_CASE("clean_input keeps text and reports what it replaced", "[text]") {
  struct Case {
    std::string raw;
    std::string clean;
    std::size_t replaced;
    std::size_t nuls;
  };
  const std::vector<Case> cases = {
      {"plain", "plain", 0, 0},
      {"\xEF\xBB\xBFwith BOM", "with BOM", 0, 0},
      {"a\r\nb\rc", "a\nb\nc", 0, 0},
      {"caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80", "caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80", 0, 0},
      {"bad \xFF byte", "bad \xEF\xBF\xBD byte", 1, 0},
      {"cut \xE2\x80", "cut \xEF\xBF\xBD", 1, 0},
      {std::string("nul\0byte", 8), "nul\xEF\xBF\xBD" "byte", 0, 1},
  };
  for (const auto& c : cases) {
    CAPTURE(c.raw);
    auto r = clean_input(c.raw);
    CHECK(r.text == c.clean);
    CHECK(r.replaced_sequences == c.replaced);
    CHECK(r.nul_bytes == c.nuls);
    CHECK(r.diagnostics.size() == (c.replaced ? 1u : 0u) + (c.nuls ? 1u : 0u));
  }
}

TEST_CASE("clean_input reports the line of invalid UTF-8", "[text]") {
  auto r = clean_input("ok\nok\nbad \xC3\x28 here\n");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].line == 3);
  // CR, CR LF and LF each end one line, however long the lines are.
  const std::string filler(100, 'x');
  auto mixed = clean_input("a\rb" + filler + "\r\nc\n" + filler + "d \xFF\n\ne" + std::string(1, '\0'));
  REQUIRE(mixed.diagnostics.size() == 2);
  CHECK(mixed.diagnostics[0].line == 4);  // the bad byte
  CHECK(mixed.diagnostics[1].line == 6);  // the NUL
}

TEST_CASE("WordTokenizer segments like ICU's UAX #29 word rules", "[text]") {
  struct Case {
    std::string text;
    std::vector<std::string> tokens;
  };
  const std::vector<Case> cases = {
      {"I don't know.", {"I", "don't", "know", "."}},
      {"don\xE2\x80\x99t", {"don\xE2\x80\x99t"}},
      {"7/10 then 4.5", {"7", "/", "10", "then", "4.5"}},
      {"self\xE2\x80\x91reproach", {"self", "\xE2\x80\x91", "reproach"}},
      {"na\xC3\xAFve caf\xC3\xA9", {"na\xC3\xAFve", "caf\xC3\xA9"}},
      {"e.g. U.S.A.", {"e.g", ".", "U.S.A", "."}},
      {"  \n\t ", {}},
  };
  WordTokenizer tokenizer;
  std::vector<Token> tokens;
  for (const auto& c : cases) {
    CAPTURE(c.text);
    tokenizer.tokenize(c.text, tokens);
    std::vector<std::string> got;
    for (const auto& t : tokens) got.push_back(c.text.substr(t.begin, t.end - t.begin));
    CHECK(got == c.tokens);
  }
}

TEST_CASE("WordTokenizer types words, numbers and punctuation", "[text]") {
  WordTokenizer tokenizer;
  std::vector<Token> tokens;
  tokenizer.tokenize("Anxiety 7 !", tokens);
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[0].type == TokenType::word);
  CHECK(tokens[1].type == TokenType::number);
  CHECK(tokens[2].type == TokenType::punctuation);
}

TEST_CASE("fold_for_matching folds case, compatibility forms and apostrophes", "[text]") {
  struct Case {
    const char* in;
    const char* out;
  };
  const std::vector<Case> cases = {
      {"Anxious", "anxious"},
      {"DON'T", "don't"},
      {"Don\xE2\x80\x99t", "don't"},
      {"STRA\xC3\x9F" "E", "strasse"},
      {"\xEF\xAC\x81ne", "fine"},                   // U+FB01 ligature
      {"\xEF\xBC\xA1\xEF\xBD\x8E\xEF\xBD\x87\xEF\xBD\x92\xEF\xBD\x99", "angry"},  // full-width
  };
  std::string out;
  for (const auto& c : cases) {
    CAPTURE(c.in);
    fold_for_matching(c.in, out);
    CHECK(out == c.out);
  }
}

TEST_CASE("Utf16Offsets counts UTF-16 code units", "[text]") {
  const std::string s = "a\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80z";  // a é — 😀 z
  Utf16Offsets offsets(s);
  CHECK(offsets.at(0) == 0);
  CHECK(offsets.at(1) == 1);   // é
  CHECK(offsets.at(3) == 2);   // —
  CHECK(offsets.at(6) == 3);   // 😀 (a surrogate pair)
  CHECK(offsets.at(10) == 5);  // z
  CHECK(offsets.length() == 6);
  std::string ascii(200, 'x');
  CHECK(Utf16Offsets(ascii).at(150) == 150);
  std::string long_text;
  for (int i = 0; i < 100; ++i) long_text += "\xC3\xA9";  // 200 bytes, 100 units
  CHECK(Utf16Offsets(long_text).at(128) == 64);
  CHECK(Utf16Offsets(long_text).length() == 100);
}

TEST_CASE("clean_input copies ASCII runs and handles CR, LF and NUL anywhere in them", "[text]") {
  // Reference: the rules one byte at a time.
  auto reference = [](const std::string& raw) {
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '\r') {
        out += '\n';
        if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      } else if (raw[i] == '\0') {
        out += "\xEF\xBF\xBD";
      } else {
        out += raw[i];
      }
    }
    return out;
  };
  const std::string alphabet = std::string("ab \t.\r\n", 7) + std::string(1, '\0') + "\xC3\xA9";
  std::mt19937 rng(3);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 2), length(0, 200);
  for (int round = 0; round < 2000; ++round) {
    std::string raw;
    for (std::size_t i = length(rng); i > 0; --i) {
      const std::size_t p = pick(rng);
      raw += p == alphabet.size() - 2 ? alphabet.substr(p, 2) : alphabet.substr(p, 1);  // é whole
    }
    CAPTURE(raw);
    CHECK(clean_input(raw).text == reference(raw));
  }
}

TEST_CASE("Utf16Offsets agrees with counting code units one character at a time", "[text]") {
  const std::vector<std::string> pieces = {"a", " ", "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "xyz"};
  std::mt19937 rng(11);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), length(0, 400);
  for (int round = 0; round < 300; ++round) {
    std::string s;
    for (std::size_t i = length(rng); i > 0; --i) s += pieces[pick(rng)];
    Utf16Offsets offsets(s);
    std::uint32_t units = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
      const auto b = i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
      const bool starts_character = i == s.size() || (b & 0xC0) != 0x80;
      if (starts_character) {
        CAPTURE(s, i);
        REQUIRE(offsets.at(static_cast<std::uint32_t>(i)) == units);
        units += b >= 0xF0 ? 2 : 1;
      }
    }
  }
}
