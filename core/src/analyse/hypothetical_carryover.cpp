#include "analyse/hypothetical_carryover.hpp"

#include "analyse/state_as_subject.hpp"

#include <algorithm>
#include <vector>

namespace feltline::analyse {
namespace {

using lexicon::EntryKind;
using lexicon::WordList;

struct Sentence {
  std::size_t begin = 0, end = 0;  // word indices
  bool hypothetical = false;       // some word is under a hypothetical cue
  bool has_feeling = false;        // holds an emotion or sensation word
  bool fragment = false;
  bool carried = false;    // hypothetical only through what it continues or answers
  bool loose = false;      // a fragment whose feeling is not its first word
  bool wish = false;       // wishes for a state ("I'd want to be bored")
  std::uint32_t item = 0;  // the list item it belongs to ("- Anger at ...", "2. ..."); 0: none
  int words = 0;
};

// "I don't know.", "Not sure.", "Dunno.": the sentence says the speaker does not
// know, and nothing else.
bool says_not_knowing(const TurnContext& c, const Sentence& s) {
  if (c.sentence_question[c.sentence[s.begin]]) return false;
  bool denied = false, knowing = false;
  for (std::size_t i = s.begin; i < s.end; ++i) {
    if (c.word(i).punct != Punct::none) continue;
    const WordText t = c.text_of(i);
    if (t == "know" || t == "sure") knowing = true;
    else if (t == "dunno") knowing = denied = true;
    else if (t == "not" || t == "n't" || t == "no") denied = true;
  }
  return denied && knowing;
}

// "Like I have a plan.", "Like a human being.": a sentence opened by "like" (after
// fillers) and a subject, a person or an article, with no modal of its own and
// no word of the present or the past ("Like I said", "Like now", "like it was").
bool elaborates_by_simile(const TurnContext& c, const Sentence& s) {
  std::size_t i = s.begin;
  while (i < s.end && c.word(i).punct != Punct::none) ++i;
  if (i + 1 >= s.end || c.text_of(i) != "like" || c.word(i + 1).punct != Punct::none) return false;
  const WordText n = c.text_of(i + 1);
  if (!(c.word(i + 1).classes & (lexicon::kSubject | lexicon::kPerson)) && n != "a" && n != "an") return false;
  if (i + 2 < s.end && c.in_list(i + 2, WordList::said_before_verbs)) return false;
  for (std::size_t k = i + 1; k < s.end; ++k)
    if (c.word(k).punct == Punct::none &&
        ((c.word(k).classes & (lexicon::kSceneExit | lexicon::kHabitual)) || c.in_list(k, WordList::past_tense_verbs)))
      return false;
  return true;
}

bool filler(const TurnContext& c, std::size_t i) {
  if (c.word(i).classes & lexicon::kFiller) return true;
  const lexicon::Hit* h = c.hit_at(i);
  return h && c.is_intensity(*h) && !c.has(*h, EntryKind::quality) && !c.has(*h, EntryKind::emotion);
}

bool feeling_hit(const TurnContext& c, std::size_t i) {
  const lexicon::Hit* h = c.hit_at(i);
  return h && (c.has(*h, EntryKind::emotion) || c.has(*h, EntryKind::quality));
}

// A word that may describe a feeling before it in a verbless stretch: "the",
// "nice" in "a nice sort of sad", "massive" in "massive relief"; not a
// subject, a pronoun, a verb or an opener ("Which, you know, breaks my heart",
// "That sounds lonely": a clause whose verb the classes do not know).
bool describing_word(const TurnContext& c, std::size_t i) {
  const Word& w = c.word(i);
  if (w.classes & (lexicon::kSubject | lexicon::kPerson | lexicon::kWh | lexicon::kClauseOpener | lexicon::kBe |
                   lexicon::kBecome | lexicon::kFeel | lexicon::kAction))
    return false;
  if ((w.classes & lexicon::kDeterminer) && c.text_of(i) != "the") return false;  // "That scares me"
  const lexicon::Hit* h = c.hit_at(i);
  return !(h && c.is_cue(*h));
}

// "First shaky.", "At first, anxious.", "Then maybe relieved.": a fragment whose
// words before its feeling only place it in a time course answers a question about
// an imagined occasion as the bare feeling does ("So first the embarrassment" after
// "why would she do that?" names a reason: "the" is no time word).
bool tells_time_course(const TurnContext& c, const Sentence& s) {
  bool timed = false;
  for (std::size_t i = s.begin; i < s.end; ++i) {
    if (c.word(i).punct != Punct::none) continue;
    if (feeling_hit(c, i)) return timed;
    const WordText t = c.text_of(i);
    if ((c.word(i).classes & (lexicon::kLater | lexicon::kTimeStretch)) || c.in_list(i, WordList::next_moment_words)) {
      timed = true;
      continue;
    }
    if (!(filler(c, i) || t == "at" || t == "and" || c.in_list(i, WordList::scene_sentence_fillers))) return false;
  }
  return false;
}

// "I wish I felt calm around him": word `i` is inside a wish for a state (a
// desire cue followed by a feel or be verb), so "instead of small" after it is
// wished away too.
bool wished_state(const TurnContext& c, std::size_t i) {
  if (c.desire_by[i] < 0) return false;
  for (std::size_t k = c.hits[c.desire_by[i]].last; k <= i; ++k)
    if (c.word(k).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel)) return true;
  return false;
}

// "I don't want to be sat in the house on my own all day, miserable": word `i`
// is in a clause that wishes for a state (a desire cue, then a feel or be
// verb) beyond the desire cue's window (at most 24 words back, so that a long
// list of commas stays linear).
bool in_wished_clause(const TurnContext& c, std::size_t i) {
  for (std::size_t k = i + 1, n = 0; k-- > 0 && n < 24; ++n) {
    if (c.word(k).punct == Punct::none && c.desire_by[k] >= 0 && wished_state(c, k)) return true;
    if (c.word(k).punct != Punct::none && c.word(k).punct != Punct::comma) return false;
    if (c.clause_start[k] && c.word(k).punct == Punct::none) return c.desire_by[k] >= 0 && wished_state(c, k);
  }
  return false;
}

// "- Anger at the staffing", "• relief": a bullet opens the sentence.
bool opens_with_bullet(const TurnContext& c, std::size_t i) {
  if (c.word(i).punct != Punct::clause_break && c.word(i).punct != Punct::other) return false;
  const std::string_view t = c.tw.folded_token(c.word(i).token);
  return t == "-" || t == "*" || t == "\xE2\x80\xA2" /* • */;
}

// Whether a sentence has a be, become, feel or action verb, or a word of the present or past.
bool has_verb(const TurnContext& c, const Sentence& s) {
  for (std::size_t i = s.begin; i < s.end; ++i)
    if (c.word(i).punct == Punct::none &&
        (c.word(i).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel | lexicon::kAction | lexicon::kSceneExit)))
      return true;
  return false;
}

