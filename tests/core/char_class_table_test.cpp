// The generated character class table (core/data/char_classes.ucpt) against
// ICU, for every code point: the core reads the table instead of ICU's property
// API, so any difference here would be a difference from ICU. Fails when the
// committed table is out of date; `make char-classes` regenerates it.
#include <catch2/catch.hpp>
#include <unicode/uchar.h>

#include "text/char_class_values.hpp"
#include "text/char_properties.hpp"

using namespace feltline::text;

TEST_CASE("char class table: every code point holds what ICU says", "[char_properties]") {
  std::uint32_t mismatches = 0, first_mismatch = 0;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    const bool same = char_properties::value(static_cast<std::uint32_t>(c)) == char_class_values::compute(c) &&
                      char_properties::is_white_space(static_cast<std::uint32_t>(c)) == static_cast<bool>(u_isspace(c)) &&
                      char_properties::sentence_break(static_cast<std::uint32_t>(c)) ==
                          u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
    if (!same && mismatches++ == 0) first_mismatch = static_cast<std::uint32_t>(c);
  }
  INFO("first mismatch at U+" << std::hex << first_mismatch << "; run `make char-classes`");
  CHECK(mismatches == 0);
}

TEST_CASE("char class table: spot checks", "[char_properties]") {
  struct Row {
    std::uint32_t code_point;
    bool white_space;
    int sentence_break;
    fast_word_break::Class word_class;
  };
  const Row rows[] = {
      {'a', false, U_SB_LOWER, fast_word_break::kLetter},
      {0x00E9, false, U_SB_LOWER, fast_word_break::kLetter},            // é
      {0x00C9, false, U_SB_UPPER, fast_word_break::kLetter},            // É
      {0x00A0, true, U_SB_SP, fast_word_break::kOther},                 // NBSP
      {0x2019, false, U_SB_CLOSE, fast_word_break::kMidNumLet},         // ’
      {0x2014, false, U_SB_SCONTINUE, fast_word_break::kOther},         // —
      {0x0301, false, U_SB_EXTEND, fast_word_break::kComplex},          // combining acute
      {0x4E2D, false, U_SB_OLETTER, fast_word_break::kComplex},         // 中
      {0x0E01, false, U_SB_OLETTER, fast_word_break::kComplex},         // Thai (complex context)
      {0x0663, false, U_SB_NUMERIC, fast_word_break::kNumeric},         // Arabic-Indic 3
      {0x3002, false, U_SB_STERM, fast_word_break::kOther},             // 。
      {0x1F600, false, U_SB_OTHER, fast_word_break::kOther},            // emoji (outside the BMP)
  };
  for (const Row& row : rows) {
    INFO("U+" << std::hex << row.code_point);
    CHECK(char_properties::is_white_space(row.code_point) == row.white_space);
    CHECK(char_properties::sentence_break(row.code_point) == row.sentence_break);
    if (row.code_point <= 0xFFFF) CHECK(char_properties::word_class(row.code_point) == row.word_class);
  }
  CHECK(char_properties::value(0x110000) == 0);
}
