// fold_tokens folds plain ASCII tokens eight bytes at a time: it must give what
// fold_for_matching gives token by token, at every length and near the text's end,
// and say which folds hold an apostrophe.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "analyse/token_folding.hpp"
#include "text/case_fold.hpp"
#include "text/word_tokenizer.hpp"

using namespace feltline;

TEST_CASE("fold_tokens folds each token as fold_for_matching does", "[text]") {
  const std::vector<std::string> texts = {
      "I",
      "AbCdEfG",
      "ABCDEFGH",
      "ABCDEFGHI",
      "Zebra@[`{ ZZZZZZZZZZZZZZZZZ aaaaaaaaaaaaaaaa",
      "I\xE2\x80\x99m SO Tired, REALLY-Tired... Can\xE2\x80\x99t SLEEP!",
      "Caf\xC3\xA9 STRASSE Stra\xC3\x9F" "e \xEF\xBD\x81\xEF\xBD\x8E\xEF\xBD\x87\xEF\xBD\x92\xEF\xBD\x99 ok",
      "Mixed\xE2\x80\x99LongerThanEightBytes and AnotherLONGWORDhere.",
      "don't rock'n'roll ' '' O'NEILL'S-ok wits' end don\xCA\xBCt y\xEF\xBC\x87" "all Caf\xC3\xA9's nothing'",
  };
  text::WordTokenizer tokenizer;
  std::vector<text::Token> tokens;
  std::string folded, scratch, expected;
  std::vector<std::uint32_t> starts;
  std::vector<std::uint8_t> apostrophe;
  for (const std::string& whole : texts) {
    // every prefix, so that tokens end at (and near) the end of the text
    for (std::size_t cut = 1; cut <= whole.size(); ++cut) {
      if (cut < whole.size() && (static_cast<unsigned char>(whole[cut]) & 0xC0) == 0x80) continue;  // mid-character
      const std::string text = whole.substr(0, cut);
      tokenizer.tokenize(text, tokens);
      analyse::fold_tokens(text, tokens, folded, starts, scratch, &apostrophe);
      REQUIRE(apostrophe.size() == tokens.size());
      const analyse::FoldedTokens view{tokens, folded, starts};
      REQUIRE(starts.size() == tokens.size() + 1);
      for (std::size_t t = 0; t < tokens.size(); ++t) {
        text::fold_for_matching(std::string_view(text).substr(tokens[t].begin, tokens[t].end - tokens[t].begin),
                                expected);
        INFO(text << " token " << t);
        CHECK(view.folded_token(t) == expected);
        CHECK(static_cast<bool>(apostrophe[t]) == (expected.find('\'') != std::string::npos));
      }
    }
  }
}