// The sentence up to a complement opened right after its first feeling
// ("relieved that ...", "proud because ...").
Sentence verb_part(const TurnContext& c, const Sentence& s) {
  Sentence part = s;
  for (std::size_t i = s.begin; i < s.end; ++i) {
    const lexicon::Hit* h = c.hit_at(i);
    if (!h || !feeling_hit(c, i)) continue;
    const std::size_t after = h->last;
    if (after < s.end && c.word(after).punct == Punct::none) {
      if (c.in_list(after, WordList::feeling_clause_ends)) part.end = after;
    }
    break;
  }
  return part;
}

// "Disgusted, I was, Tuesday.", "Overwhelmed I was, at the funeral": a feeling
// put before its subject and a past verb is a report of then, not a fragment going
// on with an imagined state.
bool fronted_past(const TurnContext& c, std::size_t feeling, std::size_t end) {
  std::size_t k = feeling + 1;
  while (k < end && (c.word(k).punct != Punct::none || c.hit_at(k) == c.hit_at(feeling))) ++k;
  // ("Proud I didn't send it", "relieved I didn't chicken out": a complement clause)
  if (k + 1 >= end || !(c.word(k).classes & lexicon::kSubject)) return false;
  const WordText be = c.text_of(k + 1);
  return (be == "was" || be == "were") && (k + 2 >= end || c.word(k + 2).punct != Punct::none);
}

// Whether hypothetical sentence `p` imagines a feeling of its own, or holds none:
// "My eyes are heavy, I'd have a little sleep." holds only a feeling felt now.
bool imagines_its_feeling(const TurnContext& c, const Sentence& p) {
  if (!p.has_feeling) return true;
  for (std::size_t i = p.begin; i < p.end; ++i)
    if (c.word(i).punct == Punct::none && feeling_hit(c, i) &&
        (c.hypothetical_by[i] != -1 || c.desire_by[i] >= 0 || wished_state(c, i)))
      return true;
  return false;
}

// "If you can, ...", "if you like", "if you want to", "if you're ready": a condition
// that asks leave for something now.
bool invites_now(const TurnContext& c, const lexicon::Hit& cond) {
  std::size_t i = cond.last;
  if (i + 1 >= c.size() || c.text_of(i) != "you") return false;
  const WordText t = c.text_of(i + 1);
  return t == "can" || t == "like" || t == "want" || t == "'re" || t == "are" || t == "feel" || t == "need";
}

// Into `out`, cleared first (a buffer kept from turn to turn).
void sentences_of(const TurnContext& c, std::vector<Sentence>& out) {
  out.clear();
  std::uint32_t items = 0;
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (out.empty() || c.sentence[i] != c.sentence[out.back().begin]) {
      Sentence s;
      s.begin = i;
      s.item = out.empty() ? 0 : out.back().item;
      // a bullet, or a sentence after one that is only a number ("1. A heaviness ...")
      const bool numbered = !out.empty() && out.back().words == 1 && c.word(out.back().begin).is_number;
      if (opens_with_bullet(c, i) || numbered) s.item = ++items;
      out.push_back(s);
    }
    Sentence& s = out.back();
    s.end = i + 1;
    if (c.word(i).punct != Punct::none) continue;
    ++s.words;
    // "I lowkey wish I could just feel normal. Like chill.": a wished state is imagined too
    if (c.hypothetical_by[i] >= 0 || wished_state(c, i)) s.hypothetical = true;
    if (c.desire_by[i] >= 0) s.wish = true;
    if (feeling_hit(c, i)) s.has_feeling = true;
  }
  for (auto& s : out) {
    bool determiner = false;
    for (std::size_t i = s.begin; i < s.end; ++i) {
      if (c.word(i).punct != Punct::none) continue;
      if (filler(c, i)) continue;
      // "The dread the morning after. The headache.": a short noun phrase with no verb
      if (!determiner && c.text_of(i) == "the" && s.words <= 5 && !has_verb(c, s)) {
        determiner = true;
        continue;
      }
      // "Burned out is a strong phrase.": a feeling that is its sentence's subject
      // is talked about, not a fragment going on with an imagined state
      s.fragment = feeling_hit(c, i) && !state_is_subject(c, i, s.end) && !fronted_past(c, i, s.end);
      // "I'd be nervous. Feel a fool, laying it all out.": a bare "feel" opening the
      // sentence leaves out the subject and the modal of the sentence before
      if (!s.fragment && s.has_feeling && c.text_of(i) == "feel") s.fragment = true;
      break;
    }
    // "But a nice sort of sad, not the evening sort.": a short sentence with no
    // verb is a fragment when at most two words describe its feeling first.
    // "And maybe a bit relieved that someone was there": the verb of a
    // complement after the feeling does not count.
    if (!s.fragment && s.has_feeling && s.words <= 12 && !has_verb(c, verb_part(c, s))) {
      int describing = 0;
      for (std::size_t i = s.begin; i < s.end; ++i) {
        if (c.word(i).punct != Punct::none || filler(c, i)) continue;
        if (feeling_hit(c, i)) {
          s.fragment = s.loose = true;
          break;
        }
        if (!describing_word(c, i) || ++describing > 2) break;
      }
    }
  }
}

