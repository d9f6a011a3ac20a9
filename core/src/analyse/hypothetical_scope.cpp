#include "analyse/hypothetical_scope.hpp"

#include <cstdint>
#include <vector>

#include "analyse/arriving_state.hpp"
#include "analyse/context_scope.hpp"
#include "analyse/hypothetical_carryover.hpp"

namespace feltline::analyse {
namespace {

using lexicon::EntryKind;
using lexicon::WordList;

bool is_cue_of(const TurnContext& c, const lexicon::Hit& h, EntryKind kind) {
  return c.has(h, kind) && !c.has(h, EntryKind::hypothetical_pseudo);
}

// "I'd feel guilty every time I gave in", "whenever he called I'd go cold":
// "would" of a habit in the past reports what was felt. One pass for the
// sentences' flags, one for the cues (linear on a huge one-sentence turn).
void drop_habitual_would(TurnContext& c) {
  if (!c.turn_has(EntryKind::hypothetical)) return;  // it only narrows the scope of such cues
  if (!c.has_class(lexicon::kHabitual)) return;     // no sentence of a habit
  const std::size_t sentences = c.sentence_first.size() - 1;
  std::vector<std::uint8_t>& habitual = c.scratch.habitual;
  habitual.assign(sentences, 0);
  for (std::size_t i = 0; i < c.size(); ++i) {
    // ("If I were to stay, I'd feel guilty every day": a habit word after the "if"
    // does not undo the condition)
    if ((c.word(i).classes & lexicon::kHabitual) && habitual[c.sentence[i]] == 0) habitual[c.sentence[i]] = 1;
    if (const lexicon::Hit* h = c.hit_at(i); h && h->first == i && is_cue_of(c, *h, EntryKind::conditional))
      habitual[c.sentence[i]] = 2;  // "if": a condition, not a habit
  }
  for (std::size_t h = 0; h < c.hits.size(); ++h) {
    const lexicon::Hit& cue = c.hits[h];
    const std::uint32_t s = c.sentence[cue.first];
    if (habitual[s] != 1 || c.sentence_question[s] || cue.last != cue.first + 1) continue;
    // "If I were to stay, I'd feel guilty. Every phone call I'd feel it.": the
    // sentence after a condition goes on with its consequence
    if (s > 0 && habitual[s - 1] == 2) continue;
    if (!c.in_list(cue.first, WordList::would_forms) || !is_cue_of(c, cue, EntryKind::hypothetical)) continue;
    // "I'd hope not to be jumpy every time the phone buzzes": a wish, not a habit
    if (cue.last < c.size() && (c.word(cue.last).classes & lexicon::kWishVerb)) continue;
    // its scope is contiguous (punctuation aside) from the cue on
    for (std::size_t i = cue.last; i < c.size(); ++i) {
      if (c.word(i).punct != Punct::none) continue;
      if (c.hypothetical_by[i] != static_cast<std::int32_t>(h)) break;
      c.hypothetical_by[i] = -1;
    }
  }
}

// "When my ex used to come round, I'd get mad", "Before, I would be shouting at
// the TV", "When the wean was wee I'd be up at six": "would" after a past time set
// at the front of its sentence ("used to" before it, a fronted "before," or a
// fronted "when" clause with a past verb) tells a past habit: a report (round
// thirty-seven). ("And I'd feel warm inside, like I used to." compares after it;
// "Being told it was anxiety when your body was unwell would make anyone furious"
// opens on no past time.)
void drop_past_habit_would(TurnContext& c) {
  if (!c.turn_has(EntryKind::hypothetical)) return;
  const std::size_t sentences = c.sentence_first.size() - 1;
  // the sentence whose "would" told a past habit: the next one's "would" goes on
  // with it ("... I'd get mad. My stomach would drop when I heard the car.")
  std::uint32_t habit_sentence = ~0u;
  for (std::size_t h = 0; h < c.hits.size(); ++h) {
    const lexicon::Hit& cue = c.hits[h];
    const std::uint32_t s = c.sentence[cue.first];
    if (s >= sentences || c.sentence_question[s] || cue.last != cue.first + 1) continue;
    if (!c.in_list(cue.first, WordList::would_forms) || !is_cue_of(c, cue, EntryKind::hypothetical)) continue;
    if (cue.last < c.size() && (c.word(cue.last).classes & lexicon::kWishVerb)) continue;
    const std::size_t first = c.sentence_first[s];
    std::size_t f = first;
    while (f < cue.first && (c.word(f).punct != Punct::none || (c.word(f).classes & lexicon::kCoordinator))) ++f;
    bool past = f + 1 < cue.first && c.text_of(f) == "before" && c.word(f + 1).punct == Punct::comma;
    const bool fronted_when = c.text_of(f) == "when" || c.text_of(f) == "whenever";
    bool condition = false;
    for (std::size_t i = f; i < cue.first; ++i) {
      if (c.word(i).punct != Punct::none) continue;
      if (c.text_of(i) == "used" && i + 1 < cue.first && c.text_of(i + 1) == "to") past = true;
      if (fronted_when && c.in_list(i, WordList::past_tense_verbs)) past = true;
      if (const lexicon::Hit* k = c.hit_at(i); k && k->first == i && is_cue_of(c, *k, EntryKind::conditional))
        condition = true;
    }
    if (habit_sentence != ~0u && s == habit_sentence + 1) past = true;
    if (!past || condition) continue;
    habit_sentence = s;
    for (std::size_t i = cue.last; i < c.size(); ++i) {
      if (c.word(i).punct != Punct::none) continue;
      if (c.hypothetical_by[i] != static_cast<std::int32_t>(h)) break;
      c.hypothetical_by[i] = -1;
    }
  }
}

// "It might help his worry", "That might help with the Sunday hiraeth", "It might help
// to notice that sinking feeling with kindness": help offered with a state that is there
// now; the state is no more imagined for the help being only possible (round
// thirty-seven (b)). Not "It might help you feel calmer" (a feel or be verb before the
// state: the helped-to state is hoped for), nor "What might help when the fear comes?".
void drop_offered_help(TurnContext& c) {
  if (!c.turn_has(EntryKind::hypothetical)) return;
  for (std::size_t h = 0; h < c.hits.size(); ++h) {
    const lexicon::Hit& cue = c.hits[h];
    if (cue.last != cue.first + 1 || cue.last >= c.size() || !is_cue_of(c, cue, EntryKind::hypothetical)) continue;
    if (!c.in_list(cue.first, WordList::possibility_modals) || c.text_of(cue.last) != "help") continue;
    for (std::size_t i = cue.last; i < c.size(); ++i) {
      if (c.word(i).punct != Punct::none) continue;
      // (looking at a state is no feeling of it: "help to notice that heaviness")
      if ((c.word(i).classes & (lexicon::kFeel | lexicon::kBe | lexicon::kBecome)) && c.text_of(i) != "notice") break;
      // "What might help when the fear comes at night?": a coming occasion
      const WordText t = c.text_of(i);
      if (t == "when" || t == "whenever" || t == "if" || t == "before" || t == "next") break;
      if (c.hypothetical_by[i] != static_cast<std::int32_t>(h)) break;
      c.hypothetical_by[i] = -1;
    }
  }
}

// "You might feel good on a Saturday, do three loads of laundry, then spend
// Monday paying for it in pain", "you might expect to feel wonderful, and
// instead feel flat": a predicate joined to a modal's clause with no subject of
// its own shares the modal. A new subject, a determiner, a wh-word or a
// relative or causal opener ("which", "because") starts a clause of its own.
bool opens_shared_predicate(const TurnContext& c, std::size_t i, std::size_t end) {
  bool joined = false;
  for (; i < end; ++i) {
    if (c.word(i).punct != Punct::none) continue;
    if (c.word(i).classes & (lexicon::kCoordinator | lexicon::kSkippable | lexicon::kPredicateJoiner)) {
      joined = true;
      continue;
    }
    break;
  }
  if (!joined || i >= end) return false;
  const Word& w = c.word(i);
  if (w.classes & (lexicon::kSubject | lexicon::kPerson | lexicon::kDeterminer | lexicon::kWh |
                   lexicon::kClauseOpener | lexicon::kSubordinator))
    return false;
  const lexicon::Hit* h = c.hit_at(i);
  return !(h && (c.is_cue(*h) || c.is_content(*h)));
}

void shared_modal(TurnContext& c) {
  if (!c.turn_has(EntryKind::hypothetical)) return;  // it shares only such a cue's scope
  for (std::size_t i = 1; i < c.size(); ++i) {
    if (c.word(i).punct != Punct::none || !c.clause_start[i]) continue;
    std::size_t p = i;
    while (p > 0 && c.word(p - 1).punct != Punct::none) --p;
    if (p == 0 || c.sentence[p - 1] != c.sentence[i]) continue;
    const std::int32_t cue = c.hypothetical_by[p - 1];
    if (cue < 0 || !c.has(c.hits[cue], EntryKind::hypothetical)) continue;
    const std::size_t end = c.sentence_first[c.sentence[i] + 1];
    if (!opens_shared_predicate(c, i, end)) continue;
    std::size_t m = i;
    for (; m < end && !(m > i && c.clause_start[m] && c.word(m).punct == Punct::none); ++m)
      if (c.word(m).punct == Punct::none && c.hypothetical_by[m] == -1) c.hypothetical_by[m] = cue;
  }
}

// "she'd probably say something like, of course you're exhausted": what someone
// would say is imagined speech, to the end of the sentence. "I'd say I'm
// anxious" is a hedge (a pseudo cue), and so is "I would honestly say".
void imagined_speech(TurnContext& c) {
  // only a modal, or "I'd say" (a pseudo cue), starts imagined speech
  if (!(c.hit_kinds & (kind_bit(EntryKind::hypothetical) | kind_bit(EntryKind::hypothetical_pseudo)))) return;
  std::vector<std::int32_t>& starts = c.scratch.speech_starts;  // per word: the modal whose speech starts here
  starts.assign(c.size(), -1);
  bool any = false;
  for (std::size_t h = 0; h < c.hits.size(); ++h) {
    const lexicon::Hit& cue = c.hits[h];
    // "He'd say, mate, everyone's upset", "I'd say, pet, you're exhausted": set
    // off by a comma, the words are spoken to someone, not a hedge
    if (c.has(cue, EntryKind::hypothetical_pseudo) && cue.last < c.size() && cue.last > cue.first + 1 &&
        c.word(cue.last).punct == Punct::comma && c.text_of(cue.last - 1) == "say") {
      starts[cue.last] = static_cast<std::int32_t>(h);
      any = true;
      continue;
    }
    if (!is_cue_of(c, cue, EntryKind::hypothetical)) continue;
    std::size_t i = cue.last;
    for (int skipped = 0; i < c.size() && c.word(i).punct == Punct::none && skipped < 2; ++skipped, ++i)
      if (!(c.word(i).classes & (lexicon::kSkippable | lexicon::kFiller))) break;
    if (i >= c.size() || c.word(i).punct != Punct::none || !(c.word(i).classes & lexicon::kSpeech)) continue;
    if (cue.first > 0 && c.text_of(cue.first - 1) == "i" && c.text_of(i) == "say") continue;
    starts[i] = static_cast<std::int32_t>(h);
    any = true;
  }
  if (!any) return;
  std::int32_t active = -1;
  bool own = false;  // inside "I'm ..." said by the speaker: "I'd tell him I'm furious"
  for (std::size_t k = 0; k < c.size(); ++k) {
    if (k > 0 && c.sentence[k] != c.sentence[k - 1]) active = -1, own = false;
    if (starts[k] >= 0) active = starts[k], own = false;
    if (active < 0 || c.word(k).punct != Punct::none) continue;
    // What the speaker would tell someone they are now is their own state,
    // reported (settled before round five, 5); "I'd tell her I'd be lost" stays imagined.
    const lexicon::Hit& modal = c.hits[active];
    if (c.clause_start[k]) own = false;
    if (modal.first > 0 && c.text_of(modal.first - 1) == "i" && c.text_of(k) == "i" && k + 1 < c.size() &&
        c.text_of(k + 1) == "am")
      own = true;
    if (own) {
      if (c.hypothetical_by[k] == active) c.hypothetical_by[k] = -1;
      continue;
    }
    if (c.hypothetical_by[k] < 0) c.hypothetical_by[k] = active;
  }
}

bool opens_quotation(const TurnContext& c, std::size_t k) {
  const Word& w = c.word(k);
  if (w.quoted) return true;
  if (w.punct != Punct::clause_break) return false;
  const std::string_view p = c.tw.folded_token(w.token);
  return p == ":" || p == "\"" || p == "\xE2\x80\x9C" || p == "\xE2\x80\x9D";
}

// "You tell him, calmly: I'm exhausted.", "Say to yourself: I'm safe.": words
// that "you" are to say, or are told to say, introduced by a colon or a
// quotation, are imagined speech without a modal. Only the base form (class
// speech_opener; and "telling"/"saying" after "yourself") prescribes: "you told
// me: ..." reports.
void prescribed_speech(TurnContext& c) {
  if (!c.has_class(lexicon::kSpeech)) return;  // every rule below starts at a speech verb
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (c.word(i).punct != Punct::none || !(c.word(i).classes & lexicon::kSpeech)) continue;
    std::size_t p = i;  // the word before the verb, past an adverb ("you calmly tell")
    while (p > 0 && c.word(p - 1).punct == Punct::none && (c.word(p - 1).classes & lexicon::kSkippable)) --p;
    const std::string_view before = p > 0 && c.word(p - 1).punct == Punct::none ? c.text_of(p - 1) : "";
    // "if instead you walked in and said, 'I feel like a failure'": speech under a
    // condition is imagined with it ("May I ask: ..." is a request)
    const bool conditional =
        c.hypothetical_by[i] >= 0 && c.has(c.hits[c.hypothetical_by[i]], EntryKind::conditional);
    // "as you write: a tight chest" describes what the listener is doing
    const bool occasion = p >= 2 && (c.word(p - 2).classes & lexicon::kSubordinator);
    const bool prescribed = ((c.word(i).classes & lexicon::kSpeechOpener) &&
                             ((before == "you" && !occasion) || c.clause_start[p])) ||
                            (c.in_list(i, WordList::self_talk_verbs) && before == "yourself") || conditional;
    if (!prescribed || (c.word(i).classes & lexicon::kHabitual)) continue;
    // "and said, 'I got another no and I feel like a failure,' what ...": single
    // quotation marks are not kept as words, so a comma and "I" open the
    // imagined words of a condition, to the next comma
    if (conditional && i + 2 < c.size() && c.word(i + 1).punct == Punct::comma && c.text_of(i + 2) == "i") {
      for (std::size_t k = i + 2; k < c.size() && c.word(k).punct != Punct::comma && c.sentence[k] == c.sentence[i]; ++k)
        if (c.word(k).punct == Punct::none && c.hypothetical_by[k] == -1) c.hypothetical_by[k] = kImaginedSpeech;
      continue;
    }
    // the quotation opens within a few words, in the same sentence: "tell him, calmly: ..."
    std::size_t q = i + 1;
    for (int words = 0; q < c.size() && c.sentence[q] == c.sentence[i] && words < 4; ++q) {
      if (opens_quotation(c, q)) break;
      if (c.word(q).punct == Punct::none) ++words;
    }
    if (q >= c.size() || c.sentence[q] != c.sentence[i] || !opens_quotation(c, q)) continue;
    for (std::size_t k = q; k < c.size() && c.sentence[k] == c.sentence[i]; ++k)
      if (c.word(k).punct == Punct::none && c.hypothetical_by[k] == -1)
        c.hypothetical_by[k] = kImaginedSpeech;
  }
}

// "She'd say she wasn't sad all the time", "he'd say youre an idiot, course youre
// raging", "It'd say that voice is scared": what another person (or an imagined
// voice) would say is imagined speech to the sentence's end, past the commas and
// tenses of the words said, which would otherwise end the modal's scope. Only a
// third person: "I'd say I'm angry" is a hedge and "I'd tell him I'm exhausted"
// is read both ways by the splits; a habit ("she'd always say") reports.
void imagined_third_person_speech(TurnContext& c) {
  if (!c.has_class(lexicon::kSpeech) || !c.may_hold(WordList::third_person_subjects) ||
      !c.may_hold(WordList::would_forms))
    return;
  // Each sentence is read once for a habit and marked once to its end, however
  // many speakers it quotes: per match, one long sentence would be quadratic.
  std::size_t habit_sentence = SIZE_MAX, marked_to = 0;
  bool habit = false;
  for (std::size_t i = 0; i + 2 < c.size(); ++i) {
    if (c.word(i).punct != Punct::none || !c.in_list(i, WordList::third_person_subjects)) continue;
    if (i > 0 && c.word(i - 1).punct == Punct::none && !c.clause_start[i]) continue;  // "what she'd say" asks
    std::size_t v = i + 1;
    if (!c.in_list(v, WordList::would_forms)) continue;
    ++v;
    while (v < c.size() && c.word(v).punct == Punct::none && c.in_list(v, WordList::speech_hedges)) ++v;
    if (v >= c.size() || !(c.word(v).classes & lexicon::kSpeechOpener)) continue;
    const std::size_t sentence = c.sentence[i];
    if (sentence != habit_sentence) {
      habit_sentence = sentence;
      habit = false;
      for (std::size_t k = c.sentence_first[sentence]; k < c.size() && c.sentence[k] == sentence; ++k)
        habit = habit || (c.word(k).classes & lexicon::kHabitual);
    }
    if (habit || c.sentence_question[sentence]) continue;
    if (v + 1 < marked_to) continue;  // an earlier speaker's words already run to this sentence's end
    std::size_t k = v + 1;
    for (; k < c.size() && c.sentence[k] == sentence; ++k)
      if (c.word(k).punct == Punct::none && c.hypothetical_by[k] == -1) c.hypothetical_by[k] = kImaginedSpeech;
    marked_to = k;
  }
}

// "Some people feel a bit lost without the app at first, or even grieve it",
// "Some women find they grieve ...": what some people feel is a possibility
// offered to the listener (settled case 8), to the sentence's end or a clause
// with a subject of its own; "a lot of / many / most people feel" states a
// common fact and reports, as the splits annotate it.
void offered_possibility(TurnContext& c) {
  // Where the last scan stopped: a later match before it would mark the same
  // words and stop at the same place, so it is skipped (one long sentence of
  // "some people feel … and some people feel …" stays linear).
  std::size_t scanned_to = 0;
  if (!c.may_hold_phrase(WordList::some_people) || !c.may_hold(WordList::offered_state_verbs)) return;
  for (std::size_t i = 0; i + 3 < c.size(); ++i) {
    if (c.word(i).punct != Punct::none || c.phrase_at(i, WordList::some_people) != 2) continue;
    const std::size_t verb = i + 2;
    if (c.word(verb).punct != Punct::none || !c.in_list(verb, WordList::offered_state_verbs)) continue;
    if (c.sentence_question[c.sentence[i]]) continue;
    if (verb + 1 < scanned_to) continue;
    std::size_t k = verb + 1;
    for (; k < c.size() && c.sentence[k] == c.sentence[i]; ++k) {
      if (c.word(k).punct != Punct::none) continue;
      // "..., but you seem calm": a subject of its own after a clause break or a coordinator
      const bool opens = c.clause_start[k] || c.clause_start[k - 1] || c.word(k - 1).punct != Punct::none ||
                         (c.word(k - 1).classes & lexicon::kCoordinator);
      if (opens && c.in_list(k, WordList::own_subjects)) break;
      if (c.hypothetical_by[k] == -1) c.hypothetical_by[k] = kOfferedPossibility;
    }
    scanned_to = k;
  }
}

// "a fear of falling apart", "scared of feeling sick", "worried about panicking":
// the feeling a fear or worry is about has not happened; it is anticipated.
void feared_feelings(TurnContext& c) {
  for (std::size_t h = 0; h < c.hits.size(); ++h) {
    const lexicon::Hit& fear = c.hits[h];
    const lexicon::Entry* e = c.entry_of(fear, EntryKind::emotion);
    if (!e || fear.last + 1 >= c.size() || c.word(fear.last).punct != Punct::none) continue;
    const std::string_view label = c.lex().label_name(e->label);
    const WordText prep = c.text_of(fear.last);
    if (label != "fear" && label != "anxiety") continue;
    // "dreading feeling sick", "I fear getting that tightness again": the verb's
    // object is a state to come
    const bool dreads =
        c.in_list(fear.last - 1, WordList::dread_verbs) && c.in_list(fear.last, WordList::dreaded_states);
    if (prep != "of" && prep != "about" && !dreads) continue;
    for (std::size_t k = fear.last + 1, n = 0; k < c.size() && n < 4; ++k, ++n) {
      if (c.word(k).punct != Punct::none || c.clause_start[k]) break;
      const lexicon::Hit* felt = c.hit_at(k);
      if (!felt || !(c.has(*felt, EntryKind::emotion) || c.has(*felt, EntryKind::quality))) continue;
      // "afraid of the nerves themselves": a feeling already there, pointed at
      if (felt->first > 0 && c.in_list(felt->first - 1, WordList::pointing_determiners)) break;
      for (std::size_t m = felt->first; m < felt->last; ++m)
        if (c.hypothetical_by[m] < 0) c.hypothetical_by[m] = static_cast<std::int32_t>(h);
      break;
    }
  }
}

// "I couldn't breathe", "couldn't look at a plane without my palms sweating":
// "could not" with no condition in its sentence reports a past inability
// ("I couldn't bear it if she left" stays hypothetical).
bool past_inability(const TurnContext& c, const lexicon::Hit& cue) {
  if (cue.last != cue.first + 1 || c.text_of(cue.first) != "could" || cue.last >= c.size() ||
      c.text_of(cue.last) != "not")
    return false;
  const std::uint32_t s = c.sentence[cue.first];
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i)
    if (const lexicon::Hit* h = c.hit_at(i); h && is_cue_of(c, *h, EntryKind::conditional)) return false;
  return true;
}

