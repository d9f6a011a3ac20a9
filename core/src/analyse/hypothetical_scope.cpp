#include "analyse/hypothetical_scope.hpp"

#include <vector>

#include "analyse/context_scope.hpp"
#include "analyse/hypothetical_carryover.hpp"

namespace feltline::analyse {
namespace {

using lexicon::EntryKind;

bool is_cue_of(const TurnContext& c, const lexicon::Hit& h, EntryKind kind) {
  return c.has(h, kind) && !c.has(h, EntryKind::hypothetical_pseudo);
}

// "I'd feel guilty every time I gave in", "whenever he called I'd go cold":
// "would" of a habit in the past reports what was felt. One pass for the
// sentences' flags, one for the cues (linear on a huge one-sentence turn).
void drop_habitual_would(TurnContext& c) {
  const std::size_t sentences = c.sentence_first.size() - 1;
  std::vector<std::uint8_t> habitual(sentences, 0);
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (c.word(i).classes & lexicon::kHabitual) habitual[c.sentence[i]] = 1;
    if (const lexicon::Hit* h = c.hit_at(i); h && h->first == i && is_cue_of(c, *h, EntryKind::conditional))
      habitual[c.sentence[i]] = 2;  // "if": a condition, not a habit
  }
  for (std::size_t h = 0; h < c.hits.size(); ++h) {
    const lexicon::Hit& cue = c.hits[h];
    const std::uint32_t s = c.sentence[cue.first];
    if (habitual[s] != 1 || c.sentence_question[s] || cue.last != cue.first + 1) continue;
    const std::string_view t = c.text_of(cue.first);
    if ((t != "would" && t != "'d") || !is_cue_of(c, cue, EntryKind::hypothetical)) continue;
    // its scope is contiguous (punctuation aside) from the cue on
    for (std::size_t i = cue.last; i < c.size(); ++i) {
      if (c.word(i).punct != Punct::none) continue;
      if (c.hypothetical_by[i] != static_cast<std::int32_t>(h)) break;
      c.hypothetical_by[i] = -1;
    }
  }
}

// "she'd probably say something like, of course you're exhausted": what someone
// would say is imagined speech, to the end of the sentence. "I'd say I'm
// anxious" is a hedge (a pseudo cue), and so is "I would honestly say".
void imagined_speech(TurnContext& c) {
  std::vector<std::int32_t> starts(c.size(), -1);  // per word: the modal whose speech starts here
  bool any = false;
  for (std::size_t h = 0; h < c.hits.size(); ++h) {
    const lexicon::Hit& cue = c.hits[h];
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
  for (std::size_t k = 0; k < c.size(); ++k) {
    if (k > 0 && c.sentence[k] != c.sentence[k - 1]) active = -1;
    if (starts[k] >= 0) active = starts[k];
    if (active >= 0 && c.word(k).punct == Punct::none && c.hypothetical_by[k] < 0)
      c.hypothetical_by[k] = active;
  }
}

// "You tell him, calmly: I'm exhausted.", "Say to yourself: I'm safe.": words
// that "you" are to say, or are told to say, introduced by a colon or a
// quotation, are imagined speech without a modal. Only the base form (and
// "telling"/"saying" after "yourself") prescribes: "you told me: ..." reports.
bool speech_opener_text(std::string_view t) {
  return t == "say" || t == "tell" || t == "ask" || t == "answer" || t == "write" || t == "whisper" ||
         t == "shout" || t == "reply";
}

bool opens_quotation(const TurnContext& c, std::size_t k) {
  const Word& w = c.word(k);
  if (w.quoted) return true;
  if (w.punct != Punct::clause_break) return false;
  const std::string_view p = c.tw.folded_token(w.token);
  return p == ":" || p == "\"" || p == "\xE2\x80\x9C" || p == "\xE2\x80\x9D";
}

void prescribed_speech(TurnContext& c) {
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (c.word(i).punct != Punct::none || !(c.word(i).classes & lexicon::kSpeech)) continue;
    const std::string_view t = c.text_of(i);
    std::size_t p = i;  // the word before the verb, past an adverb ("you calmly tell")
    while (p > 0 && c.word(p - 1).punct == Punct::none && (c.word(p - 1).classes & lexicon::kSkippable)) --p;
    const std::string_view before = p > 0 && c.word(p - 1).punct == Punct::none ? c.text_of(p - 1) : "";
    const bool prescribed = (speech_opener_text(t) && (before == "you" || c.clause_start[p])) ||
                            ((t == "telling" || t == "saying") && before == "yourself");
    if (!prescribed || (c.word(i).classes & lexicon::kHabitual)) continue;
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

// "a fear of falling apart", "scared of feeling sick", "worried about panicking":
// the feeling a fear or worry is about has not happened; it is anticipated.
void feared_feelings(TurnContext& c) {
  for (std::size_t h = 0; h < c.hits.size(); ++h) {
    const lexicon::Hit& fear = c.hits[h];
    const lexicon::Entry* e = c.entry_of(fear, EntryKind::emotion);
    if (!e || fear.last + 1 >= c.size() || c.word(fear.last).punct != Punct::none) continue;
    const std::string_view label = c.lex().label_name(e->label);
    const std::string_view prep = c.text_of(fear.last);
    if (label != "fear" && label != "anxiety") continue;
    // "dreading feeling sick", "I fear getting that tightness again": the verb's
    // object is a state to come
    const std::string_view verb = c.text_of(fear.last - 1);
    const bool dreads =
        (verb == "dread" || verb == "dreading" || verb == "dreads" || verb == "fear" || verb == "fearing") &&
        (prep == "feeling" || prep == "getting" || prep == "being" || prep == "having");
    if (prep != "of" && prep != "about" && !dreads) continue;
    for (std::size_t k = fear.last + 1, n = 0; k < c.size() && n < 4; ++k, ++n) {
      if (c.word(k).punct != Punct::none || c.clause_start[k]) break;
      const lexicon::Hit* felt = c.hit_at(k);
      if (!felt || !(c.has(*felt, EntryKind::emotion) || c.has(*felt, EntryKind::quality))) continue;
      // "afraid of the nerves themselves": a feeling already there, pointed at
      const std::string_view before = felt->first > 0 ? c.text_of(felt->first - 1) : std::string_view();
      if (before == "the" || before == "that" || before == "this" || before == "these" || before == "those")
        break;
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

// "Let yourself feel the sadness" prescribes a state; "what happens when you
// let yourself feel angry here?" describes one being felt: "let"/"allow" with
// a subject before it is not a prescription.
bool permission_described(const TurnContext& c, const lexicon::Hit& cue) {
  const std::string_view t = c.text_of(cue.first);
  if ((t != "let" && t != "allow") || cue.first == 0) return false;
  const Word& before = c.word(cue.first - 1);
  return before.punct == Punct::none && (before.classes & lexicon::kPerson);
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

}  // namespace

void find_hypothetical_scope(TurnContext& c) {
  auto only = [&](EntryKind kind) {
    return [&c, kind](const lexicon::Hit& h) { return is_cue_of(c, h, kind); };
  };
  scope_forward(
      c,
      [&](const lexicon::Hit& h) {
        return is_cue_of(c, h, EntryKind::hypothetical) && !past_inability(c, h);
      },
      ScopeRule{ScopeEnd::clause, 0, false}, c.hypothetical_by);
  drop_habitual_would(c);
  imagined_speech(c);

  std::vector<std::int32_t> other;
  scope_forward(c, only(EntryKind::conditional), ScopeRule{ScopeEnd::condition, 12, false}, other);
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
  for (std::size_t i = 0; i < other.size(); ++i)
    if (c.hypothetical_by[i] < 0) c.hypothetical_by[i] = other[i];
  scope_forward(
      c,
      [&](const lexicon::Hit& h) { return is_cue_of(c, h, EntryKind::imagination) && !after_habitual(c, h); },
      ScopeRule{ScopeEnd::sentence, 0, false}, other);
  for (std::size_t i = 0; i < other.size(); ++i)
    if (c.hypothetical_by[i] < 0) c.hypothetical_by[i] = other[i];
  scope_forward(
      c,
      [&](const lexicon::Hit& h) { return is_cue_of(c, h, EntryKind::imagination) && after_habitual(c, h); },
      ScopeRule{ScopeEnd::condition, 12, false}, other);
  for (std::size_t i = 0; i < other.size(); ++i)
    if (c.hypothetical_by[i] < 0) c.hypothetical_by[i] = other[i];

  prescribed_speech(c);
  feared_feelings(c);
  scope_forward(
      c,
      [&](const lexicon::Hit& h) {
        return is_cue_of(c, h, EntryKind::desire) && !permission_described(c, h);
      },
      ScopeRule{ScopeEnd::clause, 8, false}, c.desire_by);

  // "the fear would settle", "that tightness might come back": the subject of a
  // modal, just before it, is as hypothetical as what follows.
  for (std::size_t h = 0; h < c.hits.size(); ++h) {
    const lexicon::Hit& cue = c.hits[h];
    if (!is_cue_of(c, cue, EntryKind::hypothetical) || c.clause_start[cue.first]) continue;
    // "im scared ill be a mess": chat's "ill" ("I'll") holds its subject
    if (c.text_of(cue.first) == "ill") continue;
    std::size_t i = cue.first;
    for (int steps = 0; steps < 3 && i > 0; ++steps) {
      --i;
      if (c.word(i).punct != Punct::none) break;
      const lexicon::Hit* before = c.hit_at(i);
      if (before && (c.has(*before, EntryKind::emotion) || c.has(*before, EntryKind::quality))) {
        for (std::size_t k = before->first; k < before->last; ++k)
          if (c.hypothetical_by[k] < 0) c.hypothetical_by[k] = static_cast<std::int32_t>(h);
        break;
      }
      if (!(before && c.is_intensity(*before)) &&
          !(c.word(i).classes & (lexicon::kSkippable | lexicon::kDeterminer)))
        break;
    }
  }
}

}  // namespace feltline::analyse