// Whether sentence `s` records predictions: a word of prediction_words ("Let's
// write each prediction down.") or "write" and "down" within four words ("Let's
// write that down."). Returns the word after a colon that opens the list in the
// same sentence ("Let's write them down: angry boss, stutter."), its end when none,
// or 0 when the sentence records nothing.
std::size_t records_predictions(const TurnContext& c, std::uint32_t s) {
  const std::size_t begin = c.sentence_first[s], end = c.sentence_first[s + 1];
  bool records = false;
  for (std::size_t i = begin; i < end; ++i) {
    if (!(c.word(i).punct == Punct::none)) continue;
    // "I didn't write it down because ...": a recording denied or told of the past
    if ((c.word(i).classes & lexicon::kSceneExit) || c.negated_by[i] >= 0 || c.in_list(i, WordList::past_tense_verbs))
      return 0;
    if (c.in_list(i, WordList::prediction_words) && c.text_of(i).substr(0, 4) == "pred") records = true;
    if (c.text_of(i) == "write")
      for (std::size_t k = i + 1; k < end && k < i + 5; ++k)
        if (c.text_of(k) == "down") records = true;
  }
  if (!records) return 0;
  for (std::size_t i = begin; i + 1 < end; ++i)
    if (c.word(i).punct == Punct::clause_break && c.text_of(i) == ":") return i + 1;
  return end;
}

// Whether words [begin, end) are a list of predicted states: no subject, no past.
bool lists_states(const TurnContext& c, std::size_t begin, std::size_t end) {
  std::size_t words = 0;
  for (std::size_t i = begin; i < end; ++i) {
    if (!(c.word(i).punct == Punct::none)) continue;
    ++words;
    if ((c.word(i).classes & (lexicon::kSubject | lexicon::kSceneExit)) || c.in_list(i, WordList::past_tense_verbs))
      return false;
  }
  return words > 0 && words <= 12;
}

}  // namespace

void carry_recorded_predictions(TurnContext& c) {
  // A sentence records predictions only with a word of prediction_words or
  // "write": a turn with neither records none (records_predictions returns 0).
  if (!c.may_hold(WordList::prediction_words)) {
    std::size_t i = 0;
    while (i < c.size() && c.text_of(i) != "write") ++i;
    if (i == c.size()) return;
  }
  const std::size_t sentences = c.sentence_first.size() - 1;
  for (std::uint32_t s = 0; s < sentences; ++s) {
    const std::size_t from = records_predictions(c, s);
    if (from == 0) continue;
    // the list after the colon, then the sentences that go on listing ("1. Stammer.
    // 2. Cousin laughs. 3. Feel stupid, rated how strongly?")
    // (each sentence is read once: the scan goes on from the first that lists nothing)
    std::size_t begin = from, end = c.sentence_first[s + 1];
    for (std::uint32_t n = s; n < sentences;) {
      if (begin < end) {
        if (!lists_states(c, begin, end)) break;
        for (std::size_t i = begin; i < end; ++i)
          if ((c.word(i).punct == Punct::none) && c.hypothetical_by[i] == -1) c.hypothetical_by[i] = kCarriedOver;
      }
      if (++n >= sentences) break;
      s = n - 1;
      begin = c.sentence_first[n], end = c.sentence_first[n + 1];
    }
  }
}

bool tells_what_happened(const TurnContext& c) {
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (c.word(i).punct != Punct::none || c.hypothetical_by[i] != -1 || c.sentence_question[c.sentence[i]]) continue;
    // in the sentence's own clause, near its start ("Didn't throw up.", "It was fine."),
    // not "that I didn't give up", "when I was twelve"
    if (c.in_list(i, WordList::past_reports) && i < c.sentence_first[c.sentence[i]] + 3) {
      bool own = true;
      for (std::size_t k = c.sentence_first[c.sentence[i]]; k < i; ++k)
        if (c.word(k).classes & (lexicon::kSubordinator | lexicon::kComplementizer | lexicon::kClauseOpener)) own = false;
      if (own) return true;
    }
  }
  return false;
}