// "That sounds like it could be a kind of shutting down.", "So the 'don't care'
// might have some worry underneath it?": "might"/"could"/"may" + be/have in a
// guess (a hedge, or a question) about what is there now is not a hypothetical
// (tests/eval/README.md, settled cases); "you might be anxious tomorrow", "if it
// could be ..." and "she might be disappointed" (no hedge) stay hypothetical.

// One pass over the turn, so that the test per cue is constant (a huge
// one-sentence turn stays linear).
void sentence_moods(const TurnContext& c, std::vector<SentenceMood>& out) {
  out.assign(c.sentence_first.size(), SentenceMood{});
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (c.word(i).punct != Punct::none) continue;
    SentenceMood& m = out[c.sentence[i]];
    if ((c.word(i).classes & lexicon::kHedge) && m.first_hedge == UINT32_MAX)
      m.first_hedge = static_cast<std::uint32_t>(i);
    if (c.word(i).classes & lexicon::kLater) m.later = true;
    if (const lexicon::Hit* h = c.hit_at(i); h && h->first == i && is_cue_of(c, *h, EntryKind::conditional))
      m.condition = true;
  }
}

bool epistemic_guess(const TurnContext& c, const std::vector<SentenceMood>& moods, const lexicon::Hit& cue) {
  if (cue.last != cue.first + 1 || cue.last >= c.size()) return false;
  if (!c.in_list(cue.first, WordList::possibility_modals)) return false;
  const WordText verb = c.text_of(cue.last);
  if (verb != "be" && verb != "have") return false;
  const std::uint32_t s = c.sentence[cue.first];
  const SentenceMood& m = moods[s];
  if (m.later || m.condition) return false;
  return c.sentence_question[s] || m.first_hedge < cue.first;
}

