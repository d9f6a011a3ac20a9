#include "lexicon/lexicon_builder.hpp"

#include <cmath>

#include "text/case_fold.hpp"

namespace feltline::lexicon {
namespace {

bool is_plain_word(std::string_view s) {
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'')) return false;
  return !s.empty() && s.front() != '\'' && s.back() != '\'';
}

PartOfSpeech pos_of(char code) {
  switch (code) {
    case 'n':
      return PartOfSpeech::noun;
    case 'v':
      return PartOfSpeech::verb;
    case 'a':
    case 'c':
      return PartOfSpeech::adjective;
    default:
      return PartOfSpeech::none;
  }
}

}  // namespace

LexiconBuilder::LexiconBuilder(Lexicon& lexicon, const Contractions* contractions,
                               const IrregularForms* irregular)
    : lexicon_(lexicon), contractions_(contractions), irregular_(irregular) {}

// The words of a piece of term text, as the analysis would see them: folded,
// hyphenated parts joined ("self-conscious"), contractions split.
void LexiconBuilder::words_of(std::string_view text, std::vector<std::string>& out) {
  out.clear();
  // A clitic on its own ("'d", "'s", "n't") is one word, as split_contractions produces it.
  if (text.size() > 1 && text[0] == '\'' && is_plain_word(text.substr(1))) {
    text::fold_for_matching(text, folded_);
    out.push_back(folded_);
    return;
  }
  if (is_plain_word(text)) {  // fast path: most terms, and every word of a big dictionary
    text::fold_for_matching(text, folded_);
    if (contractions_ && folded_.find('\'') != std::string::npos) {
      pieces_.clear();
      split_contractions(text, folded_, *contractions_, pieces_);
      for (const auto& p : pieces_) out.emplace_back(p.word);
    } else {
      out.push_back(folded_);
    }
    return;
  }
  if (!tokenizer_) tokenizer_ = std::make_unique<text::WordTokenizer>();
  tokenizer_->tokenize(text, tokens_);
  std::string joined;
  bool joining = false;
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    const auto& t = tokens_[i];
    const std::string_view piece = text.substr(t.begin, t.end - t.begin);
    const bool hyphen = t.type == text::TokenType::punctuation &&
                        (piece == "-" || piece == "\xE2\x80\x90" || piece == "\xE2\x80\x91");
    if (hyphen && !joined.empty() && i + 1 < tokens_.size() &&
        tokens_[i + 1].type != text::TokenType::punctuation) {
      joined += '-';
      joining = true;
      continue;
    }
    if (t.type == text::TokenType::punctuation) {
      if (!joined.empty()) out.push_back(std::move(joined)), joined.clear();
      // Punctuation inside a term keeps its place ("7/10", "out-breath" when unjoined).
      if (piece != "'" && piece != "\xE2\x80\x99") {
        text::fold_for_matching(piece, folded_);
        out.push_back(folded_);
      }
      continue;
    }
    text::fold_for_matching(piece, folded_);
    if (joining) {
      joined += folded_;
      joining = false;
      continue;
    }
    if (!joined.empty()) out.push_back(std::move(joined)), joined.clear();
    joined = folded_;
  }
  if (!joined.empty()) out.push_back(std::move(joined));
  if (contractions_) {
    std::vector<std::string> split;
    for (const auto& w : out) {
      pieces_.clear();
      split_contractions(w, w, *contractions_, pieces_);
      for (const auto& p : pieces_) split.emplace_back(p.word);
    }
    out.swap(split);
  }
}