void carry_hypotheticals(TurnContext& c, bool previous_turn_asked_hypothetically) {
  // Nothing to carry without a hypothetical in the turn or a hypothetical question before it.
  const auto cued = [](std::int32_t v) { return v >= 0; };
  if (!previous_turn_asked_hypothetically && !c.answers_future_question &&
      std::find_if(c.hypothetical_by.begin(), c.hypothetical_by.end(), cued) == c.hypothetical_by.end() &&
      std::find_if(c.desire_by.begin(), c.desire_by.end(), cued) == c.desire_by.end())
    return;
  // T: "What could you say to yourself?" — C: "Maybe something like, 'It's okay to
  // be tired.'": a quotation that opens the answer is the imagined words.
  if (previous_turn_asked_hypothetically) {
    std::size_t i = 0;
    while (i < c.size() && !c.word(i).quoted && c.sentence[i] == c.sentence[0]) ++i;
    for (; i < c.size() && c.word(i).quoted; ++i)
      if (c.word(i).punct == Punct::none && c.hypothetical_by[i] < 0) c.hypothetical_by[i] = kCarriedOver;
  }
  // One buffer per thread, not a vector allocated and grown for every turn.
  thread_local std::vector<Sentence> sentences;
  sentences_of(c, sentences);
  // T: "What would you say to a friend?" — C: "That it makes sense. That they'd feel
  // embarrassed too, but there's nothing to be ashamed of.": sentences that open
  // the answer with "that" and a subject are the imagined words or thoughts;
  // T: "How would you like to feel afterwards?" — C: "Like I enjoyed it.": "like"
  // and a subject is the imagined state.
  if (previous_turn_asked_hypothetically) {
    for (Sentence& s : sentences) {
      std::size_t i = s.begin;
      // "like" is also a filler word: stop at it
      while (i < s.end && c.text_of(i) != "like" &&
             (c.word(i).punct != Punct::none || (c.word(i).classes & lexicon::kFiller)))
        ++i;
      if (i + 1 >= s.end || (c.text_of(i) != "that" && c.text_of(i) != "like") ||
          !(c.word(i + 1).classes & (lexicon::kSubject | lexicon::kPerson)) ||
          c.word(i + 1).punct != Punct::none) {
        // "Honestly? That Mum hugs me.": a one-word opener before the words is skipped
        if (&s == &sentences.front() && s.words == 1 && !s.has_feeling) continue;
        break;
      }
      // T: "What would you want her to know?" — C: "That I love her. That I'm scared.":
      // the speaker's own state now, told in the words they would say, is reported
      // (as "I'd tell him I'm furious"); "That I'd be fine" stays imagined
      if (c.answers_message_question && c.text_of(i) == "that" && c.text_of(i + 1) == "i" && i + 2 < s.end && c.word(i + 2).punct == Punct::none &&
          !(c.word(i + 2).classes & lexicon::kAuxiliary))
        continue;
      // "Like I said, ...": a reference back, not a state
      if (c.text_of(i) == "like" && i + 2 < s.end && c.in_list(i + 2, WordList::said_before_verbs)) break;
      for (std::size_t k = i; k < s.end; ++k)
        if (c.word(k).punct == Punct::none && c.hypothetical_by[k] == -1) c.hypothetical_by[k] = kCarriedOver;
      s.hypothetical = true;
    }
  }
  // T: "When the urge comes on Friday, what will you notice in your body?" — C: "My
  // legs get restless. And a tightness in the chest.": the answer to a question about
  // a future occasion tells the states of that occasion, until a sentence steps back
  // to now, the past or a habit ("right now", "already", "was", "usually")
  if (c.answers_future_question) {
    for (Sentence& s : sentences) {
      bool steps_back = c.sentence_question[c.sentence[s.begin]];
      for (std::size_t i = s.begin; !steps_back && i < s.end; ++i) {
        if (c.word(i).punct != Punct::none) continue;
        const WordText t = c.text_of(i);
        if ((c.word(i).classes & (lexicon::kSceneExit | lexicon::kHabitual)) ||
            c.in_list(i, WordList::past_tense_verbs) || c.phrase_at(i, WordList::present_anchors) ||
            t == "already" || t == "usually")
          steps_back = true;
      }
      if (steps_back) break;
      if (!s.has_feeling || s.hypothetical) continue;
      // "A bit of nervousness is part of caring.": a feeling that is its sentence's
      // subject is talked about; "That scares me more.": the thought felt now
      bool about = false;
      std::size_t first = s.begin;
      while (first < s.end && (c.word(first).punct != Punct::none || filler(c, first))) ++first;
      for (std::size_t i = s.begin; i < s.end; ++i)
        if (c.word(i).punct == Punct::none && feeling_hit(c, i)) {
          about = state_is_subject(c, i, s.end) ||
                  (i == first + 1 && (c.text_of(first) == "that" || c.text_of(first) == "this"));
          break;
        }
      if (about) continue;
      for (std::size_t i = s.begin; i < s.end; ++i)
        if (c.word(i).punct == Punct::none && c.hypothetical_by[i] == -1) c.hypothetical_by[i] = kCarriedOver;
      s.hypothetical = s.carried = true;
    }
  }
  // P: "And if I can't stop thinking about it?" T: "Then you notice the fear":
  // an answer that opens with "then" is the consequence of the condition asked.
  if (previous_turn_asked_hypothetically && !sentences.empty() && c.text_of(sentences[0].begin) == "then") {
    for (std::size_t i = sentences[0].begin; i < sentences[0].end; ++i)
      if (c.word(i).punct == Punct::none && c.hypothetical_by[i] == -1) c.hypothetical_by[i] = kCarriedOver;
    sentences[0].hypothetical = true;
  }
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    Sentence& s = sentences[k];
    // "I'd still be shaky, but maybe not so lost": a verbless clause after a
    // terminator continues the hypothetical clause before it.
    // "... I'd feel embarrassed, and then probably lighter": so does one after "and"/"or".
    for (std::size_t i = s.begin + 1; i < s.end; ++i) {
      const lexicon::Hit* h = c.hit_at(i);
      std::size_t after = 0;
      std::size_t lead = i;
      if (h && h->first == i && c.has(*h, EntryKind::terminator))
        after = h->last;
      else if (c.clause_start[i] && c.word(i).punct == Punct::none) {
        // the clause starts at "and", or at "then" in "and then"; "..., so less
        // scared" draws a consequence
        if ((c.word(i).classes & lexicon::kCoordinator) || c.text_of(i) == "so")
          after = i + 1;
        else if (c.word(i - 1).punct == Punct::none && (c.word(i - 1).classes & lexicon::kCoordinator))
          lead = i - 1, after = i;
      }
      // "But if he says hi back, massive relief": a verbless consequence after a
      // condition's comma, or an apposition after a wished state
      // ("If I go: guilt, zero.": a colon after the condition opens its rated consequence)
      // (not a wish's: "What I'd like to look at is the loop: the anxiety ...")
      bool after_comma = false, after_colon = false;
      if (!after && c.word(i).punct == Punct::none && c.word(i - 1).punct == Punct::comma) after = i, after_comma = true;
      if (!after && c.word(i).punct == Punct::none && c.word(i - 1).punct == Punct::clause_break &&
          c.tw.folded_token(c.word(i - 1).token) == ":")
        after = i, after_comma = after_colon = true;
      if (!after) continue;
      std::size_t before = lead;
      while (before > s.begin && c.word(before - 1).punct != Punct::none) --before;
      const bool wished = after_comma && !after_colon && before > s.begin && c.hypothetical_by[before - 1] == -1 &&
                          in_wished_clause(c, before - 1);
      if (before == s.begin || !(c.hypothetical_by[before - 1] != -1 || wished_state(c, before - 1) || wished))
        continue;
      if (after_comma && (after_colon || (!wished && !wished_state(c, before - 1))) &&
          !(c.hypothetical_by[before - 1] >= 0 &&
            c.has(c.hits[c.hypothetical_by[before - 1]], EntryKind::conditional)))
        continue;
      // "I'd be scared, but the fun kind of scared": up to two words may describe it first
      std::size_t j = after;
      for (int describing = 0; j < s.end && !feeling_hit(c, j); ++j) {
        if (c.word(j).punct != Punct::none || filler(c, j)) continue;
        // "If you stay, how guilty, from zero to a hundred?": the consequence asked as a degree
        if (j == after && after_comma && c.sentence_question[c.sentence[j]] && c.text_of(j) == "how") continue;
        // "if you decide to tell her, notice any tension in your jaw": the consequence
        // told as what to notice on that occasion (not "If you can, notice ...": an
        // invitation now)
        if (j == after && after_comma && !after_colon && c.text_of(j) == "notice" && !c.sentence_question[c.sentence[j]] &&
            !invites_now(c, c.hits[c.hypothetical_by[before - 1]])) {
          ++describing;
          continue;
        }
        if (describing_word(c, j) && ++describing <= 2) continue;
        if (describing == 1 && j == after + 1 && c.text_of(after) == "notice" &&
            (c.text_of(j) == "any" || c.text_of(j) == "your" || c.text_of(j) == "that"))
          continue;
        j = s.end;
        break;
      }
      if (j >= s.end) continue;
      for (std::size_t m = after; m < s.end && !(m > j && c.clause_start[m]); ++m)
        if (c.word(m).punct == Punct::none && c.hypothetical_by[m] < 0) c.hypothetical_by[m] = kCarriedOver;
    }
    // "proud I guess. that I didn't give up on the stuff that matters": a
    // sentence opening with "that" and a subject after a hypothetical one is its
    // complement, as imagined as the feeling it explains.
    // ("I'm scared of what she'll say. Or that she's been let down by me.": not
    // after a sentence whose feeling is felt now)
    if (k > 0 && sentences[k - 1].hypothetical && !s.hypothetical &&
        (sentences[k - 1].carried || imagines_its_feeling(c, sentences[k - 1]))) {
      std::size_t i = s.begin;
      while (i < s.end && (c.word(i).punct != Punct::none || (c.word(i).classes & lexicon::kFiller))) ++i;
      if (i + 1 < s.end && c.text_of(i) == "that" && c.word(i + 1).punct == Punct::none &&
          (c.word(i + 1).classes & (lexicon::kSubject | lexicon::kPerson))) {
        for (std::size_t m = i; m < s.end; ++m)
          if (c.word(m).punct == Punct::none && c.hypothetical_by[m] == -1) c.hypothetical_by[m] = kCarriedOver;
        s.hypothetical = s.carried = true;
        continue;
      }
    }
    // "I'd want to look at him and feel love. And to go down the stairs standing up,
    // not afraid.": "and to" goes on with the wish before it
    if (k > 0 && sentences[k - 1].wish && s.begin + 2 < s.end && (c.word(s.begin).classes & lexicon::kCoordinator) &&
        c.text_of(s.begin + 1) == "to") {
      for (std::size_t m = s.begin; m < s.end; ++m)
        if (c.word(m).punct == Punct::none && c.hypothetical_by[m] == -1) c.hypothetical_by[m] = kCarriedOver;
      s.hypothetical = s.carried = s.wish = true;
      continue;
    }
    // "Calmer. Like I understand something. Not so lost.": a simile opening the
    // sentence after a hypothetical one describes that state, as imagined as it,
    // and the fragment after it goes on with the same state
    if (k > 0 && sentences[k - 1].hypothetical && !s.hypothetical && elaborates_by_simile(c, s)) {
      for (std::size_t m = s.begin; m < s.end; ++m)
        if (c.word(m).punct == Punct::none && c.hypothetical_by[m] == -1) c.hypothetical_by[m] = kCarriedOver;
      s.hypothetical = s.carried = true;
      s.has_feeling = s.has_feeling || sentences[k - 1].has_feeling;
      continue;
    }
    // "Then shame, because I'd have wasted the ticket": a fragment with a cue
    // later on still opens with a feeling that continues the sentence before.
    if (!s.fragment) continue;
    // What it continues: the last sentence with a feeling or a cue, skipping "Honestly?", "Maybe.".
    bool inherit = false;
    std::size_t j = k;
    while (true) {
      if (j == 0) {
        // a loose fragment opening the turn is not an answer ("So first the
        // embarrassment, and then anger" after "why would she do that?")
        // ("Shaking a bit, I think. Nobody threw anything.": an answer that tells
        // what happened reports how the predicted states turned out)
        inherit = previous_turn_asked_hypothetically && (!s.loose || tells_time_course(c, s)) && !tells_what_happened(c);
        // "Shaky now?", "Calmer at the moment.": a word of the present anchors
        // the fragment in the room, not in the state imagined before
        for (std::size_t i = s.begin; inherit && i < s.end; ++i)
          if (c.word(i).punct == Punct::none && c.phrase_at(i, WordList::present_anchors)) inherit = false;
        break;
      }
      --j;
      const Sentence& p = sentences[j];
      // "I'll go. Um, knackered.": a loose fragment continues an imagined feeling, not any modal
      // ("I'd want to be bored. Honestly. Bored and a bit happy.": or a wish)
      if (p.hypothetical && s.loose && !p.has_feeling && !p.wish) break;
      if (p.hypothetical) {
        // "- A flash of panic, then guilt you could have ...\n- Anger at the staffing":
        // list items are parallel; one item's own cue does not qualify the next
        inherit = !(s.item != 0 && p.item != s.item && !p.carried);
        // "My eyes are heavy, I'd have a little sleep. And peaceful.": the sentence's
        // feelings are all felt now; its modal qualifies something else
        if (!p.carried && !imagines_its_feeling(c, p)) inherit = false;
        break;
      }
      // "I don't know. Maybe sad.", "Not sure. Relieved?": a word of not knowing
      // before the answer is skipped as "Honestly?" is (round thirty-four)
      if (!p.has_feeling && !p.hypothetical && p.words <= 4 && says_not_knowing(c, p)) continue;
      if (p.has_feeling || p.words > 3) break;
    }
    // "maybe a bit lighter reading that back", "anxious just thinking about it":
    // a feeling of the act of imagining or saying it is felt now
    for (std::size_t i = s.begin; inherit && i + 2 < s.end; ++i)
      if (feeling_hit(c, i)) {
        std::size_t k = c.hit_at(i)->last;
        if (c.word(k).classes & lexicon::kSkippable) ++k;
        inherit = !(k + 1 < s.end && ends_with_ing(c.text_of(k)) &&
                    (c.word(k + 1).classes & (lexicon::kSubject | lexicon::kDeterminer | lexicon::kPreposition)));
        break;
      }
    if (!inherit) continue;
    for (std::size_t i = s.begin; i < s.end; ++i)
      if (c.word(i).punct == Punct::none && c.hypothetical_by[i] == -1) c.hypothetical_by[i] = kCarriedOver;
    if (!s.hypothetical) s.carried = true;
    s.hypothetical = true;  // the next fragment may continue this one
  }
}