// "Let yourself feel the sadness" prescribes a state; "what happens when you
// let yourself feel angry here?" describes one being felt: "let"/"allow" with
// a subject before it is not a prescription.
bool permission_described(const TurnContext& c, const lexicon::Hit& cue) {
  if (!c.in_list(cue.first, WordList::permission_verbs) || cue.first == 0) return false;
  const Word& before = c.word(cue.first - 1);
  if (before.punct != Punct::none || !(before.classes & lexicon::kPerson)) return false;
  // "Can you let yourself feel a bit of pride in that?": a modal asking the listener
  // invites the state, as "Let yourself feel it" does (round thirty-seven (b))
  if (cue.first >= 2 && c.text_of(cue.first - 1) == "you" && c.word(cue.first - 2).punct == Punct::none) {
    const WordText m = c.text_of(cue.first - 2);
    if (m == "can" || m == "could" || m == "will" || m == "would") return false;
  }
  return true;
}

// "every time I picture telling her, my stomach drops", "when I imagine it, my
// chest gets tight": a habit or an occasion of imagining qualifies only what is
// imagined; the reaction after the comma is reported.
bool after_habitual(const TurnContext& c, const lexicon::Hit& cue) {
  for (std::size_t i = cue.first, n = 0; i-- > 0 && n < 3; ++n) {
    if (c.word(i).punct != Punct::none) return false;
    if ((c.word(i).classes & lexicon::kHabitual) || c.text_of(i) == "when") return true;
  }
  return false;
}

