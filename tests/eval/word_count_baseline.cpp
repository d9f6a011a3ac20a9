#include "word_count_baseline.hpp"

#include "lexicon/default_lexicon.hpp"
#include "text/case_fold.hpp"
#include "text/word_tokenizer.hpp"

namespace feltline::eval {

std::vector<PredictedMention> word_count_baseline(const std::vector<std::string>& turn_texts) {
  using lexicon::EntryKind;
  const auto& dl = lexicon::default_lexicon();
  const auto& lex = dl.lexicon;
  text::WordTokenizer tokenizer;
  std::vector<text::Token> tokens;
  std::string folded;
  std::vector<PredictedMention> out;
  for (std::size_t t = 0; t < turn_texts.size(); ++t) {
    const std::string& text = turn_texts[t];
    tokenizer.tokenize(text, tokens);
    for (const auto& tok : tokens) {
      if (tok.type != text::TokenType::word) continue;
      text::fold_for_matching(std::string_view(text).substr(tok.begin, tok.end - tok.begin), folded);
      const auto& info = lex.word(lex.find(folded));
      for (std::uint32_t k = info.entries_begin; k < info.entries_begin + info.entries_count; ++k) {
        const auto& e = lex.entry(lex.entry_refs()[k]);
        PredictedMention m;
        m.turn = t;
        m.begin = tok.begin;
        m.end = tok.end;
        m.text = text.substr(tok.begin, tok.end - tok.begin);
        if (e.kind == EntryKind::emotion) {
          m.kind = "emotion";
          m.label = lex.label_name(e.label);
        } else if (e.kind == EntryKind::quality) {
          m.kind = "sensation";
          m.label = lex.label_name(e.region != lexicon::kNoLabel ? e.region : dl.unspecified);
        } else if (e.kind == EntryKind::region) {
          m.kind = "sensation";
          m.label = lex.label_name(e.label);
        } else {
          continue;
        }
        out.push_back(m);
        break;  // one count per word
      }
    }
  }
  return out;
}

}  // namespace feltline::eval