// "If the itching gets worse, we can try another brand. Any nausea with the
// patches?": the turn ends on an item of a symptom checklist, a question opened by
// "any" after a statement; its answer ("No nausea.") reports (round thirty-seven).
bool ends_with_checklist_question(const TurnContext& c) {
  std::size_t last = c.size();
  while (last > 0 && c.word(last - 1).punct != Punct::none) --last;
  if (last == 0) return false;
  const std::uint32_t s = c.sentence[last - 1];
  if (!c.sentence_question[s] || s == 0 || c.sentence_question[s - 1]) return false;
  std::size_t i = c.sentence_first[s];
  while (i < last && c.word(i).punct != Punct::none) ++i;
  return c.text_of(i) == "any";
}

bool ends_asking_of_now(const TurnContext& c) {
  std::size_t last = c.size();
  while (last > 0 && c.word(last - 1).punct != Punct::none) --last;
  if (last == 0 || !c.sentence_question[c.sentence[last - 1]]) return false;
  const std::uint32_t s = c.sentence[last - 1];
  const std::size_t begin = c.sentence_first[s];
  bool how_are_you = false, now = false;
  for (std::size_t i = begin; i < last; ++i) {
    if (c.word(i).punct != Punct::none) continue;
    const WordText t = c.text_of(i);
    // a modal or a condition asks of an imagined occasion ("what would you feel now?")
    if (t == "would" || t == "'d" || t == "will" || t == "'ll" || t == "might" || t == "could" || t == "if")
      return false;
    // "as you hear that", "as you type this", "as you watch it": the hearing is the talk's
    if (t == "as" && i + 3 < last && (c.text_of(i + 1) == "you" || c.text_of(i + 1) == "we")) {
      const WordText v = c.text_of(i + 2), o = c.text_of(i + 3);
      if ((v == "hear" || v == "watch" || v == "type" || v == "read" || v == "say") &&
          (o == "this" || o == "that" || o == "it"))
        return true;
    }
    if (t == "as" && i + 2 < last && c.text_of(i + 1) == "we" && c.text_of(i + 2) == "talk") return true;
    if (t == "how" && i + 3 < last && c.text_of(i + 1) == "are" && c.text_of(i + 2) == "you" &&
        (c.text_of(i + 3) == "feeling" || c.text_of(i + 3) == "doing"))
      how_are_you = true;
    if (t == "now" && !(i > begin && (c.text_of(i - 1) == "from" || c.text_of(i - 1) == "by"))) now = true;
  }
  // "How are you feeling now?", "And how are you doing right now, sat in the van?"
  return how_are_you && now;
}

