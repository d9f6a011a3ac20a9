#include "analyse/clause_structure.hpp"

namespace feltline::analyse {

using lexicon::EntryKind;

bool TurnContext::is_cue(const lexicon::Hit& hit) const {
  return hit.kinds >> static_cast<unsigned>(EntryKind::negation);  // every kind from negation on is a cue
}

bool TurnContext::is_content(const lexicon::Hit& hit) const {
  constexpr auto bit = [](EntryKind k) { return std::uint32_t{1} << static_cast<unsigned>(k); };
  return hit.kinds & (bit(EntryKind::emotion) | bit(EntryKind::quality) | bit(EntryKind::region) |
                      bit(EntryKind::analytic));
}

bool TurnContext::is_region_word(std::size_t i) const {
  const lexicon::Hit* h = hit_at(i);
  return h && has(*h, EntryKind::region);
}

void find_clauses(TurnContext& c) {
  const std::size_t n = c.size();
  c.sentence.resize(n);  // every word's is written below
  c.clause_start.assign(n, 0);
  c.frame_break.assign(n, 0);
  c.sentence_question.clear();
  c.question_from.clear();
  // Where each sentence starts and how many words it has, so rules that read a
  // whole sentence need not walk to its ends from every hit: kept as the words
  // go (a sentence starts after the word that ends the one before).
  c.sentence_first.assign(1, 0);
  c.sentence_words.clear();
  // The per-word stores through local pointers: a store through c's vectors
  // could alias c itself, and the compiler reloaded each vector's data per word.
  std::uint32_t* const sentence_of = c.sentence.data();
  std::uint8_t* const clause_start = c.clause_start.data();
  std::uint8_t* const frame_break = c.frame_break.data();
  const Word* const words = c.tw.words.data();
  // hit_at's tables too: after each flag byte stored above, c.hit_at reloaded the
  // word count and both vectors' data (a byte store may alias anything).
  // (hit_of_word has n entries, so every i < n may be read)
  const std::int32_t* const hit_of_word = c.hit_of_word.data();
  const lexicon::Hit* const hits = c.hits.data();
  const auto hit_at = [hit_of_word, hits](std::size_t i) -> const lexicon::Hit* {
    return hit_of_word[i] >= 0 ? hits + hit_of_word[i] : nullptr;
  };

  std::uint32_t sentence = 0;
  std::uint32_t sentence_words = 0;  // words (not punctuation) of the current sentence so far
  bool sentence_open = false;  // a word of the current sentence was seen
  Punct before = Punct::sentence_end;
  bool soft = false;  // a comma or a coordinator sits between the previous word and this one
  std::size_t previous_word = n;
  std::size_t segment_start = 0;  // after the last ';', ':' or dash of the sentence

  for (std::size_t i = 0; i < n; ++i) {
    const Word& w = words[i];
    sentence_of[i] = sentence;
    if (w.punct != Punct::none) {
      if ((w.punct == Punct::sentence_end || w.punct == Punct::question_mark) && sentence_open) {
        c.sentence_question.resize(sentence + 1, 0);
        c.question_from.resize(sentence + 1, 0);
        if (w.punct == Punct::question_mark) c.sentence_question[sentence] = 1;
        c.question_from[sentence] = static_cast<std::uint32_t>(segment_start);
      }
      if (w.punct == Punct::clause_break) {
        const std::string_view p = c.tw.folded_token(w.token);
        if (p == ";" || p == ":" || p == "-" || p == "\xE2\x80\x94" || p == "\xE2\x80\x93")
          segment_start = i + 1;
      }
      if (w.punct == Punct::comma)
        soft = true;
      else if (w.punct != Punct::hyphen && w.punct != Punct::other && w.punct != Punct::slash)
        before = w.punct;
      if ((w.punct == Punct::sentence_end || w.punct == Punct::question_mark) && sentence_open) {
        ++sentence;
        sentence_open = false;
        segment_start = i + 1;
        c.sentence_words.push_back(sentence_words);
        sentence_words = 0;
        c.sentence_first.push_back(static_cast<std::uint32_t>(i + 1));
      }
      continue;
    }
    ++sentence_words;
    bool starts = false;
    if (before == Punct::sentence_end || before == Punct::question_mark || before == Punct::clause_break)
      starts = true;
    const lexicon::Hit* hit = hit_at(i);
    // "if instead you walked in": a terminator right after "if" is an adverb of the condition
    if (hit && hit->first == i && c.has(*hit, EntryKind::terminator)) {
      const lexicon::Hit* cue = previous_word < n ? hit_at(previous_word) : nullptr;
      if (!(cue && previous_word + 1 == i && c.has(*cue, EntryKind::conditional))) starts = true;
    }
    if (soft && (w.classes & (lexicon::kSubject | lexicon::kClauseOpener))) starts = true;
    if (!sentence_open) starts = true;
    // "I feel like we should...": what follows "like"/"that" is its own clause for frames.
    if (previous_word < n && (words[previous_word].classes & lexicon::kComplementizer) &&
        (w.classes & (lexicon::kSubject | lexicon::kPerson)) && !(w.classes & lexicon::kDeterminer))
      frame_break[i] = 1;
    clause_start[i] = starts ? 1 : 0;
    if (starts) frame_break[i] = 1;
    sentence_open = true;
    before = Punct::none;
    soft = (w.classes & lexicon::kCoordinator) != 0;
    previous_word = i;
  }
  c.sentence_question.resize(sentence + 1, 0);
  c.question_from.resize(sentence + 1, static_cast<std::uint32_t>(segment_start));
  c.sentence_words.push_back(sentence_words);
  c.sentence_first.push_back(static_cast<std::uint32_t>(n));  // one more entry: the end
}

}  // namespace feltline::analyse