// Words that may stand before an imperative at the start of its clause: "And
// notice ...", "Just check ...", "Then, gently, see ...".
bool imperative_lead(const TurnContext& c, std::size_t i) {
  return c.word(i).classes & (lexicon::kCoordinator | lexicon::kSkippable | lexicon::kImperativeLead);
}

// "As you go, notice ...", "Each evening, notice ...", "When it comes, breathe":
// the words of the sentence before this comma are a fronted clause or
// adverbial (its first word a subordinator), so an imperative may follow.
bool fronted_adverbial(const TurnContext& c, std::size_t comma) {
  const std::uint32_t s = c.sentence[comma];
  std::size_t first = c.sentence_first[s];
  while (first < comma && (c.word(first).punct != Punct::none || imperative_lead(c, first))) ++first;
  if (first >= comma || !(c.word(first).classes & lexicon::kSubordinator)) return false;
  for (std::size_t k = first + 1; k < comma; ++k)
    if (c.word(k).punct != Punct::none) return false;  // one stretch of words, up to this comma
  return true;
}

// "For now: the diary each evening, and notice ...": a verbless noun phrase
// opening its clause before this comma is an item of a plan, so an imperative
// may follow.
bool plan_item(const TurnContext& c, std::size_t comma) {
  std::size_t first = comma;
  while (first > 0 && c.word(first - 1).punct == Punct::none) --first;
  if (first == comma || !(c.word(first).classes & lexicon::kDeterminer)) return false;
  if (first > 0 && c.word(first - 1).punct == Punct::comma) return false;
  for (std::size_t k = first; k < comma; ++k)
    if (c.word(k).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel | lexicon::kAction | lexicon::kSubject |
                             lexicon::kPerson))
      return false;
  return true;
}

bool is_imperative(const TurnContext& c, std::size_t i) {
  while (true) {
    if (c.clause_start[i]) return true;
    std::size_t k = i;
    while (k > 0 && c.word(k - 1).punct == Punct::comma) --k;
    if (k == 0 || c.word(k - 1).punct != Punct::none) return true;
    if (k < i && (fronted_adverbial(c, k) || plan_item(c, k))) return true;
    // "Leo, don't be frightened", "son, don't beat yourself up": a name the
    // lexicon does not know, a kin word or a title, called before it
    if (k < i && (c.word(k - 1).id == 0 || c.is_kin_or_title(k - 1)) &&
        (k == 1 || c.word(k - 2).punct != Punct::none))
      return true;
    // "Write it down, and see whether ...": a second instruction joined after a comma
    if (k == i && k >= 2 && (c.word(k - 1).classes & lexicon::kCoordinator) && c.word(k - 2).punct == Punct::comma)
      return true;
    // "Notice what your hand does, notice any tension in your jaw": a second
    // instruction after a comma, the clause before it opened by an instruction
    if (k + 1 == i && c.word(k).punct == Punct::comma) {
      std::size_t j = k;
      while (j > 0 && c.word(j - 1).punct == Punct::none) --j;
      if (j < k && c.clause_start[j] && (j == 0 || c.word(j - 1).punct != Punct::comma) &&
          (c.word(j).classes & (lexicon::kInstruction | lexicon::kLooking)) &&
          (c.word(i).classes & (lexicon::kInstruction | lexicon::kLooking)))
        return true;
    }
    if (!imperative_lead(c, k - 1)) return false;
    i = k - 1;
  }
}

// "Notice any tension in your jaw", "see whether there's some warmth", "check if
// your shoulders have dropped": an instruction to look for a state that may not
// be there asks for it; it does not report it ("Notice the tightness" does).
void looked_for_states(TurnContext& c) {
  if (!c.has_class(lexicon::kLooking) || !c.may_hold(WordList::search_openers)) return;
  for (std::size_t i = 0; i + 1 < c.size(); ++i) {
    if (c.word(i).punct != Punct::none || !(c.word(i).classes & lexicon::kLooking)) continue;
    std::size_t k = i + 1;
    if (k < c.size() && c.text_of(k) == "for") ++k;  // "check for any ..."
    if (k >= c.size() || c.word(k).punct != Punct::none) continue;
    if (!c.in_list(k, WordList::search_openers)) continue;
    if (!is_imperative(c, i)) continue;
    for (std::size_t m = k; m < c.size() && c.sentence[m] == c.sentence[i]; ++m) {
      if (m > k && c.clause_start[m] && c.word(m).punct == Punct::none) {
        // "notice if there's any tension": the clause "whether" opens is looked for too
        const bool opened_by_search = m == k + 1 || (m <= k + 2 && c.text_of(m - 1) == "there");
        if (!opened_by_search) break;
      }
      // "see whether any of that tightness eases": a state pointed at with a
      // demonstrative is one already there; what is looked for is its change
      if (m > k && c.in_list(m - 1, WordList::demonstratives) && c.hit_at(m)) {
        const lexicon::Hit* h = c.hit_at(m);
        m = h->last - 1;
        continue;
      }
      if (c.word(m).punct == Punct::none && c.hypothetical_by[m] == -1) c.hypothetical_by[m] = kLookedFor;
    }
  }
}

// "Notice your jaw. Notice your shoulders. Any tightness, any heat.": a verbless
// sentence opened by "any" right after an instruction to look lists what is looked for
// (round thirty-seven (b)); asked ("Any tension there?") it asks the same.
void looked_for_list(TurnContext& c) {
  if (!c.has_class(lexicon::kLooking) || !c.may_hold(WordList::search_openers)) return;
  const std::size_t sentences = c.sentence_first.size() - 1;
  for (std::size_t s = 1; s < sentences; ++s) {
    const std::size_t begin = c.sentence_first[s], end = c.sentence_first[s + 1];
    std::size_t f = begin;
    while (f < end && c.word(f).punct != Punct::none) ++f;
    if (f >= end || !c.in_list(f, WordList::search_openers) || c.text_of(f) != "any") continue;
    bool verb = false;
    for (std::size_t k = f; k < end; ++k)
      if (c.word(k).punct == Punct::none &&
          (c.word(k).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel | lexicon::kAction)))
        verb = true;
    if (verb) continue;
    // the sentence before: an instruction to look ("Notice your shoulders.", "Scan down to your feet.")
    bool looking = false;
    for (std::size_t k = c.sentence_first[s - 1]; k < begin && !looking; ++k)
      if (c.word(k).punct == Punct::none && (c.word(k).classes & lexicon::kLooking) && is_imperative(c, k))
        looking = true;
    if (!looking) continue;
    for (std::size_t k = f; k < end; ++k)
      if (c.word(k).punct == Punct::none && c.hypothetical_by[k] == -1) c.hypothetical_by[k] = kLookedFor;
  }
}