bool LexiconBuilder::expand_token(std::string_view raw, Positions& positions, PartOfSpeech& pos,
                                  std::string& error) {
  if (raw.size() > 2 && raw.front() == '{' && raw.back() == '}') {
    const ClassBits bit = word_class_for_slot(raw.substr(1, raw.size() - 2));
    if (!bit) {
      error = "unknown slot " + std::string(raw);
      return false;
    }
    if (positions.empty()) {
      error = "a term cannot start with a slot";
      return false;
    }
    positions.add().slot = bit;
    return true;
  }
  char code = 0;
  std::string_view text = raw;
  if (auto colon = raw.rfind(':'); colon != std::string_view::npos && colon > 0 && colon + 2 == raw.size()) {
    code = raw.back();
    if (code != 'n' && code != 'v' && code != 'a' && code != 'c') {
      error = "unknown part of speech ':" + std::string(1, code) + "' (use :n, :v, :a or :c)";
      return false;
    }
    text = raw.substr(0, colon);
    pos = pos_of(code);
  }
  const bool wildcard = text.size() > 1 && text.back() == '*';
  if (wildcard) text.remove_suffix(1);
  std::vector<std::string>& words = words_;  // a member: its buffer lives from term to term
  words_of(text, words);
  if (words.empty()) {
    error = "no word in \"" + std::string(raw) + "\"";
    return false;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    Position& p = positions.add();
    const bool last = i + 1 == words.size();
    if (last && wildcard) {
      wildcard_ = words[i] + "*";
      p.words.push_back(lexicon_.intern_word(wildcard_));
      lexicon_.note_wildcard(words[i].size());
    } else if (last && code && irregular_) {
      forms_.clear();
      inflect(words[i], code, *irregular_, forms_);
      for (const auto& f : forms_) {
        const WordId id = lexicon_.intern_word(f);
        p.words.push_back(id);
        // "calmer", "happier": the {comparative} class ("never been happier")
        if ((code == 'a' || code == 'c') && f != words[i] && f.size() > 3 &&
            f.compare(f.size() - 2, 2, "er") == 0)
          lexicon_.add_word_class(id, kComparative);
      }
    } else {
      p.words.push_back(lexicon_.intern_word(words[i]));
    }
  }
  return true;
}

bool LexiconBuilder::expand(std::string_view term, Positions& positions, PartOfSpeech& pos,
                            std::string& error) {
  positions.clear();
  std::size_t i = 0;
  while (i < term.size()) {
    while (i < term.size() && (term[i] == ' ' || term[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < term.size() && term[j] != ' ' && term[j] != '\t') ++j;
    if (j > i && !expand_token(term.substr(i, j - i), positions, pos, error)) return false;
    i = j;
  }
  if (positions.empty()) {
    error = "empty term";
    return false;
  }
  if (positions.size() > 12) {
    error = "term longer than 12 words";
    return false;
  }
  return true;
}

bool LexiconBuilder::add_term(std::string_view term, Entry entry, std::string& error) {
  Positions& positions = positions_;
  PartOfSpeech pos = PartOfSpeech::none;
  if (!expand(term, positions, pos, error)) return false;
  entry.pos = pos;
  entry.source = lexicon_.intern_source(term);
  return attach_positions(positions, lexicon_.add_entry(entry));
}

bool LexiconBuilder::attach_term(std::string_view term, const std::uint32_t* entries, std::size_t count,
                                 std::string& error) {
  Positions& positions = positions_;
  PartOfSpeech pos = PartOfSpeech::none;
  if (!expand(term, positions, pos, error)) return false;
  for (std::size_t i = 0; i < count; ++i) attach_positions(positions, entries[i]);
  return true;
}

bool LexiconBuilder::attach_positions(const Positions& positions, std::uint32_t index) {
  if (positions.size() == 1) {
    for (WordId w : positions[0].words) lexicon_.attach_to_word(w, index);
    return true;
  }
  // Every combination of alternatives becomes one path of the phrase trie.
  std::vector<std::uint32_t>& keys = keys_;
  std::vector<std::size_t>& choice = choice_;
  keys.assign(positions.size(), 0);
  choice.assign(positions.size(), 0);
  while (true) {
    for (std::size_t k = 0; k < positions.size(); ++k) {
      const Position& p = positions[k];
      if (p.slot) {
        unsigned bit = 0;
        while ((ClassBits{1} << bit) != p.slot) ++bit;
        keys[k] = kSlotKey | bit;
      } else {
        keys[k] = p.words[choice[k]];
      }
    }
    lexicon_.attach_to_phrase(keys, index);
    std::size_t k = positions.size();
    while (k > 0) {
      --k;
      if (!positions[k].slot && ++choice[k] < positions[k].words.size()) break;
      choice[k] = 0;
      if (k == 0) return true;
    }
  }
}

bool LexiconBuilder::add_class_term(std::string_view term, ClassBits classes, std::string& error) {
  Positions& positions = positions_;
  PartOfSpeech pos = PartOfSpeech::none;
  if (!expand(term, positions, pos, error)) return false;
  if (positions.size() != 1) {
    error = "a word class holds single words, not \"" + std::string(term) + "\"";
    return false;
  }
  for (WordId w : positions[0].words) lexicon_.add_word_class(w, classes);
  return true;
}

bool LexiconBuilder::add_number_word(std::string_view term, float value, std::string& error) {
  Positions& positions = positions_;
  PartOfSpeech pos = PartOfSpeech::none;
  if (!expand(term, positions, pos, error)) return false;
  if (positions.size() != 1) return true;  // "a hundred": handled by the rating finder's digits
  for (WordId w : positions[0].words) lexicon_.set_number(w, value);
  return true;
}

}  // namespace feltline::lexicon
