#include "analyse/turn_words.hpp"

#include "analyse/token_folding.hpp"
#include "lexicon/contractions.hpp"

namespace feltline::analyse {
namespace {

using lexicon::TokenPiece;

Punct punct_of(std::string_view s, bool spaced) {
  if (s == "." || s == "!" || s == "\xE2\x80\xBC" /* ‼ */) return Punct::sentence_end;
  if (s == "?" || s == "\xEF\xBC\x9F" /* ？ */) return Punct::question_mark;
  if (s == ",") return Punct::comma;
  if (s == "/") return Punct::slash;
  if (s == "-" || s == "\xE2\x80\x90" || s == "\xE2\x80\x91")
    return spaced ? Punct::clause_break : Punct::hyphen;
  if (s == ";" || s == ":" || s == "(" || s == ")" || s == "[" || s == "]" || s == "{" || s == "}" ||
      s == "\"" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" || s == "\xE2\x80\x94" || s == "\xE2\x80\x93" ||
      s == "\xC2\xAB" || s == "\xC2\xBB")
    return Punct::clause_break;                  // ; : brackets quotes em/en dash guillemets
  if (s == "\xE2\x80\xA6") return Punct::comma;  // an ellipsis is a pause
  return Punct::other;
}

// Whether the first token after token `t` that is not white space starts with a digit.
bool numeral_follows(std::string_view text, const std::vector<text::Token>& tokens, std::size_t t) {
  for (std::size_t k = t + 1; k < tokens.size(); ++k) {
    const char ch = text[tokens[k].begin];
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') continue;
    return ch >= '0' && ch <= '9';
  }
  return false;
}

bool is_apostrophe(std::string_view s) {
  return s == "'" || s == "\xE2\x80\x98" || s == "\xE2\x80\x99" || s == "`";
}

// "**Heaviness** in your arms": Markdown emphasis touching a word marks nothing
// ("* item", a bullet with a space after it, stays a boundary).
bool is_emphasis_mark(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  if (end != begin + 1 || (text[begin] != '*' && text[begin] != '_')) return false;
  auto space = [&](std::size_t at) {
    return at >= text.size() || text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r';
  };
  return !space(end) || (begin > 0 && !space(begin - 1));
}

// "7", "7.5", "1,000": digits with thousands commas and one decimal point.
// Parsed by hand: the same result in both hosts, no locale, no allocation.
float parse_number(std::string_view s) {
  double value = 0, scale = 0;
  bool any = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      any = true;
      if (scale == 0) {
        value = value * 10 + (c - '0');
      } else {
        value += (c - '0') * scale;
        scale /= 10;
      }
    } else if (c == '.' && scale == 0) {
      scale = 0.1;
    } else if (c != ',') {
      return NAN;  // other scripts' digits, or anything unexpected
    }
  }
  return any ? static_cast<float>(value) : NAN;
}

bool has_newline(std::string_view text, std::uint32_t from, std::uint32_t to) {
  // Between two tokens there is nothing or, nearly always, one space: decided without a loop.
  if (to <= from + 1) return to == from + 1 && text[from] == '\n';
  return text.substr(from, to - from).find('\n') != std::string_view::npos;
}

}  // namespace