bool ends_with_question(const TurnContext& c) {
  std::size_t last = c.size();
  while (last > 0 && c.word(last - 1).punct != Punct::none) --last;
  return last > 0 && c.sentence_question[c.sentence[last - 1]];
}

bool ends_asking_for_message(const TurnContext& c) {
  std::size_t last = c.size();
  while (last > 0 && c.word(last - 1).punct != Punct::none) --last;
  if (last == 0 || !c.sentence_question[c.sentence[last - 1]]) return false;
  const std::uint32_t s = c.sentence[last - 1];
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i)
    if (c.word(i).punct == Punct::none && ((c.word(i).classes & lexicon::kSpeech) || c.text_of(i) == "know"))
      return true;
  return false;
}

bool asks_what_pictured(const TurnContext& c, std::uint32_t s) {
  std::size_t i = c.sentence_first[s];
  const std::size_t end = c.sentence_first[s + 1];
  while (i < end && (c.word(i).punct != Punct::none || (c.word(i).classes & lexicon::kCoordinator))) ++i;
  if (i >= end || c.text_of(i) != "what") return false;
  for (std::size_t k = i + 1; k < end; ++k) {
    if (c.word(k).punct != Punct::none) continue;
    const WordText t = c.text_of(k);
    if (t == "here" || t == "now" || t == "when" || t == "if" || c.in_list(k, WordList::past_tense_verbs)) return false;
    const lexicon::Hit* h = c.hit_at(k);
    if (!h || h->first != k || !c.has(*h, EntryKind::imagination) || c.has(*h, EntryKind::hypothetical_pseudo) ||
        c.text_of(k - 1) != "you")
      continue;
    // the cue ends the question or its clause: "... you picture?", "you picture, when ..."
    return h->last >= end || c.word(h->last).punct != Punct::none;
  }
  return false;
}

