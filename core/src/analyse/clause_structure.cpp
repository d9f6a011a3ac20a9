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
  c.sentence.assign(n, 0);
  c.clause_start.assign(n, 0);
  c.frame_break.assign(n, 0);
  c.sentence_question.clear();
  c.question_from.clear();

  std::uint32_t sentence = 0;
  bool sentence_open = false;  // a word of the current sentence was seen
  Punct before = Punct::sentence_end;
  bool soft = false;  // a comma or a coordinator sits between the previous word and this one
  std::size_t previous_word = n;
  std::size_t segment_start = 0;  // after the last ';', ':' or dash of the sentence

  for (std::size_t i = 0; i < n; ++i) {
    const Word& w = c.word(i);
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
      c.sentence[i] = sentence;
      if (w.punct == Punct::comma)
        soft = true;
      else if (w.punct != Punct::hyphen && w.punct != Punct::other && w.punct != Punct::slash)
        before = w.punct;
      if ((w.punct == Punct::sentence_end || w.punct == Punct::question_mark) && sentence_open) {
        ++sentence;
        sentence_open = false;
        segment_start = i + 1;
      }
      continue;
    }
    bool starts = false;
    if (before == Punct::sentence_end || before == Punct::question_mark || before == Punct::clause_break)
      starts = true;
    const lexicon::Hit* hit = c.hit_at(i);
    // "if instead you walked in": a terminator right after "if" is an adverb of the condition
    if (hit && hit->first == i && c.has(*hit, EntryKind::terminator)) {
      const lexicon::Hit* cue = previous_word < n ? c.hit_at(previous_word) : nullptr;
      if (!(cue && previous_word + 1 == i && c.has(*cue, EntryKind::conditional))) starts = true;
    }
    if (soft && (w.classes & (lexicon::kSubject | lexicon::kClauseOpener))) starts = true;
    if (!sentence_open) starts = true;
    // "I feel like we should...": what follows "like"/"that" is its own clause for frames.
    if (previous_word < n && (c.word(previous_word).classes & lexicon::kComplementizer) &&
        (w.classes & (lexicon::kSubject | lexicon::kPerson)) && !(w.classes & lexicon::kDeterminer))
      c.frame_break[i] = 1;
    c.clause_start[i] = starts ? 1 : 0;
    if (starts) c.frame_break[i] = 1;
    c.sentence[i] = sentence;
    sentence_open = true;
    before = Punct::none;
    soft = (w.classes & lexicon::kCoordinator) != 0;
    previous_word = i;
  }
  c.sentence_question.resize(sentence + 1, 0);
  c.question_from.resize(sentence + 1, static_cast<std::uint32_t>(segment_start));

  // Where each sentence starts and how many words it has, so rules that read a
  // whole sentence need not walk to its ends from every hit.
  c.sentence_first.assign(sentence + 2, static_cast<std::uint32_t>(n));
  c.sentence_words.assign(sentence + 1, 0);
  for (std::size_t i = n; i-- > 0;) c.sentence_first[c.sentence[i]] = static_cast<std::uint32_t>(i);
  for (std::size_t i = 0; i < n; ++i)
    if (c.word(i).punct == Punct::none) ++c.sentence_words[c.sentence[i]];
}

}  // namespace feltline::analyse
