#include "analyse/negation_scope.hpp"

#include "analyse/context_scope.hpp"

namespace feltline::analyse {
namespace {

using lexicon::WordList;

// Lifts cue `cue`'s denial from word `from` to the end of its scope.
void lift_denial(TurnContext& c, std::size_t from, std::int32_t cue) {
  for (std::size_t k = from; k < c.size() && c.negated_by[k] == cue; ++k) c.negated_by[k] = -1;
}

// "I've never been happier", "I couldn't be prouder", "never felt calmer": a
// negation before a comparative says "more than ever", not "not at all".
bool denies_a_comparison(const TurnContext& c, const lexicon::Hit& cue) {
  const WordText t = c.text_of(cue.first);
  const bool modal_before = cue.first > 0 && c.in_list(cue.first - 1, WordList::ability_modals);
  if (t != "never" && !((t == "not" || t == "n't") && modal_before)) return false;
  std::size_t i = cue.last;
  int verbs = 0;
  while (i < c.size() && c.word(i).punct == Punct::none && verbs < 3) {
    const Word& w = c.word(i);
    if (w.classes & lexicon::kComparative) return verbs > 0;
    if (!(w.classes & (lexicon::kBe | lexicon::kFeel)) && !c.in_list(i, WordList::perfect_auxiliaries))
      return false;
    ++verbs;
    ++i;
  }
  return false;
}

// "I don't think I've ever been that ashamed": "ever been that" after a
// negation is a superlative, not a denial.
bool denies_a_superlative(const TurnContext& c, const lexicon::Hit& cue) {
  for (std::size_t i = cue.last, n = 0; i + 2 < c.size() && n < 5; ++i, ++n) {
    if (c.word(i).punct != Punct::none) return false;
    if (c.text_of(i) != "ever") continue;
    if (!(c.word(i + 1).classes & (lexicon::kBe | lexicon::kFeel))) return false;
    return c.in_list(i + 2, WordList::superlative_degrees) || (c.word(i + 2).classes & lexicon::kComparative);
  }
  return false;
}

// "Five to zero, tired and calm", "Maybe zero. I'm curious": "zero" set off by punctuation is
// a number given (a rating), not "zero anxiety"; it denies nothing after it.
bool a_number_closing_its_phrase(const TurnContext& c, const lexicon::Hit& cue) {
  return cue.last == cue.first + 1 && cue.last < c.size() && c.word(cue.last).punct != Punct::none &&
         c.text_of(cue.first) == "zero";
}

// "I wasn't anxious the whole time, just in waves": denying that a state
// lasted throughout says it was there some of the time.
bool throughout_follows(const TurnContext& c, std::size_t i) {
  return c.phrase_at(i, WordList::throughout_phrases) > 0;
}

// "not trusting me makes me sad", "not knowing makes me anxious": a negated
// gerund is the subject of the causative verb; what is caused is not denied.
void lift_denial_of_a_causing_gerund(TurnContext& c) {
  if (!c.has_class(lexicon::kCausative)) return;
  for (std::size_t i = 0; i + 1 < c.size(); ++i) {
    const std::int32_t cue = c.negated_by[i];
    if (cue < 0 || !(c.word(i).classes & lexicon::kCausative)) continue;
    const lexicon::Hit& h = c.hits[cue];
    if (h.last >= c.size() || !ends_with_ing(c.text_of(h.last))) continue;
    lift_denial(c, i, cue);
  }
}

// "not eating much, knot in the stomach, not sleeping": a negated doing (a gerund
// that is no feeling, feel or be verb) ends at its comma; the list item after it
// is said, not denied ("not feeling anxious, tense or sad" goes on).
void end_a_denied_doing_at_its_comma(TurnContext& c) {
  using lexicon::EntryKind;
  for (std::size_t h = 0, hits = c.hits.size(); h < hits; ++h) {  // (the count read once: a Hit is 24 bytes)
    const lexicon::Hit& cue = c.hits[h];
    if (cue.last >= c.size() || !c.has(cue, EntryKind::negation) || c.word(cue.last).punct != Punct::none)
      continue;
    if (!ends_with_ing(c.text_of(cue.last)) || (c.word(cue.last).classes & (lexicon::kFeel | lexicon::kBe)))
      continue;
    if (const lexicon::Hit* g = c.hit_at(cue.last); g && c.is_content(*g)) continue;
    std::size_t k = cue.last;
    while (k < c.size() && c.negated_by[k] == static_cast<std::int32_t>(h) && c.word(k).punct != Punct::comma)
      ++k;
    for (;
         k < c.size() && (c.negated_by[k] == static_cast<std::int32_t>(h) || c.word(k).punct == Punct::comma);
         ++k)
      c.negated_by[k] = -1;
  }
}

// "I couldn't look at a plane without my palms sweating", "I can't sleep
// without feeling anxious": "without" after a negation in its clause asserts.
void assert_without_after_a_negation(TurnContext& c) {
  using lexicon::EntryKind;
  for (std::size_t h = 0, hits = c.hits.size(); h < hits; ++h) {
    const lexicon::Hit& cue = c.hits[h];
    if (c.text_of(cue.first) != "without" || !c.has(cue, EntryKind::negation)) continue;
    bool denied_before = false;
    for (std::size_t k = cue.first;
         k-- > 0 && c.word(k).punct != Punct::sentence_end && c.word(k).punct != Punct::question_mark;) {
      const lexicon::Hit* p = c.hit_at(k);
      if (p && p->first == k && c.has(*p, EntryKind::negation) && !c.has(*p, EntryKind::negation_pseudo)) {
        denied_before = true;
        break;
      }
      if (c.word(k).punct == Punct::none && c.clause_start[k]) break;
    }
    if (!denied_before) continue;
    for (std::size_t k = cue.last; k < c.size(); ++k)
      if (c.negated_by[k] == static_cast<std::int32_t>(h)) c.negated_by[k] = -1;
  }
}

// "I wasn't anxious the whole time": a state denied only throughout stays said (throughout_follows).
void keep_states_denied_only_throughout(TurnContext& c) {
  for (std::size_t h = 0, hits = c.hits.size(); h < hits; ++h) {
    const lexicon::Hit& hit = c.hits[h];
    if (c.negated_by[hit.first] < 0 || !c.is_content(hit) || !throughout_follows(c, hit.last)) continue;
    for (std::size_t k = hit.first; k < hit.last; ++k) c.negated_by[k] = -1;
  }
}

// "Not sad about him, sad about the two years": the same feeling word named
// again after a comma is the contrast, said, not denied.
void keep_a_contrast_after_a_comma(TurnContext& c) {
  for (std::size_t h = 0, hits = c.hits.size(); h < hits; ++h) {
    const lexicon::Hit& hit = c.hits[h];
    const std::int32_t cue = c.negated_by[hit.first];
    if (cue < 0 || !c.is_content(hit) || c.word(hit.first).id == 0) continue;
    bool comma = false;
    for (std::size_t k = hit.first; k-- > c.hits[cue].last;) {
      if (c.word(k).punct == Punct::comma) comma = true;
      if (!comma || c.word(k).id != c.word(hit.first).id) continue;
      lift_denial(c, hit.first, cue);
      break;
    }
  }
}

// Cues said after what they deny ("gone", "stopped", "anymore"), within six words.
void deny_backward(TurnContext& c, const ScopeRule& rule) {
  using lexicon::EntryKind;
  std::vector<std::int32_t>& backward = c.scratch.scope;
  ScopeRule back = rule;
  back.window = 6;
  back.cue_kinds = kind_bit(EntryKind::negation_backward);
  // "the tightness is gone", "the shaking stopped", "I'm not panicking anymore",
  // but not "the urge to disappear into analysis": the cue must be said of
  // what precedes it, and not lead into a phrase of its own.
  auto said_of_what_precedes = [&](const lexicon::Hit& h) {
    if (!c.has(h, EntryKind::negation_backward)) return false;
    if (h.last < c.size() && c.word(h.last).punct == Punct::none &&
        (c.word(h.last).classes & lexicon::kPreposition))
      return false;
    std::size_t k = h.first;
    while (k > 0) {
      --k;
      const Word& w = c.word(k);
      if (w.punct != Punct::none) return false;
      // "I'm scared Mum will go away", "scared she'll disappear": a person (or a
      // name) just before the verb is what goes away, not the state before it.
      // Kin words and titles are persons even when a lexicon phrase knows them
      // ("miss my mummy" gives "mummy" a word id).
      // An unknown word that ends a phrase after a preposition ("the sick feeling from Monday
      // is gone", "the pain from the first month is gone") says when or where, not who.
      const auto after_preposition = [&](std::size_t u) {
        for (std::size_t j = u, n = 0; j-- > 0 && n < 3 && c.word(j).punct == Punct::none; ++n)
          if (c.word(j).classes & lexicon::kPreposition) return true;
        return false;
      };
      const auto said_of_person = [&](std::size_t v) {
        if (v == 0 || c.word(v - 1).punct != Punct::none) return false;
        const Word& s = c.word(v - 1);
        return (s.classes & lexicon::kPerson) || c.is_kin_or_title(v - 1) ||
               (s.id == 0 && !c.hit_at(v - 1) && !after_preposition(v - 1));
      };
      if ((w.classes & (lexicon::kBe | lexicon::kBecome)) || c.in_list(k, WordList::have_forms))
        return !said_of_person(k);
      // "that knot wouldn't be there", "the fear won't be there"
      if (c.in_list(k, WordList::modals_of_absence)) return !said_of_person(k);
      if (const lexicon::Hit* p = c.hit_at(k); p && (c.is_content(*p) || c.has(*p, EntryKind::negation)))
        return true;
      if (!(w.classes & (lexicon::kSkippable | lexicon::kPredicateEnd))) return false;
    }
    return false;
  };
  if (!scope_backward(c, said_of_what_precedes, back, backward)) return;  // nothing to merge
  for (std::size_t i = 0; i < backward.size(); ++i)
    if (c.negated_by[i] < 0) c.negated_by[i] = backward[i];
}

// "Panic, no.", "Sick? No.": a verbless state answered "no" at the end of its sentence is denied;
// so is a state checked whole and answered after a comma or a colon ("Hands burning until you
// washed: no.", "Panic and getting off: no.": a prediction checked against what happened).
void deny_a_state_answered_no(TurnContext& c) {
  using lexicon::EntryKind;
  for (std::size_t h = 0, hits = c.hits.size(); h < hits; ++h) {
    const lexicon::Hit& cue = c.hits[h];
    if (c.text_of(cue.first) != "no" || cue.last != cue.first + 1 || !c.has(cue, EntryKind::negation))
      continue;
    if (cue.first < 2) continue;
    const Punct before = c.word(cue.first - 1).punct;
    if (before != Punct::comma &&
        !(before == Punct::clause_break && c.tw.folded_token(c.word(cue.first - 1).token) == ":"))
      continue;
    if (cue.last < c.size() && c.word(cue.last).punct != Punct::sentence_end) continue;
    // the sentence the answer closes, from its opening word
    std::size_t open = cue.first - 1;
    while (open > 0 && c.word(open - 1).punct != Punct::sentence_end &&
           c.word(open - 1).punct != Punct::question_mark && c.word(open - 1).punct != Punct::clause_break)
      --open;
    // the state opens its sentence: "Panic, no.", not "I was anxious, no."
    const lexicon::Hit* state = c.hit_at(open);
    if (!state || state->first != open || !c.is_content(*state)) continue;
    if (state->last != cue.first - 1 && before != Punct::clause_break) continue;
    for (std::size_t k = state->first; k + 1 < cue.first; ++k) {
      const lexicon::Hit* p = c.hit_at(k);
      if (p && c.is_content(*p) && c.negated_by[k] < 0) c.negated_by[k] = static_cast<std::int32_t>(h);
    }
  }
}

// "Any tightness?" — "No, hamstrings feel loose.": a "No" that opens its sentence and is set
// off by a comma answers the question; the clause after it, with a be/feel/become verb of its
// own, says what is there instead and is not denied ("No, tight." stays denied: no verb).
void lift_the_clause_after_an_answering_no(TurnContext& c) {
  using lexicon::EntryKind;
  for (std::size_t h = 0, hits = c.hits.size(); h < hits; ++h) {
    const lexicon::Hit& cue = c.hits[h];
    if (c.text_of(cue.first) != "no" || cue.last != cue.first + 1 || !c.has(cue, EntryKind::negation))
      continue;
    if (cue.first > 0 && c.word(cue.first - 1).punct != Punct::sentence_end &&
        c.word(cue.first - 1).punct != Punct::question_mark)
      continue;
    if (cue.last >= c.size() || c.word(cue.last).punct != Punct::comma) continue;
    const std::int32_t id = static_cast<std::int32_t>(h);
    bool verb = false;
    std::size_t end = cue.last + 1;
    for (; end < c.size() && c.word(end).punct != Punct::sentence_end && c.word(end).punct != Punct::question_mark;
         ++end) {
      if (c.word(end).punct != Punct::none) continue;
      if (c.negated_by[end] != id) break;
      const lexicon::Hit* p = c.hit_at(end);
      if (p && p->first == end && c.has(*p, EntryKind::negation)) break;  // "No, not tight"
      if (c.word(end).classes & (lexicon::kBe | lexicon::kFeel | lexicon::kBecome)) verb = true;
    }
    if (!verb) continue;
    for (std::size_t k = cue.last; k < end; ++k)
      if (c.negated_by[k] == id) c.negated_by[k] = -1;
  }
}

// "Nobody was tender", "Nobody curious about that part", "No one is shocked": a state said
// right after "nobody" (and its be or feel verb, or a modal and "be") is denied of everyone ("Nobody knows I'm
// scared", "there's nobody to be angry at" deny nothing: the pseudo cue keeps them out).
void deny_of_everyone_after_nobody(TurnContext& c) {
  using lexicon::EntryKind;
  for (std::size_t h = 0, hits = c.hits.size(); h < hits; ++h) {
    const lexicon::Hit& cue = c.hits[h];
    if (!c.has(cue, EntryKind::negation_pseudo) || !c.phrase_at(cue.first, WordList::nobody_words)) continue;
    if (cue.first > 0 && c.word(cue.first - 1).punct == Punct::none &&
        (c.word(cue.first - 1).classes & (lexicon::kBe | lexicon::kPreposition)))
      continue;  // "there's nobody", "with no one"
    std::size_t k = cue.last;
    // "Nobody here was upset": a place word after the subject
    if (k < c.size() && c.word(k).punct == Punct::none && c.in_list(k, WordList::place_pointers)) ++k;
    // "Nobody in his family was ever nervous", "no one in our class is scared": a short phrase
    // after the subject says which people; the be verb (or a modal) must follow within four words
    if (k < c.size() && c.word(k).punct == Punct::none && (c.word(k).classes & lexicon::kPreposition)) {
      std::size_t m = k + 1;
      for (std::size_t n = 0; m < c.size() && n < 4 && c.word(m).punct == Punct::none; ++m, ++n) {
        if ((c.word(m).classes & (lexicon::kBe | lexicon::kBecome)) || c.in_list(m, WordList::modals_of_absence))
          break;
        // "Nobody at work knows I'm scared": a person's pronoun is a clause of its own
        if ((c.word(m).classes & lexicon::kPerson) || [&] {
              const lexicon::Hit* p = c.hit_at(m);
              return p && (c.is_content(*p) || c.is_cue(*p));
            }()) {
          m = c.size();
          break;
        }
      }
      if (m < c.size() && m > k + 1 && c.word(m).punct == Punct::none &&
          ((c.word(m).classes & (lexicon::kBe | lexicon::kBecome)) || c.in_list(m, WordList::modals_of_absence)))
        k = m;
    }
    // "Nobody would be annoyed", "no one will be miserable": a modal before the be verb
    if (k + 1 < c.size() && c.word(k).punct == Punct::none && c.in_list(k, WordList::modals_of_absence) &&
        (c.word(k + 1).classes & lexicon::kBe))
      ++k;
    // "Nobody gets dizzy", "no one got upset": a become verb as well
    if (k < c.size() && c.word(k).punct == Punct::none && (c.word(k).classes & (lexicon::kBe | lexicon::kBecome))) ++k;
    if (k < c.size() && c.word(k).punct == Punct::none && (c.word(k).classes & lexicon::kSkippable)) ++k;
    // "nobody was ever nervous"
    if (k < c.size() && c.word(k).punct == Punct::none && c.text_of(k) == "ever") ++k;
    const lexicon::Hit* state = k < c.size() ? c.hit_at(k) : nullptr;
    if (!state || state->first != k || !c.is_content(*state) || c.has(*state, EntryKind::analytic)) continue;
    for (std::size_t m = state->first; m < state->last; ++m)
      if (c.negated_by[m] < 0) c.negated_by[m] = static_cast<std::int32_t>(h);
  }
}

// "it's not her I'm angry at", "it's not the rating you're afraid of": a cleft puts the
// negation on its focus; the state in the clause after it is said, not denied.
void keep_the_clause_after_a_cleft_focus(TurnContext& c) {
  using lexicon::EntryKind;
  for (std::size_t h = 0, hits = c.hits.size(); h < hits; ++h) {
    const lexicon::Hit& cue = c.hits[h];
    if (!c.has(cue, EntryKind::negation) || cue.first < 2 || c.text_of(cue.first) != "not") continue;
    if (!(c.word(cue.first - 1).classes & lexicon::kBe) || c.word(cue.first - 1).punct != Punct::none)
      continue;
    // the focus is a noun phrase: "not her", "not the one", "not the rating" ("she's not the one
    // you're angry at"), not a verb ("I'm not saying you're angry")
    if (cue.last >= c.size() || c.word(cue.last).punct != Punct::none) continue;
    if (!(c.word(cue.last).classes & (lexicon::kDeterminer | lexicon::kPerson)) &&
        c.text_of(cue.last) != "a" && c.text_of(cue.last) != "an")
      continue;
    // the focus, then the clause: a personal subject and its verb ("I'm", "you were")
    std::size_t k = cue.last;
    std::size_t clause = c.size();
    for (std::size_t n = 0; k + 1 < c.size() && n < 6 && c.word(k).punct == Punct::none; ++k, ++n) {
      const Word& w = c.word(k);
      if (const lexicon::Hit* p = c.hit_at(k); p && c.is_content(*p)) break;
      if (k > cue.last && (w.classes & lexicon::kSubject) && (w.classes & lexicon::kPerson) &&
          c.word(k + 1).punct == Punct::none && (c.word(k + 1).classes & (lexicon::kBe | lexicon::kFeel))) {
        clause = k;
        break;
      }
    }
    if (clause == c.size()) continue;
    lift_denial(c, clause, static_cast<std::int32_t>(h));
  }
}

// "I will feel so dirty I cannot stand it, disgust ninety": a state rated after a comma is a
// new item of its own, not the object of the denial before the comma.
void keep_a_rated_item_after_a_comma(TurnContext& c) {
  for (std::size_t h = 0, hits = c.hits.size(); h < hits; ++h) {
    const lexicon::Hit& hit = c.hits[h];
    const std::int32_t cue = c.negated_by[hit.first];
    if (cue < 0 || !c.is_content(hit) || hit.first == 0) continue;
    if (c.word(hit.first - 1).punct != Punct::comma || c.hits[cue].last >= hit.first) continue;
    if (hit.last >= c.size() || !c.word(hit.last).is_number) continue;
    lift_denial(c, hit.first, cue);
  }
}

// "I'm not dreading it as much", "not dreading tomorrow as much": a denial the clause weighs with
// "as much" says less of the state, a hedge like "not as anxious", not its absence ("so much" is
// annotated both ways: "Mi not scared of them so much now" denied).
void keep_a_state_denied_only_as_much(TurnContext& c) {
  for (std::size_t h = 0, hits = c.hits.size(); h < hits; ++h) {
    const lexicon::Hit& hit = c.hits[h];
    const std::int32_t cue = c.negated_by[hit.first];
    if (cue < 0 || !c.is_content(hit) || c.hits[cue].last > hit.first) continue;
    for (std::size_t k = hit.last, n = 0; k + 1 < c.size() && n < 3; ++k, ++n) {
      if (c.word(k).punct != Punct::none || c.word(k + 1).punct == Punct::clause_break) break;
      const WordText t = c.text_of(k);
      // not "not scared as much as angry", which denies the one to name the other
      if (t == "as" && c.text_of(k + 1) == "much" &&
          !(k + 2 < c.size() && c.word(k + 1).punct == Punct::none && c.text_of(k + 2) == "as")) {
        lift_denial(c, hit.first, cue);
        break;
      }
    }
  }
}

// "not even upset rn im just knackered", "I'm not angry I'm tired": after the denied state, a
// person's new subject and its be or feel verb opens a clause of its own even with no comma
// (texts and run-on speech); what it says is not denied.
void end_a_denial_at_a_new_subject(TurnContext& c) {
  using lexicon::EntryKind;
  for (std::size_t h = 0, hits = c.hits.size(); h < hits; ++h) {
    const lexicon::Hit& cue = c.hits[h];
    if (!c.has(cue, EntryKind::negation) || c.has(cue, EntryKind::negation_pseudo)) continue;
    const std::int32_t id = static_cast<std::int32_t>(h);
    bool denied_state = false;
    for (std::size_t k = cue.last; k + 1 < c.size(); ++k) {
      // "i'm not excited 😂 i'm curious": a mark the scope passes over (an emoji) is not
      // covered; the scope goes on after it
      if (c.word(k).punct == Punct::other) continue;
      if (c.word(k).punct != Punct::none) break;
      if (c.negated_by[k] != id) break;
      const Word& w = c.word(k);
      if (denied_state && (w.classes & lexicon::kSubject) && (w.classes & lexicon::kPerson) &&
          c.word(k + 1).punct == Punct::none && (c.word(k + 1).classes & (lexicon::kBe | lexicon::kFeel))) {
        lift_denial(c, k, id);
        break;
      }
      if (const lexicon::Hit* p = c.hit_at(k); p && p->first == k && c.is_content(*p) &&
                                               !c.has(*p, EntryKind::analytic))
        denied_state = true;
    }
  }
}

// "I'm not ashamed of being anxious", "not sorry for being tired": the denial is of the first
// state; the one it is about ("of/about/for being/feeling …") is said, not denied.
void keep_the_state_a_denied_state_is_about(TurnContext& c) {
  for (std::size_t h = 0, hits = c.hits.size(); h < hits; ++h) {
    const lexicon::Hit& hit = c.hits[h];
    const std::int32_t cue = c.negated_by[hit.first];
    if (cue < 0 || !c.is_content(hit) || hit.first < 3) continue;
    const std::size_t verb = hit.first - 1, prep = hit.first - 2;
    if (c.word(verb).punct != Punct::none || c.word(prep).punct != Punct::none) continue;
    const WordText v = c.text_of(verb), p = c.text_of(prep);
    if ((v != "being" && v != "feeling") || (p != "of" && p != "about" && p != "for")) continue;
    const lexicon::Hit* first = c.hit_at(prep - 1);
    if (!first || !c.is_content(*first) || c.negated_by[first->first] != cue) continue;
    lift_denial(c, hit.first, cue);
  }
}

// "Ninety days I didn't feel nothing", "I don't feel nowt": the double negative of everyday
// speech says the numbness; "feel nothing" right after the negation is not denied.
void keep_a_double_negative_feel_nothing(TurnContext& c) {
  for (std::size_t h = 0, hits = c.hits.size(); h < hits; ++h) {
    const lexicon::Hit& hit = c.hits[h];
    const std::int32_t cue = c.negated_by[hit.first];
    if (cue < 0 || !c.is_content(hit) || hit.last - hit.first != 2 || c.hits[cue].last != hit.first) continue;
    const WordText last = c.text_of(hit.last - 1);
    if (!c.in_list(hit.first, WordList::feel_forms) || (last != "nothing" && last != "nowt")) continue;
    lift_denial(c, hit.first, cue);
  }
}

// "if the walk doesn't work, and the anger is still there", "I'm not sleeping, and my chest is
// tight": after a comma and "and", a state named with its determiner and then its own be or have
// verb is a new clause's subject, said, not denied ("not tense, and the tightness" goes on).
void end_a_denial_at_a_state_subject_after_and(TurnContext& c) {
  for (std::size_t k = 2; k + 2 < c.size(); ++k) {
    const std::int32_t cue = c.negated_by[k];
    if (cue < 0 || c.word(k).punct != Punct::none || !(c.word(k).classes & lexicon::kDeterminer)) continue;
    if (c.hits[cue].last > k) continue;  // "and the excitement has gone": a backward cue denies it
    if (c.text_of(k - 1) != "and" || c.word(k - 1).punct != Punct::none || c.word(k - 2).punct != Punct::comma)
      continue;
    const lexicon::Hit* state = c.hit_at(k + 1);
    if (!state || state->first != k + 1 || !c.is_content(*state) || state->last >= c.size()) continue;
    const std::size_t v = state->last;
    if (c.word(v).punct != Punct::none ||
        !((c.word(v).classes & lexicon::kBe) || c.in_list(v, WordList::have_forms)))
      continue;
    lift_denial(c, k, cue);
  }
}

// A negation right before word `k` (skipping "really", "even"): the word a cue negates.
std::size_t word_after_cue(const TurnContext& c, const lexicon::Hit& cue) {
  std::size_t k = cue.last;
  while (k < c.size() && c.word(k - 1).punct == Punct::none &&
         (c.text_of(k) == "really" || c.text_of(k) == "even" || c.text_of(k) == "actually"))
    ++k;
  return k;
}

// "I didn't expect to feel calm", "not expecting to feel better from typing": a negated
// expectation does not deny the state expected (cases 59, 454, 539); "expect to" makes it
// hypothetical.
void keep_the_state_a_denied_expectation_names(TurnContext& c) {
  using lexicon::EntryKind;
  for (std::size_t h = 0, hits = c.hits.size(); h < hits; ++h) {
    const lexicon::Hit& cue = c.hits[h];
    if (!c.has(cue, EntryKind::negation) || c.has(cue, EntryKind::negation_pseudo)) continue;
    const std::size_t k = word_after_cue(c, cue);
    if (k >= c.size() || c.word(k - 1).punct != Punct::none) continue;
    const WordText t = c.text_of(k);
    if (!c.in_list(k, WordList::prediction_words) || t.substr(0, 3) != "exp") continue;
    // "I wouldn't expect to be terrified the whole night" predicts the state's absence
    if (cue.first > 0 && c.in_list(cue.first - 1, WordList::modals_of_absence)) continue;
    lift_denial(c, k, static_cast<std::int32_t>(h));
  }
}

// "I wouldn't say overwhelmed", "I would not say I feel the grief yet": a hedge that denies
// (case 539); the speech verb stops the forward scope, so the denial is carried past "say" to
// the end of its clause.
void deny_what_one_would_not_say(TurnContext& c) {
  for (std::size_t i = 0; i + 3 < c.size(); ++i) {
    const WordText neg = c.text_of(i + 1);
    if (!c.in_list(i, WordList::would_forms) || (neg != "not" && neg != "n't") || c.text_of(i + 2) != "say")
      continue;
    if (c.word(i).punct != Punct::none || c.word(i + 1).punct != Punct::none) continue;
    // the hit holding the negation (a cue, or the pseudo "would not say" that keeps it from
    // being hypothetical) stands for the denial
    const lexicon::Hit* cue = c.hit_at(i + 1);
    if (!cue) continue;
    const std::int32_t id = static_cast<std::int32_t>(cue - c.hits.data());
    for (std::size_t j = i + 2, n = 0; j + 1 < c.size() && n < 8 && c.word(j).punct == Punct::none; ++n) {
      ++j;
      if (c.negated_by[j] < 0) c.negated_by[j] = id;
    }
  }
}

}  // namespace

// The forward scope of each negation cue, then the rules that narrow or widen it, in order.
void find_negation_scope(TurnContext& c) {
  using lexicon::EntryKind;
  ScopeRule rule;
  rule.end = ScopeEnd::clause;
  rule.window = c.dl->negation_window;
  rule.stop_at_wh = true;
  rule.cue_kinds = kind_bit(EntryKind::negation);
  scope_forward(
      c,
      [&](const lexicon::Hit& h) {
        return c.has(h, EntryKind::negation) && !c.has(h, EntryKind::negation_pseudo) &&
               !denies_a_comparison(c, h) && !denies_a_superlative(c, h) && !a_number_closing_its_phrase(c, h);
      },
      rule, c.negated_by);
  // "would not say" is a pseudo hypothetical cue, not a negation hit: before the early return
  deny_what_one_would_not_say(c);
  // every rule below starts from a cue of these kinds, or from a scope one opened
  if (!(c.hit_kinds & (kind_bit(EntryKind::negation) | kind_bit(EntryKind::negation_backward) |
                       kind_bit(EntryKind::negation_pseudo))))
    return;
  lift_denial_of_a_causing_gerund(c);
  end_a_denied_doing_at_its_comma(c);
  assert_without_after_a_negation(c);
  keep_states_denied_only_throughout(c);
  keep_a_contrast_after_a_comma(c);
  deny_backward(c, rule);
  deny_a_state_answered_no(c);
  lift_the_clause_after_an_answering_no(c);
  deny_of_everyone_after_nobody(c);
  keep_the_clause_after_a_cleft_focus(c);
  keep_a_rated_item_after_a_comma(c);
  keep_a_state_denied_only_as_much(c);
  end_a_denial_at_a_new_subject(c);
  keep_the_state_a_denied_state_is_about(c);
  keep_a_double_negative_feel_nothing(c);
  end_a_denial_at_a_state_subject_after_and(c);
  keep_the_state_a_denied_expectation_names(c);
}

}  // namespace feltline::analyse