bool ends_asking_future_state(const TurnContext& c) {
  std::size_t last = c.size();
  while (last > 0 && c.word(last - 1).punct != Punct::none) --last;
  if (last == 0 || !c.sentence_question[c.sentence[last - 1]]) return false;
  const std::uint32_t s = c.sentence[last - 1];
  const std::size_t begin = c.sentence_first[s], end = c.sentence_first[s + 1];
  for (std::size_t i = begin; i + 1 < end; ++i) {
    if (c.word(i).punct != Punct::none) continue;
    const WordText t = c.text_of(i);
    std::size_t verb = 0;
    // "will you notice", "you'll feel", "you will feel", "are you going to feel"
    if ((t == "will" || t == "'ll") && i + 1 < end) {
      const bool you_after = c.text_of(i + 1) == "you";
      const bool you_before = i > begin && c.text_of(i - 1) == "you";
      if (you_after) verb = i + 2;
      else if (you_before) verb = i + 1;
    } else if (t == "going" && i > begin && i + 2 < end && c.text_of(i + 1) == "to" &&
               (c.text_of(i - 1) == "you" || c.text_of(i - 1) == "'re")) {
      verb = i + 2;
    }
    if (verb == 0 || verb >= end || c.word(verb).punct != Punct::none) continue;
    if (c.text_of(verb) == "be" && verb + 1 < end) ++verb;  // "will you be feeling"
    if ((c.word(verb).classes & lexicon::kFeel) || c.text_of(verb) == "notice" || c.text_of(verb) == "feeling")
      return true;
  }
  // "What's the worst version of sixty you picture?", "What do you picture, when you
  // think of becoming like him?": what the listener pictures, the picture's object
  // the "what", asks for an imagined state as a coming occasion does (round
  // thirty-seven; not "When you picture it, what comes up?", felt now)
  if (asks_what_pictured(c, s)) return true;
  // "When you sit down to the pudding tonight, what's one thing you can say to
  // yourself?": a "when you" clause set at a coming time asks of that occasion
  // (not "When you got home last night, what did you feel?")
  bool when_you = false, coming = false;
  for (std::size_t i = begin; i < end; ++i) {
    if (c.word(i).punct != Punct::none) continue;
    if (c.in_list(i, WordList::past_tense_verbs) || (c.word(i).classes & lexicon::kSceneExit)) return false;
    // (not "When you picture walking in tomorrow", "when you think 'tomorrow's ruined'":
    // the picturing or the thought is now)
    if (c.text_of(i) == "when" && i + 2 < end && c.text_of(i + 1) == "you" && c.text_of(i + 2) != "think") {
      const lexicon::Hit* h = c.hit_at(i + 2);
      if (!(h && c.has(*h, EntryKind::imagination))) when_you = true;
    }
    // ("tonight", "tomorrow", "next week"; not "what happens next?", "soon", "later")
    const WordText t = c.text_of(i);
    if (when_you && !c.word(i).quoted && c.in_list(i, WordList::forecast_times) && t != "soon" && t != "later" &&
        (t != "next" || (i + 1 < end && c.word(i + 1).punct == Punct::none)))
      coming = true;
  }
  return when_you && coming;
}