// "Don't be alarmed if it's still there in an hour", "don't worry if you feel
// dizzy": reassurance about a state that may come is about that state, not a
// report of it; the feeling prescribed away before the condition is possible too.
void reassurance(TurnContext& c) {
  for (std::size_t h = 0; h < c.hits.size(); ++h) {
    const lexicon::Hit& cond = c.hits[h];
    if (!is_cue_of(c, cond, EntryKind::conditional)) continue;
    const std::uint32_t s = c.sentence[cond.first];
    // the imperative "do not" before it in the sentence
    std::size_t neg = c.size();
    for (std::size_t i = cond.first, n = 0; i-- > c.sentence_first[s] && n < 12; ++n) {
      if (c.word(i).punct != Punct::none || c.text_of(i) != "not" || i == 0) continue;
      if (c.text_of(i - 1) == "do" && is_imperative(c, i - 1)) neg = i;
      break;
    }
    if (neg == c.size()) continue;
    for (std::size_t m = neg + 1; m < cond.first; ++m)
      if (c.word(m).punct == Punct::none && c.hypothetical_by[m] < 0) c.hypothetical_by[m] = static_cast<std::int32_t>(h);
  }
}

// "I'm fine, don't worry.", "…, don't be scared": "don't" right after a comma
// before "worry", "panic", "fret" or "be" tells the listener, whatever came before
// (not "I'm tired, don't feel like much", a clause missing its "I").
bool prohibition_after_comma(const TurnContext& c, std::size_t not_at) {
  const std::size_t d = not_at - 1;
  if (d == 0 || c.word(d - 1).punct != Punct::comma || not_at + 1 >= c.size()) return false;
  return c.word(not_at + 1).classes & lexicon::kReassurance;
}

// "Don't be scared of it", "Please don't be frightened if your fingers tingle":
// a prohibition prescribes; its negation belongs to the prescribing, not to the
// state, which is only kept unreal (tests/eval/README.md, settled before round
// five, 3 and 4). "I don't get alarmed" and "Don't you feel angry?" are not
// prohibitions.
// "My mum says don't feel guilty", "She tells you not to be scared": another's
// prohibition reported is a prescription too (settled case 53); "I'm not going
// to tell you not to feel guilty" keeps its negation.
bool reported_prohibition(const TurnContext& c, std::size_t i) {
  std::size_t v = i - 1;  // "do" (says don't), or the person told (tells you not to)
  const bool told = (c.word(v).classes & lexicon::kPerson) && i + 1 < c.size() && c.text_of(i + 1) == "to";
  if (v == 0 || (c.text_of(v) != "do" && !told)) return false;
  --v;
  if (c.word(v).punct == Punct::comma && v > 0) --v;
  if (!(c.word(v).classes & lexicon::kSpeechReport)) return false;
  for (std::size_t k = v, n = 0; k-- > 0 && n < 4; ++n)
    if (c.hit_of_word[k] >= 0 && c.has(c.hits[c.hit_of_word[k]], EntryKind::negation)) return false;
  return true;
}

void prohibited_states(TurnContext& c) {
  // it only lifts negation scopes: none without a negation cue
  if (!(c.hit_kinds & (kind_bit(EntryKind::negation) | kind_bit(EntryKind::negation_backward) |
                       kind_bit(EntryKind::negation_pseudo))))
    return;
  for (std::size_t i = 1; i < c.size(); ++i) {
    if (c.word(i).punct != Punct::none || c.text_of(i) != "not") continue;
    const bool reported = reported_prohibition(c, i);
    if (c.word(i - 1).punct != Punct::none || c.sentence_question[c.sentence[i]] ||
        !(reported || (c.text_of(i - 1) == "do" && (is_imperative(c, i - 1) || prohibition_after_comma(c, i)))))
      continue;
    const std::int32_t cue = c.hit_of_word[i];
    if (cue < 0) continue;
    for (std::size_t m = i + 1; m < c.size() && c.sentence[m] == c.sentence[i]; ++m) {
      if (c.word(m).punct != Punct::none) continue;
      if (c.clause_start[m]) break;
      if (c.negated_by[m] != cue) continue;
      c.negated_by[m] = -1;
      if (c.hypothetical_by[m] < 0) c.hypothetical_by[m] = kProhibited;
    }
  }
}

// "What would you tell a friend who was scared?", "I'd talk to someone who felt
// the same": a relative clause about an imagined person (an indefinite noun
// under a modal) is imagined too; "I'd call my sister, who was furious" is not.
void imagined_person(TurnContext& c) {
  if (!c.turn_has(EntryKind::hypothetical)) return;  // it extends only such a cue's scope
  if (!c.may_hold(WordList::indefinite_people) && !c.may_hold(WordList::indefinite_determiners)) return;
  for (std::size_t i = 2; i + 1 < c.size(); ++i) {
    // (the cue first: most words are under none)
    const std::int32_t cue = c.hypothetical_by[i - 1];
    if (cue < 0) continue;
    const WordText t = c.text_of(i);
    if ((t != "who" && t != "that") || c.word(i).punct != Punct::none || c.word(i - 1).punct != Punct::none)
      continue;
    if (!c.has(c.hits[cue], EntryKind::hypothetical)) continue;
    if (!c.in_list(i - 1, WordList::indefinite_people) && !c.in_list(i - 2, WordList::indefinite_determiners))
      continue;
    for (std::size_t k = i + 1; k < c.size() && !c.clause_start[k] && c.sentence[k] == c.sentence[i]; ++k)
      if (c.word(k).punct == Punct::none && c.hypothetical_by[k] < 0) c.hypothetical_by[k] = cue;
  }
}

// "When you notice the anger rising, put a hand on your chest", "When the
// frustration spikes, try naming it", "Next time the anger comes up, it might
// be worth noticing": an occasion that an instruction (class 'instruction'
// after the comma) or a modal of the main clause is planned for has not come
// yet (settled before round five, 7). "When you told me, I felt sad", "when you
// come out furious, I shut down" and "whenever I sit down, I'll ache" (a habit)
// report.
bool occasion_opener(const TurnContext& c, std::size_t i, std::size_t& after) {
  const WordText t = c.text_of(i);
  after = i + 1;
  if (c.in_list(i, WordList::occasion_openers)) return true;
  // "next time", "the next time"
  if (t == "the" && i + 1 < c.size() && c.text_of(i + 1) == "next") ++i;
  if (c.text_of(i) == "next" && i + 1 < c.size() && c.text_of(i + 1) == "time") {
    after = i + 2;
    return true;
  }
  return false;
}

void prescribed_occasion(TurnContext& c) {
  // no occasion opener: "next" is a forecast time
  if (!c.may_hold(WordList::occasion_openers) && !c.may_hold(WordList::forecast_times)) return;
  for (std::size_t i = 0; i + 2 < c.size(); ++i) {
    if (c.word(i).punct != Punct::none || !c.clause_start[i]) continue;
    std::size_t first = 0;
    if (!occasion_opener(c, i, first) || first >= c.size()) continue;
    std::size_t comma = first;
    bool past = false;
    for (; comma < c.size() && c.word(comma).punct == Punct::none && comma < i + 16; ++comma)
      if (c.word(comma).classes & (lexicon::kSceneExit | lexicon::kHabitual)) past = true;
    if (past || comma >= c.size() || c.word(comma).punct != Punct::comma) continue;
    // "when the next one comes, and you notice the numbness again, what could you
    // do?": an occasion joined to it by "and"/"or" belongs to the same condition
    if (comma + 1 < c.size() && (c.text_of(comma + 1) == "and" || c.text_of(comma + 1) == "or")) {
      std::size_t next = comma + 2;
      for (; next < c.size() && c.word(next).punct == Punct::none && next < comma + 16; ++next)
        if (c.word(next).classes & (lexicon::kSceneExit | lexicon::kHabitual)) past = true;
      if (past || next >= c.size() || c.word(next).punct != Punct::comma) continue;
      comma = next;
    }
    std::size_t k = comma + 1;
    while (k < c.size() && c.word(k).punct == Punct::none && c.in_list(k, WordList::instruction_leads)) ++k;
    if (k >= c.size() || c.word(k).punct != Punct::none) continue;
    bool planned = (c.word(k).classes & lexicon::kInstruction) != 0;
    // a modal in the main clause, "it might be worth", "you'll feel": not one of a habit
    const bool whenever = c.text_of(i) == "whenever";
    for (std::size_t m = k; !planned && !whenever && m < c.size() && m < k + 4 && c.word(m).punct == Punct::none;
         ++m) {
      if (c.word(m).classes & lexicon::kHabitual) break;
      if (const lexicon::Hit* h = c.hit_at(m); h && h->first == m && is_cue_of(c, *h, EntryKind::hypothetical))
        planned = !c.in_list(m, WordList::would_forms);
    }
    if (!planned) continue;
    for (std::size_t m = first; m < comma; ++m)
      if (c.word(m).punct == Punct::none && c.hypothetical_by[m] == -1) c.hypothetical_by[m] = kPrescribedOccasion;
  }
}

