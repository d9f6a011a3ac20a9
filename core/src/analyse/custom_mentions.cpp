#include "analyse/custom_mentions.hpp"

#include "analyse/mention_flags.hpp"

namespace feltline::analyse {
namespace {

using lexicon::Lexicon;
using lexicon::MatchKey;

// The longest wildcard prefix of `word` in `lex` ("anxi*" for "anxious"), or 0.
lexicon::WordId prefix_of(const Lexicon& lex, std::string_view word, std::string& buffer) {
  if (!lex.has_wildcards()) return 0;
  for (std::size_t len = word.size(); len > 0; --len) {
    if (len < 64 && !((lex.wildcard_lengths() >> len) & 1u) && !lex.has_long_wildcards()) continue;
    // Do not cut a UTF-8 character in two.
    if (len < word.size() && (static_cast<unsigned char>(word[len]) & 0xC0) == 0x80) continue;
    buffer.assign(word.substr(0, len));
    buffer += '*';
    if (lexicon::WordId id = lex.find(buffer)) return id;
  }
  return 0;
}

}  // namespace

void find_custom_mentions(const TurnContext& c,
                          const std::vector<std::shared_ptr<const lexicon::CustomLexicon>>& lexicons,
                          const Turn& turn, std::vector<Mention>& out) {
  if (lexicons.empty()) return;
  const TurnWords& tw = c.tw;
  // token -> first analysis word, for the context flags
  std::vector<std::int32_t> word_of_token(tw.tokens.size(), -1);
  for (std::size_t i = 0; i < tw.words.size(); ++i)
    if (tw.words[i].punct == Punct::none && word_of_token[tw.words[i].token] < 0)
      word_of_token[tw.words[i].token] = static_cast<std::int32_t>(i);

  std::vector<MatchKey> keys;
  std::vector<std::uint32_t> key_token;  // key -> first token
  std::vector<std::uint32_t> key_end;    // key -> byte end
  std::vector<lexicon::Hit> hits;
  std::string buffer, joined;
  for (const auto& custom : lexicons) {
    if (!custom || !custom->usable) continue;
    const Lexicon& lex = custom->lexicon;
    keys.clear();
    key_token.clear();
    key_end.clear();
    for (std::size_t t = 0; t < tw.tokens.size(); ++t) {
      if (tw.token_skipped[t]) {
        keys.push_back(MatchKey{0, 0, 0, true});
        key_token.push_back(static_cast<std::uint32_t>(t));
        key_end.push_back(tw.tokens[t].end);
        continue;
      }
      const auto& tok = tw.tokens[t];
      MatchKey k;
      std::size_t last = t;
      if (tok.type == text::TokenType::punctuation) {
        k.barrier = true;
      } else {
        // "self-conscious": a hyphenated compound the dictionary lists is one word.
        joined.assign(tw.folded_token(t));
        for (std::size_t j = t;
             j + 2 < tw.tokens.size() && tw.tokens[j + 1].begin == tw.tokens[j].end &&
             tw.tokens[j + 2].begin == tw.tokens[j + 1].end && tw.folded_token(j + 1) == "-";
             j += 2) {
          joined += '-';
          joined += tw.folded_token(j + 2);
          if (lex.find(joined)) last = j + 2;
        }
        if (last != t) {
          joined.assign(tw.folded_token(t));
          for (std::size_t j = t + 2; j <= last; j += 2) {
            joined += '-';
            joined += tw.folded_token(j);
          }
          k.exact = lex.find(joined);
        } else {
          k.exact = lex.find(tw.folded_token(t));
          k.prefix = prefix_of(lex, tw.folded_token(t), buffer);
        }
      }
      keys.push_back(k);
      key_token.push_back(static_cast<std::uint32_t>(t));
      key_end.push_back(tw.tokens[last].end);
      t = last;
    }
    lexicon::match_phrases(lex, keys, lexicon::MatchOptions{0}, hits);
    for (const auto& hit : hits) {
      const std::uint32_t begin = tw.tokens[key_token[hit.first]].begin;
      const std::uint32_t end = key_end[hit.last - 1];
      std::string source;
      for (std::uint32_t k = hit.first; k < hit.last; ++k) {
        if (!source.empty()) source += ' ';
        const lexicon::WordId id = hit.single ? hit.single : keys[k].exact;
        source += id ? std::string(lex.word_text(id)) : std::string(tw.folded_token(key_token[k]));
      }
      const std::int32_t head = word_of_token[key_token[hit.first]];
      const auto& refs = lex.entry_refs();
      for (std::uint32_t e = hit.entries_begin; e < hit.entries_begin + hit.entries_count; ++e) {
        Mention m;
        m.kind = MentionKind::custom;
        m.begin = begin;
        m.end = end;
        m.category = lex.label_name(lex.entry(refs[e]).label);
        m.dictionary = custom->name;
        m.source = c.pool->intern(source);
        m.rule = hit.last - hit.first > 1
                     ? "phrase"
                     : (hit.single && hit.single != keys[hit.first].exact ? "wildcard" : "word");
        if (head >= 0) {
          Candidate cand;
          cand.head = static_cast<std::uint32_t>(head);
          set_context_flags(c, cand, m);
        }
        out.push_back(std::move(m));
      }
    }
  }
  (void)turn;
}

}  // namespace feltline::analyse
