// The sentence rule on word tokens (text/sentence_splitter.hpp): table of
// sentences counted by hand, and agreement with ICU's own sentence break
// iterator (root rules, UAX #29) on the same texts, the project's examples
// and the seed.
#include <dirent.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "feltline/analyze.hpp"
#include "text/sentence_splitter.hpp"
#include "text/word_tokenizer.hpp"

using namespace feltline;

namespace {

struct Split {
  std::size_t sentences = 0;
  std::size_t questions = 0;
};

Split split(const std::string& s) {
  static text::WordTokenizer tokenizer;
  std::vector<text::Token> tokens;
  std::vector<text::Sentence> sentences;
  tokenizer.tokenize(s, tokens);
  text::split_sentences(s, tokens, sentences);
  Split out;
  out.sentences = sentences.size();
  for (const auto& x : sentences) out.questions += x.question ? 1 : 0;
  return out;
}

// ICU's sentence iterator with the root rules: segments holding a letter or digit.
std::size_t icu_sentences(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  REQUIRE(U_SUCCESS(status));
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  bi->setText(u);
  std::size_t n = 0;
  for (int32_t begin = bi->first(), end = bi->next(); end != icu::BreakIterator::DONE;
       begin = end, end = bi->next()) {
    for (int32_t i = begin; i < end;) {
      const UChar32 c = u.char32At(i);
      if (u_isalnum(c)) {
        ++n;
        break;
      }
      i += U16_LENGTH(c);
    }
  }
  return n;
}

std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("sentences and questions on word tokens, counted by hand", "[stats][sentences]") {
  struct Case {
    const char* text;
    std::size_t sentences;
    std::size_t questions;
  };
  const std::vector<Case> cases = {
      {"How did it go?", 1, 1},
      {"Honestly, not great. The night before I couldn't sleep.", 2, 0},
      {"What? Really?!", 2, 2},
      {"I said \"stop.\" Then I left.", 2, 0},    // closing quote stays with its sentence
      {"We met at 3.30 p.m. and talked.", 1, 0},  // SB8: lower case after a full stop
      {"Some signs, e.g. the chest, were there.", 1, 0},
      {"First line\nSecond line", 2, 0},  // SB4: a line break ends a sentence
      {"What?, she asked.", 1, 0},        // SB8a: a comma continues it
      {"The U.S.A. is big.", 1, 0},
      {"Wait... what?", 1, 1},
      {"I don't know\u2026", 1, 0},                          // an ellipsis character is no terminator
      {"\u4F60\u597D\u3002\u4F60\u597D\u5417\uFF1F", 2, 1},  // 你好。你好吗？
      {"\u00BFQu\u00E9 notas? Nada.", 2, 1},                 // ¿Qué notas? Nada.
      {"(Note: breathe.)", 1, 0},
      {"Okay \u2014", 1, 0},
      {"\u2014 \u2026", 0, 0},  // no word: no sentence
      {"", 0, 0},
      {"Is it fear,\n\nor is it shame?", 2, 1},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const Split s = split(c.text);
    CHECK(s.sentences == c.sentences);
    CHECK(s.questions == c.questions);
    CHECK(icu_sentences(c.text) == c.sentences);
  }
}

TEST_CASE("sentence counts agree with ICU's sentence iterator on real turns", "[stats][sentences]") {
  std::vector<std::string> files;
  const std::string examples = std::string(FELTLINE_SOURCE_DIR) + "/examples/transcripts";
  if (DIR* d = opendir(examples.c_str())) {
    while (dirent* e = readdir(d))
      if (e->d_name[0] != '.') files.push_back(examples + "/" + e->d_name);
    closedir(d);
  }
  const std::string seed = std::string(FELTLINE_SHARED_DIR) + "/seed/000_13ba406fadc02f9e.txt";
  if (std::ifstream(seed)) files.push_back(seed);
  REQUIRE(files.size() >= 2);
  std::size_t turns = 0, agreeing = 0;
  for (const auto& file : files) {
    const auto transcripts = analyze_transcripts(read_file(file), Options{});
    for (const auto& t : transcripts) {
      for (const auto& turn : t.turns) {
        ++turns;
        const std::size_t ours = split(turn.text).sentences;
        const std::size_t icu = icu_sentences(turn.text);
        if (ours == icu) ++agreeing;
        CAPTURE(file, turn.index, turn.text);
        CHECK(ours == icu);
      }
    }
  }
  CHECK(turns == agreeing);
}