// "Rate your anxiety before and after.", "do two and rate the fear before and after each
// one": a rating prescribed for a coming task asks for the state it will bring (round
// thirty-seven (b)); "Rate your anxiety right now" asks of now.
void rated_before_and_after(TurnContext& c) {
  for (std::size_t i = 0; i + 2 < c.size(); ++i) {
    if (c.word(i).punct != Punct::none) continue;
    const WordText t = c.text_of(i);
    if (t != "rate" && t != "score") continue;
    // an imperative: at its clause's start, or after "and", "then", "just"
    const bool lead = i > 0 && c.word(i - 1).punct == Punct::none &&
                      (c.text_of(i - 1) == "and" || c.text_of(i - 1) == "then" || c.text_of(i - 1) == "just");
    if (!c.clause_start[i] && !lead) continue;
    std::size_t end = i + 1;
    while (end < c.size() && end < i + 10 && c.word(end).punct == Punct::none && c.text_of(end) != "before" &&
           c.text_of(end) != "after" && c.text_of(end) != "afterwards")
      ++end;
    if (end >= c.size() || c.word(end).punct != Punct::none || end == i + 1) continue;
    for (std::size_t m = i + 1; m < end; ++m)
      if (c.hypothetical_by[m] == -1) c.hypothetical_by[m] = kPrescribedOccasion;
  }
}

// "It's normal to feel tired tomorrow", "you'll be fine, anxious tonight maybe":
// a state said of a time to come, right after it, is forecast; "I was tired
// later" (a word of the past in the clause) and "anxious again" report.
void forecast(TurnContext& c) {
  if (!c.has_class(lexicon::kLater) || !c.may_hold(WordList::forecast_times)) return;
  for (std::size_t i = 1; i < c.size(); ++i) {
    if (c.word(i).punct != Punct::none || !(c.word(i).classes & lexicon::kLater)) continue;
    if (!c.in_list(i, WordList::forecast_times)) continue;
    // the feeling just before it ("tired tomorrow", "a bit shaky later"), not one
    // through a preposition ("nervous about next week" is felt now)
    const lexicon::Hit* felt = nullptr;
    for (std::size_t k = i, n = 0; k-- > 0 && n < 2 && c.word(k).punct == Punct::none; ++n) {
      const lexicon::Hit* h = c.hit_at(k);
      if (h && h->last == k + 1 && (c.has(*h, EntryKind::emotion) || c.has(*h, EntryKind::quality))) {
        if (c.word(k).classes & lexicon::kPreposition || c.text_of(k) == "about") break;
        felt = h;
        break;
      }
      if (!(c.word(k).classes & lexicon::kSkippable) || (c.word(k).classes & lexicon::kPreposition)) break;
    }
    if (!felt) continue;
    // "I'm not dreading tomorrow as much": a feeling verb with the time as its object is felt now
    if (ends_with_ing(c.text_of(felt->last - 1))) continue;
    bool past = false;
    for (std::size_t k = felt->first; k-- > 0 && !past;) {
      if (c.word(k).punct == Punct::none && (c.word(k).classes & lexicon::kSceneExit)) past = true;
      if (c.clause_start[k] || c.word(k).punct == Punct::sentence_end) break;
    }
    if (past) continue;
    for (std::size_t k = felt->first; k < felt->last; ++k)
      if (c.hypothetical_by[k] == -1) c.hypothetical_by[k] = kForecast;
  }
}

// "Read in dim light until you feel sleepy", "keep going until you feel calmer":
// what "you" will feel "until" then has not come yet; "until I felt sick" (the
// past) and "until you always feel ..." (a habit) report.
void awaited_state(TurnContext& c) {
  if (!c.has_class(lexicon::kSubordinator)) return;  // "until" is one
  for (std::size_t i = 0; i + 2 < c.size(); ++i) {
    if (c.text_of(i) != "until" || c.text_of(i + 1) != "you" || c.word(i + 1).punct != Punct::none) continue;
    std::size_t end = i + 2;
    bool past = false;
    for (; end < c.size() && c.word(end).punct == Punct::none && !(end > i + 2 && c.clause_start[end]) && end < i + 12;
         ++end)
      if (c.word(end).classes & (lexicon::kSceneExit | lexicon::kHabitual)) past = true;
    if (past) continue;
    for (std::size_t m = i + 1; m < end; ++m)
      if (c.hypothetical_by[m] == -1) c.hypothetical_by[m] = kPrescribedOccasion;
  }
}

// "It's normal to feel jumpy for a couple of weeks", "it's common to feel
// restless the first few weekends": a state called normal over a stretch of
// time to come is reassurance about it (settled before round four); "it's
// normal to feel sad about that" validates a state felt now.
bool time_to_come(const TurnContext& c, std::size_t i) {
  return c.word(i).classes & (lexicon::kLater | lexicon::kTimeStretch);
}

void normalised_state(TurnContext& c) {
  if (!c.has_class(lexicon::kNormal)) return;
  for (std::size_t i = 0; i + 3 < c.size(); ++i) {
    if (!(c.word(i).classes & lexicon::kNormal) || c.text_of(i + 1) != "to") continue;
    if (c.text_of(i + 2) != "feel" && c.text_of(i + 2) != "be") continue;
    std::size_t k = i + 3;
    while (k < c.size() && c.word(k).punct == Punct::none && !c.hit_at(k) && k < i + 6) ++k;
    const lexicon::Hit* felt = k < c.size() ? c.hit_at(k) : nullptr;
    if (!felt || !(c.has(*felt, EntryKind::emotion) || c.has(*felt, EntryKind::quality))) continue;
    bool later = false;
    for (std::size_t m = felt->last; m < c.size() && m < felt->last + 8 && !later; ++m) {
      if (c.word(m).punct == Punct::sentence_end || (m > felt->last && c.clause_start[m])) break;
      if (c.word(m).punct == Punct::none && (c.word(m).classes & lexicon::kSceneExit)) break;
      later = c.word(m).punct == Punct::none && time_to_come(c, m);
    }
    if (!later) continue;
    for (std::size_t m = felt->first; m < felt->last; ++m)
      if (c.hypothetical_by[m] == -1) c.hypothetical_by[m] = kForecast;
  }
}