void build_turn_words(const Turn& turn, const lexicon::DefaultLexicon& dl, text::WordTokenizer& tokenizer,
                      bool include_meta_notes, TurnWords& out) {
  const lexicon::Lexicon& lex = dl.lexicon;
  const std::string_view text = turn.text;
  out.words.clear();
  tokenizer.tokenize(text, out.tokens);
  const std::size_t n = out.tokens.size();
  out.meta_notes.assign(turn.flags, FlagKind::meta_note);
  out.quoted_spans.assign(turn.flags, FlagKind::quoted);
  out.token_skipped.assign(n, 0);
  out.token_ids.assign(n, 0);
  out.tokens_estimate =
      fold_tokens(text, out.tokens, out.folded, out.folded_start, out.scratch, &out.token_apostrophe);
  if (!include_meta_notes && !out.meta_notes.empty())
    for (std::size_t t = 0, at = 0; t < n; ++t)
      out.token_skipped[t] = out.meta_notes.contains_ascending(out.tokens[t].begin, at);

  // The per-token arrays through local pointers: the stores into out.words could
  // alias `out`, and the compiler reloaded every vector's data at each token.
  const text::Token* const tokens = out.tokens.data();
  const std::uint8_t* const skipped = out.token_skipped.data();
  const std::uint8_t* const apostrophe = out.token_apostrophe.data();
  lexicon::WordId* const token_ids = out.token_ids.data();
  const char* const folded_text = out.folded.data();
  const std::uint32_t* const folded_start = out.folded_start.data();
  const auto folded_token = [&](std::size_t t) {  // folded_token(t)
    return std::string_view(folded_text + folded_start[t], folded_start[t + 1] - folded_start[t]);
  };
  std::vector<TokenPiece>& pieces = out.pieces;
  std::string& joined = out.joined;
  bool skipping = false;
  std::uint32_t previous_end = 0;
  std::size_t quoted_at = 0;  // for quoted_spans.contains_ascending
  const bool any_quoted = !out.quoted_spans.empty();  // (most turns quote nobody: asked once)
  // The lexicon's word table (index = WordId, 0 included): the stores into
  // out.words made the compiler reload it from `lex` at each look-up.
  const lexicon::WordInfo* const word_info = &lex.word(0);
  auto push_boundary = [&](std::uint32_t at, Punct p) {
    Word w;
    w.begin = w.end = at;
    w.punct = p;
    out.words.push_back(w);
  };

  for (std::size_t t = 0; t < n; ++t) {
    const auto& tok = tokens[t];
    if (skipped[t]) {
      if (!skipping && !out.words.empty()) push_boundary(tok.begin, Punct::sentence_end);
      skipping = true;
      previous_end = tok.end;
      continue;
    }
    skipping = false;
    // A line break between tokens ends a sentence even without punctuation.
    if (t > 0 && !out.words.empty() && out.words.back().punct == Punct::none &&
        has_newline(text, previous_end, tok.begin))
      push_boundary(tok.begin, Punct::sentence_end);
    previous_end = tok.end;
    const std::string_view original = text.substr(tok.begin, tok.end - tok.begin);
    const std::string_view folded = folded_token(t);
    const bool quoted = any_quoted && out.quoted_spans.contains_ascending(tok.begin, quoted_at);

    if (tok.type == text::TokenType::punctuation) {
      if (is_apostrophe(original)) continue;  // "wits' end": the mark carries nothing
      if (is_emphasis_mark(text, tok.begin, tok.end)) continue;
      const bool spaced =
          (tok.begin > 0 && text[tok.begin - 1] == ' ') || (tok.end < text.size() && text[tok.end] == ' ');
      Word w;
      w.begin = tok.begin;
      w.end = tok.end;
      w.token = static_cast<std::uint32_t>(t);
      w.punct = punct_of(original, spaced);
      w.quoted = quoted;
      // "(is it genuine, is it contingent?)": a question inside brackets does not end the sentence.
      if (w.punct == Punct::question_mark && t + 1 < n && text.substr(tokens[t + 1].begin, 1) == ")")
        w.punct = Punct::comma;
      // "Dr." and "e.g." do not end a sentence.
      if (w.punct == Punct::sentence_end && original == "." && !out.words.empty() &&
          (out.words.back().classes & lexicon::kAbbreviation) && out.words.back().end == tok.begin &&
          !(folded_token(out.words.back().token) == "no" && !numeral_follows(text, out.tokens, t)))
        w.punct = Punct::other;  // but "No. I was starving." is an answer, unlike "No. 5"
      // "..." is one pause, not three sentence ends.
      if (original == "." && t + 1 < n && text.substr(tokens[t + 1].begin, 1) == "." &&
          tokens[t + 1].begin == tok.end) {
        std::size_t last = t;
        while (last + 1 < n && tokens[last + 1].begin == tokens[last].end &&
               text.substr(tokens[last + 1].begin, 1) == ".")
          ++last;
        w.end = tokens[last].end;
        w.punct = Punct::comma;
        t = last;
        previous_end = w.end;
      }
      out.words.push_back(w);
      continue;
    }

    // A hyphenated compound the lexicon knows is one word: "self-conscious", "light-headed".
    if (tok.type == text::TokenType::word && t + 2 < n && !skipped[t + 2] &&
        tokens[t + 1].begin == tok.end) {  // (a space after the word: no compound, no copy into `joined`)
      std::size_t last = t;
      std::size_t best = t;
      while (last + 2 < n && tokens[last + 1].begin == tokens[last].end &&
             tokens[last + 2].begin == tokens[last + 1].end &&
             tokens[last + 2].type == text::TokenType::word &&
             punct_of(text.substr(tokens[last + 1].begin,
                                  tokens[last + 1].end - tokens[last + 1].begin),
                      false) == Punct::hyphen) {
        if (last == t) joined.assign(folded);  // (most words touch only a "." or ",": no copy for them)
        joined += '-';
        joined += folded_token(last + 2);
        last += 2;
        if (lex.find(joined)) best = last;
      }
      if (best != t) {
        Word w;
        w.begin = tok.begin;
        w.end = tokens[best].end;
        w.token = static_cast<std::uint32_t>(t);
        joined.assign(folded);
        for (std::size_t k = t + 2; k <= best; k += 2) {
          joined += '-';
          joined += folded_token(k);
        }
        w.id = lex.find(joined);
        w.classes = word_info[w.id].classes;
        w.quoted = quoted;
        out.words.push_back(w);
        previous_end = w.end;
        t = best;
        continue;
      }
    }

    // Only words with an apostrophe, or listed ones ("cannot", "gonna"), can be contractions.
    lexicon::WordId whole = lex.find(folded);
    token_ids[t] = whole;  // (the statistics number the token's words by it: no second hash)
    // "poundin'", "tinglin'": a dropped g, marked by an apostrophe right after
    if (!whole && folded.size() > 3 && folded.back() == 'n' && folded[folded.size() - 2] == 'i' &&
        tok.end < text.size() && (is_apostrophe(text.substr(tok.end, 1)) || is_apostrophe(text.substr(tok.end, 3)))) {
      joined.assign(folded);
      joined += 'g';
      whole = lex.find(joined);
    }
    auto push_piece = [&](std::string_view piece, std::uint32_t begin, std::uint32_t end,
                          lexicon::WordId id) {
      Word& w = out.words.emplace_back();  // filled in place: no copy of a 40-byte Word per word
      w.begin = tok.begin + begin;
      w.end = tok.begin + end;
      w.token = static_cast<std::uint32_t>(t);
      w.id = id;
      const auto& info = word_info[w.id];
      w.classes = info.classes;
      // A word only a rule's word list names ("um", "normal") stays unknown (id 0, so
      // its text is the whole token's), and a contraction's piece has no class then.
      if (info.classes & lexicon::kListedOnly) {
        const bool whole_token = piece == folded;  // else its text is the whole token's, not the listed word
        w.listed = whole_token ? w.id : 0;
        w.id = 0;
        // kListedOnly is no class: "classes == 0" still says no class (hypothetical_scene.cpp).
        w.classes = whole_token ? w.classes & ~lexicon::kListedOnly : 0;
      }
      w.quoted = quoted;
      if (tok.type == text::TokenType::number) {
        w.is_number = true;
        w.number = parse_number(original);
      } else if (info.classes & lexicon::kNumberWord) {
        w.is_number = true;
        w.number = info.number;
      }
    };
    if (tok.type == text::TokenType::word &&
        (apostrophe[t] || (word_info[whole].classes & lexicon::kContraction))) {
      pieces.clear();
      lexicon::split_contractions(original, folded, dl.contractions, pieces);
      for (const auto& p : pieces)
        push_piece(p.word, p.begin, p.end,
                   pieces.size() == 1 && p.word.data() == folded.data() ? whole : lex.find(p.word));
    } else {
      // The common case, one piece: the whole token (no trip through `pieces`).
      push_piece(folded, 0, static_cast<std::uint32_t>(original.size()), whole);
    }
  }
}

}  // namespace feltline::analyse
