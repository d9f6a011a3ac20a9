// split_contractions cuts a contraction at its apostrophe in the original, whichever
// apostrophe was typed: ' U+2019 U+FF07 U+02BC (find_apostrophe reads them byte by byte).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lexicon/contractions.hpp"

using namespace feltline::lexicon;

TEST_CASE("split_contractions finds every kind of apostrophe in the original", "[lexicon]") {
  Contractions table;
  table.suffixes = {{"n't", "not"}, {"'m", "am"}};
  struct Case {
    std::string original, folded;
    std::uint32_t cut;  // 0: not split
  };
  const std::vector<Case> cases = {
      {"I'm", "i'm", 1},
      {"I\xE2\x80\x99m", "i'm", 1},
      {"I\xEF\xBC\x87m", "i'm", 1},
      {"I\xCA\xBCm", "i'm", 1},
      {"don\xE2\x80\x99t", "don't", 2},
      {"don\xCA\xBCt", "don't", 2},
      {"Im", "i'm", 0},                  // no apostrophe in what was written
      {"I\xE2\x80", "i'm", 0},           // a cut-off U+2019 is none
      {"I\xEF\xBC", "i'm", 0},           // nor a cut-off U+FF07
      {"I\xCA", "i'm", 0},               // nor a cut-off U+02BC
      {"\xE2\x80\x99m", "'m", 0},        // at the very start: nothing before it to split off
  };
  for (const Case& c : cases) {
    INFO(c.original);
    std::vector<TokenPiece> pieces;
    split_contractions(c.original, c.folded, table, pieces);
    if (c.cut == 0) {
      REQUIRE(pieces.size() == 1);
      CHECK(pieces[0].word == c.folded);
    } else {
      REQUIRE(pieces.size() == 2);
      CHECK(pieces[0].end == c.cut);
      CHECK(pieces[1].begin == c.cut);
      CHECK(pieces[1].end == c.original.size());
    }
  }
}