// "And how nervous do you expect to feel, walking in?", "How angry will she
// be?": a question fronts the feeling it asks about before its verb group; a
// modal there qualifies the fronted feeling too.
void fronted_feeling(TurnContext& c) {
  if (!c.turn_has(EntryKind::hypothetical)) return;  // the feeling takes only such a cue's scope
  if (!c.turn_has(EntryKind::emotion) && !c.turn_has(EntryKind::quality)) return;
  for (std::size_t i = 0; i + 2 < c.size(); ++i) {
    if (c.word(i).punct != Punct::none || c.text_of(i) != "how" || !c.is_question(i)) continue;
    std::size_t k = i + 1;
    while (k < c.size() && c.word(k).punct == Punct::none && c.hit_at(k) && c.is_intensity(*c.hit_at(k)) &&
           !c.is_content(*c.hit_at(k)))
      ++k;
    const lexicon::Hit* felt = c.hit_at(k);
    if (!felt || felt->first != k || !(c.has(*felt, EntryKind::emotion) || c.has(*felt, EntryKind::quality)))
      continue;
    // the verb group right after it: "do you expect to", "would you", "will she be"
    for (std::size_t m = felt->last, n = 0; m < c.size() && n < 4 && c.word(m).punct == Punct::none; ++m, ++n) {
      const lexicon::Hit* h = c.hit_at(m);
      if (h && h->first == m && is_cue_of(c, *h, EntryKind::hypothetical)) {
        for (std::size_t w = felt->first; w < felt->last; ++w)
          if (c.hypothetical_by[w] < 0) c.hypothetical_by[w] = c.hit_of_word[m];
        break;
      }
      if (!(c.word(m).classes & (lexicon::kPerson | lexicon::kSubject)) && !c.in_list(m, WordList::do_forms))
        break;
    }
  }
}

// "It would make sense if part of you had learned to shut down", "It'd be strange if
// part of you wasn't wary": a modal that judges how expected a state would be
// (class normal, list surprising_words, "make sense"), then "if", is a hedged guess about
// a state now or before, not an imagined one; after "strange if" a negation says the
// state is there (no time to come in the sentence: "It'd be normal if you felt tired
// tomorrow" stays reassurance).
void hedged_conditional(TurnContext& c) {
  for (std::size_t h = 0; h < c.hits.size(); ++h) {
    const lexicon::Hit& cue = c.hits[h];
    if (!is_cue_of(c, cue, EntryKind::hypothetical)) continue;
    if (!c.in_list(cue.first, WordList::would_forms)) continue;
    std::size_t j = cue.last;
    if (j + 2 >= c.size() || c.word(j).punct != Punct::none || c.word(j + 1).punct != Punct::none) continue;
    bool surprising = false;
    if (c.text_of(j) == "make" && c.text_of(j + 1) == "sense") {
      j += 2;
    } else if (c.text_of(j) == "be" && ((c.word(j + 1).classes & lexicon::kNormal) || c.in_list(j + 1, WordList::surprising_words))) {
      surprising = c.in_list(j + 1, WordList::surprising_words);
      j += 2;
    } else {
      continue;
    }
    if (j >= c.size() || c.word(j).punct != Punct::none || c.text_of(j) != "if") continue;
    const std::uint32_t s = c.sentence[cue.first];
    const std::size_t end = c.sentence_first[s + 1];
    bool later = false;
    for (std::size_t k = j; k < end; ++k)
      if (c.word(k).punct == Punct::none && (c.word(k).classes & lexicon::kLater)) later = true;
    if (later) continue;
    for (std::size_t k = cue.first; k < end; ++k) {
      const std::int32_t by = c.hypothetical_by[k];
      if (by >= 0 && (c.hits[by].first == cue.first || c.hits[by].first == j)) c.hypothetical_by[k] = -1;
      if (surprising && k > j && c.negated_by[k] >= 0 && c.hits[c.negated_by[k]].first > j) c.negated_by[k] = -1;
    }
  }
}

// A scope found apart fills the words no earlier cue covers.
void merge_scope(TurnContext& c, const std::vector<std::int32_t>& other) {
  for (std::size_t i = 0; i < other.size(); ++i)
    if (c.hypothetical_by[i] < 0) c.hypothetical_by[i] = other[i];
}

// "How anxious do you think you'll be?", "how scared you expect to be", "how proud
// you'd be": a degree asked of a state to come, the state standing before the verb
// of expecting or the modal that sets it in the future ("how anxious do you think
// you are" asks about now; heldout10, 12, 15, 32, 33 annotate the others imagined).
void degree_to_come(TurnContext& c) {
  // It marks a feeling (an emotion or quality hit) set in the future by a modal (a
  // hypothetical cue) or a word of prediction_words: a turn without both has none.
  if (!c.turn_has(EntryKind::emotion) && !c.turn_has(EntryKind::quality)) return;
  if (!c.turn_has(EntryKind::hypothetical) && !c.may_hold(WordList::prediction_words)) return;
  const auto state = [&c](const lexicon::Hit* h) {
    return h && (c.has(*h, EntryKind::emotion) || c.has(*h, EntryKind::quality));
  };
  const auto modal = [&c](std::size_t k) {
    const lexicon::Hit* m = c.hit_at(k);
    return m && m->first == k && is_cue_of(c, *m, EntryKind::hypothetical);
  };
  for (std::size_t i = 0; i + 3 < c.size(); ++i) {
    if (c.word(i).punct != Punct::none || c.text_of(i) != "how") continue;
    std::size_t k = i + 1;
    const lexicon::Hit* h = c.hit_at(k);
    // "how very nervous"
    if (h && h->first == k && c.is_intensity(*h) && !state(h) && h->last < c.size()) h = c.hit_at(k = h->last);
    if (!state(h) || h->first != k) continue;
    std::size_t n = h->last;
    if (n < c.size() && c.text_of(n) == "do") ++n;  // "do you think", "do you expect"
    if (n + 1 >= c.size() || c.word(n).punct != Punct::none || !(c.word(n).classes & lexicon::kSubject)) continue;
    const std::size_t v = n + 1;
    bool to_come = modal(v) || (c.in_list(v, WordList::prediction_words) && c.text_of(v).substr(0, 3) == "exp");
    if (!to_come && (c.text_of(v) == "think" || c.text_of(v) == "imagine" || c.text_of(v) == "reckon"))
      for (std::size_t w = v + 1; w < c.size() && w < v + 4 && c.word(w).punct == Punct::none && !to_come; ++w)
        to_come = modal(w);
    if (!to_come) continue;
    for (std::size_t w = h->first; w < h->last; ++w)
      if (c.hypothetical_by[w] == -1) c.hypothetical_by[w] = kForecast;
  }
}

}  // namespace

// "If you told her you were frightened, what would you say?", "if I admitted to
// him I was scared": what the speaker would confide under the condition is the
// speaker's own state, held now; only the telling is imagined (as "I'd tell him
// I'm furious", settled before round five, 5). "If you told her you'd be lost"
// stays imagined.
void confided_state(TurnContext& c) {
  if (!c.has_class(lexicon::kSpeech) || !c.turn_has(EntryKind::conditional)) return;
  for (std::size_t i = 1; i + 2 < c.size(); ++i) {
    if (c.word(i).punct != Punct::none || !(c.word(i).classes & lexicon::kSpeech)) continue;
    const std::int32_t cue = c.hypothetical_by[i];
    if (cue < 0 || !c.has(c.hits[cue], EntryKind::conditional)) continue;
    if (c.word(i - 1).punct != Punct::none || !(c.word(i - 1).classes & lexicon::kSubject)) continue;
    const WordText subject = c.text_of(i - 1);
    // the one told, and "that": "told her (that) you were", "admitted to him I was"
    std::size_t k = i + 1;
    for (int n = 0; n < 3 && k < c.size() && c.word(k).punct == Punct::none && c.text_of(k) != subject &&
                    ((c.word(k).classes & lexicon::kPerson) || c.in_list(k, WordList::third_persons) ||
                     c.text_of(k) == "that" || c.text_of(k) == "to");
         ++n)
      ++k;
    if (k + 1 >= c.size() || c.word(k).punct != Punct::none || c.text_of(k) != subject) continue;
    if (c.word(k + 1).punct != Punct::none || !(c.word(k + 1).classes & (lexicon::kBe | lexicon::kFeel)) ||
        (c.word(k + 1).classes & lexicon::kAuxiliary))
      continue;
    for (std::size_t m = k; m < c.size() && c.sentence[m] == c.sentence[i] && c.word(m).punct != Punct::comma; ++m)
      if (c.hypothetical_by[m] == cue) c.hypothetical_by[m] = -1;
  }
}