bool ends_with_hypothetical_question(const TurnContext& c) {
  if (c.size() == 0) return false;
  std::size_t last = c.size();
  while (last > 0 && c.word(last - 1).punct != Punct::none) --last;
  if (last == 0) return false;
  std::uint32_t s = c.sentence[last - 1];
  // "How would you feel if you came home and you'd done it? The whole trip.": a
  // short verbless addition after the question goes on asking it
  if (!c.sentence_question[s] && s > 0 && c.sentence_question[s - 1] && c.sentence_words[s] <= 4) {
    bool verb = false;
    for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i)
      if (c.word(i).punct == Punct::none &&
          (c.word(i).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel | lexicon::kAction |
                                lexicon::kSceneExit | lexicon::kInstruction)))
        verb = true;
    if (!verb) {
      --s;
      last = c.sentence_first[s + 1];
      while (last > 0 && c.word(last - 1).punct != Punct::none) --last;
    }
  }
  // Only a modal question ("What would it be like?") makes the reply's fragment
  // imagined; "If you think about it, what comes up?" asks for what is felt now,
  // and a statement's echo ("A month ago I would have stopped." — "Annoyed, but
  // not devastated.") is about now.
  if (!c.sentence_question[s]) return false;
  auto modal_in = [&](std::uint32_t q) {
    // "What were you feeling when you were thinking "she'll go high"?": a cue in
    // a thought quoted whole in the question does not make it ask about an
    // imagined state (an odd first mark closes a quotation of the sentence before)
    auto quote_mark = [&](std::size_t i) {
      if (c.word(i).punct != Punct::clause_break) return false;
      const std::string_view t = c.tw.folded_token(c.word(i).token);
      return t == "\"" || t == "\u201c" || t == "\u201d";
    };
    std::size_t marks = 0;
    for (std::size_t i = c.sentence_first[q]; i < c.sentence_first[q + 1]; ++i) marks += quote_mark(i);
    bool quoted = false, skip_first = marks % 2 == 1;
    for (std::size_t i = c.sentence_first[q]; i < c.sentence_first[q + 1]; ++i) {
      if (quote_mark(i)) {
        if (skip_first) skip_first = false;
        else quoted = !quoted;
      }
      if (quoted) continue;
      if (c.hypothetical_by[i] == kCarriedOver) return true;
      if (c.hypothetical_by[i] >= 0 && c.has(c.hits[c.hypothetical_by[i]], EntryKind::hypothetical))
        return true;
    }
    return false;
  };
  if (modal_in(s)) return true;
  // "How would you like to feel afterwards?", "What do you hope to feel?": a
  // question about a wished state (not "Do you want to talk about it?")
  for (std::size_t i = c.sentence_first[s]; i < last; ++i)
    if (c.word(i).punct == Punct::none && wished_state(c, i)) return true;
  // "How do you imagine feeling if you've done it?": the question asks what is
  // imagined; not "If you imagine resting, what do you notice?" (the cue is in
  // the condition) nor "When you picture it, what comes up?" nor "What do you
  // notice as you picture that?" (an occasion, or the time of imagining), nor "How
  // does it feel in your body right now, picturing that?" (asked of the room)
  bool room_now = false;
  for (std::size_t i = c.sentence_first[s] + 1; i < last; ++i)
    if (c.word(i).punct == Punct::none && (c.text_of(i) == "here" || (c.text_of(i) == "now" && c.text_of(i - 1) == "right")))
      room_now = true;
  for (std::size_t i = c.sentence_first[s]; i < last && !room_now; ++i) {
    const lexicon::Hit* h = c.hit_at(i);
    if (!h || h->first != i || !c.has(*h, EntryKind::imagination) || c.has(*h, EntryKind::hypothetical_pseudo))
      continue;
    if (c.hypothetical_by[i] >= 0 || c.negated_by[i] >= 0) continue;  // under "if", or "can't imagine"
    bool occasion = false;
    for (std::size_t k = i, n = 0; k-- > c.sentence_first[s] && n < 3; ++n)
      if ((c.word(k).classes & lexicon::kHabitual) || c.in_list(k, WordList::occasion_words)) occasion = true;
    if (!occasion) return true;
  }
  // "What do you wish he would say?", "And what do you hope might happen?": a wish or
  // hope for what someone would do or say asks for an imagined happening (the modal
  // is under the desire cue, not a cue of its own)
  if (c.word(c.sentence_first[s]).classes & lexicon::kWh || c.text_of(c.sentence_first[s]) == "and") {
    bool desire = false;
    for (std::size_t i = c.sentence_first[s]; i < last; ++i) {
      if (c.word(i).punct != Punct::none) continue;
      if (const lexicon::Hit* h = c.hit_at(i); h && h->first == i && c.has(*h, EntryKind::desire)) desire = true;
      const WordText t = c.text_of(i);
      if (desire && (t == "would" || t == "might" || t == "'d" || t == "will" || t == "'ll")) return true;
    }
  }
  // "And if it doesn't work?": a question that is only a condition asks what would follow.
  std::size_t opener_at = c.sentence_first[s];
  while (opener_at < last &&
         (c.word(opener_at).punct != Punct::none || (c.word(opener_at).classes & lexicon::kCoordinator)))
    ++opener_at;
  if (const std::int32_t cue = c.hypothetical_by[last - 1];
      cue >= 0 && c.hits[cue].first == opener_at && c.has(c.hits[cue], EntryKind::conditional))
    return true;
  // "What would it be like if the check-in was about this? Not the phone, but
  // what each of you is carrying?": a question that opens with "not", "or",
  // "and" or "but" goes on asking the one before it.
  const std::size_t first = c.sentence_first[s];
  if (s == 0 || !c.in_list(first, WordList::follow_up_openers)) return false;
  return c.sentence_question[s - 1] && modal_in(s - 1);
}

}  // namespace feltline::analyse

namespace feltline::analyse {

bool ends_with_imagined_feeling(const std::vector<Mention>& mentions) {
  // The last emotion or sensation decides: after "I'm not devastated, though. A
  // month ago I would have put the cello down." a reflection is about now.
  for (auto m = mentions.rbegin(); m != mentions.rend(); ++m)
    if (m->kind == MentionKind::emotion || m->kind == MentionKind::sensation) {
      // "Let your shoulders soften." — "a bit calmer now": an answer to an
      // instruction reports what happened.
      // "Notice if there's any tension left in your jaw." — "Still there. Clenched.": so
      // does an answer to an instruction to look.
      for (const auto& cue : m->cues)
        if (cue.rfind("imperative:", 0) == 0 || cue == "hypothetical:looked for") return false;
      return m->hypothetical;
    }
  return false;
}

bool ends_with_obligation(const TurnContext& c) {
  // The last emotion or sensation decides, as in ends_with_imagined_feeling.
  for (auto k = c.candidates.rbegin(); k != c.candidates.rend(); ++k)
    if (k->kind == MentionKind::emotion || k->kind == MentionKind::sensation) {
      const std::int32_t cue = c.hypothetical_by[k->head];
      return cue >= 0 && c.in_list(c.hits[cue].first, WordList::obligation_modals);
    }
  return false;
}

}  // namespace feltline::analyse