void find_hypothetical_scope(TurnContext& c) {
  auto only = [&](EntryKind kind) {
    return [&c, kind](const lexicon::Hit& h) { return is_cue_of(c, h, kind); };
  };
  std::vector<SentenceMood>& moods = c.scratch.moods;
  if (c.turn_has(EntryKind::hypothetical)) sentence_moods(c, moods);  // read only for such a cue
  scope_forward(
      c,
      [&](const lexicon::Hit& h) {
        return is_cue_of(c, h, EntryKind::hypothetical) && !past_inability(c, h) &&
               !epistemic_guess(c, moods, h);
      },
      ScopeRule{ScopeEnd::clause, 0, false, kind_bit(EntryKind::hypothetical)}, c.hypothetical_by);
  drop_habitual_would(c);
  drop_past_habit_would(c);
  drop_offered_help(c);
  shared_modal(c);
  imagined_speech(c);
  degree_to_come(c);

  std::vector<std::int32_t>& other = c.scratch.scope;
  // (A scope function returns false when no cue was found: nothing to merge. A
  // turn without the cue kind is not passed to it at all: it would fill `other`
  // for nothing.)
  if (c.turn_has(EntryKind::conditional) && scope_forward(c, only(EntryKind::conditional), ScopeRule{ScopeEnd::condition, 16, false, kind_bit(EntryKind::conditional)}, other)) {
    // "If she never talks to me again I'll be gutted": a negation inside the
    // condition stops where the consequence starts, at its modal.
    for (std::size_t i = 0; i < c.size(); ++i) {
      const std::int32_t neg = c.negated_by[i];
      if (neg < 0 || other[c.hits[neg].first] < 0) continue;
      for (std::size_t k = c.hits[neg].last; k < i; ++k)
        if (const lexicon::Hit* h = c.hit_at(k); h && is_cue_of(c, *h, EntryKind::hypothetical)) {
          c.negated_by[i] = -1;
          break;
        }
    }
    merge_scope(c, other);
  }
  confided_state(c);
  if (c.turn_has(EntryKind::imagination) && scope_forward(
      c,
      [&](const lexicon::Hit& h) { return is_cue_of(c, h, EntryKind::imagination) && !after_habitual(c, h); },
      ScopeRule{ScopeEnd::sentence, 0, false, kind_bit(EntryKind::imagination)}, other))
    merge_scope(c, other);
  if (c.turn_has(EntryKind::imagination) && scope_forward(
      c,
      [&](const lexicon::Hit& h) { return is_cue_of(c, h, EntryKind::imagination) && after_habitual(c, h); },
      ScopeRule{ScopeEnd::condition, 12, false, kind_bit(EntryKind::imagination)}, other))
    merge_scope(c, other);

  // "maybe some embarrassment in the picture too": "in the picture" places the
  // words just before it in the imagined scene
  if (c.turn_has(EntryKind::imagination) &&
      scope_backward(
          c, [&](const lexicon::Hit& h) { return is_cue_of(c, h, EntryKind::imagination) && c.text_of(h.first) == "in"; },
          ScopeRule{ScopeEnd::clause, 4, false, kind_bit(EntryKind::imagination)}, other))  // its noun phrase: "fear of freezing, and ..." is not
    merge_scope(c, other);
  imagined_person(c);
  prescribed_speech(c);
  imagined_third_person_speech(c);
  offered_possibility(c);
  looked_for_states(c);
  looked_for_list(c);
  reassurance(c);
  normalised_state(c);
  awaited_state(c);
  prohibited_states(c);
  prescribed_occasion(c);
  rated_before_and_after(c);
  mark_arriving_states(c);
  fronted_feeling(c);
  forecast(c);
  feared_feelings(c);
  hedged_conditional(c);
  scope_forward(
      c,
      [&](const lexicon::Hit& h) {
        return is_cue_of(c, h, EntryKind::desire) && !permission_described(c, h);
      },
      ScopeRule{ScopeEnd::clause, 8, false, kind_bit(EntryKind::desire)}, c.desire_by);

  // "She'd understand why I'm snappy", "I'd want her to know it's not her I'm angry at":
  // what a knowing verb presupposes, said in the present, holds whatever the modal or the
  // wish over the knowing; it is reported ("she'd know I'd be scared" stays imagined).
  for (std::size_t i = 0; c.has_class(lexicon::kFactive) && i + 2 < c.size(); ++i) {
    if (!(c.word(i).classes & lexicon::kFactive) || (c.hypothetical_by[i] < 0 && c.desire_by[i] < 0)) continue;
    std::size_t k = i + 1;
    for (int n = 0; n < 3 && k < c.size() && c.word(k).punct == Punct::none &&
                    !(c.word(k).classes & lexicon::kSubject);
         ++n)
      ++k;  // "why", "that", "how much", "her"
    if (k + 1 >= c.size() || c.word(k).punct != Punct::none || !(c.word(k).classes & lexicon::kSubject)) continue;
    const WordText be = c.text_of(k + 1);
    if (be != "am" && be != "is" && be != "are" && be != "'m" && be != "'re" && be != "'s") continue;
    for (std::size_t m = k; m < c.size() && c.word(m).punct != Punct::sentence_end &&
                            c.word(m).punct != Punct::question_mark && c.word(m).punct != Punct::clause_break;
         ++m) {
      if (c.word(m).punct == Punct::comma) break;
      c.hypothetical_by[m] = -1;
      c.desire_by[m] = -1;
    }
  }

  // "the fear would settle", "that tightness might come back": the subject of a
  // modal, just before it, is as hypothetical as what follows.
  for (std::size_t h = 0; h < c.hits.size(); ++h) {
    const lexicon::Hit& cue = c.hits[h];
    if (!is_cue_of(c, cue, EntryKind::hypothetical) || c.clause_start[cue.first]) continue;
    // "im scared ill be a mess": chat's "ill" ("I'll") holds its subject
    if (c.text_of(cue.first) == "ill") continue;
    // "the tingling in your face could be your early warning": a modal that says
    // what the subject may be (be + a determiner) does not make the subject imagined
    if (cue.last + 1 < c.size() && (c.word(cue.last).classes & lexicon::kBe) &&
        c.word(cue.last + 1).punct == Punct::none &&
        ((c.word(cue.last + 1).classes & lexicon::kDeterminer) || c.text_of(cue.last + 1) == "a" ||
         c.text_of(cue.last + 1) == "an"))
      continue;
    std::size_t i = cue.first;
    int limit = 3;
    for (int steps = 0; steps < limit && i > 0; ++steps) {
      --i;
      if (c.word(i).punct != Punct::none) break;
      const lexicon::Hit* before = c.hit_at(i);
      if (before && (c.has(*before, EntryKind::emotion) || c.has(*before, EntryKind::quality))) {
        // "what you're worried will happen": a feeling said of a person (person,
        // be, feeling) is no subject; the modal heads the clause it is about
        std::size_t b = before->first;
        while (b > 0 && c.word(b - 1).punct == Punct::none && (c.word(b - 1).classes & lexicon::kSkippable)) --b;
        if (b >= 2 && (c.word(b - 1).classes & lexicon::kBe) && c.word(b - 2).punct == Punct::none &&
            (c.word(b - 2).classes & lexicon::kPerson))
          break;
        for (std::size_t k = before->first; k < before->last; ++k)
          if (c.hypothetical_by[k] < 0) c.hypothetical_by[k] = static_cast<std::int32_t>(h);
        break;
      }
      // "that knot in my stomach wouldn't be there": the body part of the subject
      if (before && c.has(*before, EntryKind::region) && limit == 3) {
        limit = steps + 4;
        continue;
      }
      if (limit > 3 && (c.word(i).classes & lexicon::kPreposition)) continue;
      if (!(before && c.is_intensity(*before)) &&
          !(c.word(i).classes & (lexicon::kSkippable | lexicon::kDeterminer)))
        break;
    }
  }
}

}  // namespace feltline::analyse
