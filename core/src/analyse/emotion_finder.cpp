#include "analyse/emotion_finder.hpp"

#include "analyse/experiential_frame.hpp"
#include "analyse/hurt_of_loss.hpp"
#include "analyse/word_as_word.hpp"

#include <unicode/uchar.h>  // the USentenceBreak values
#include <unicode/utf8.h>   // U8_NEXT

#include "text/char_properties.hpp"

namespace feltline::analyse {
namespace {

using lexicon::Entry;
using lexicon::EntryKind;
using lexicon::Hit;
using lexicon::kNoLabel;
using lexicon::WordList;

// "a (family) history of anxiety", "diagnosed with depression"
bool clinical_before(const TurnContext& c, const Hit& hit) {
  std::size_t i = hit.first;
  for (int steps = 0; steps < 4 && i > 0; ++steps) {
    --i;
    if (c.word(i).punct != Punct::none) return false;
    const Hit* h = c.hit_at(i);
    if (h && c.has(*h, EntryKind::blocker) &&
        c.lex().label_name(c.entry_of(*h, EntryKind::blocker)->label) == "clinical")
      return true;
    if (h && !c.is_intensity(*h)) return false;
  }
  return false;
}

// "anxiety disorder", "panic medication"
bool clinical_after(const TurnContext& c, const Hit& hit) {
  return hit.last < c.size() && (c.word(hit.last).classes & lexicon::kDisorder) != 0;
}

// "overwhelming sadness", "deep sense of dread": the word only says how strong.
bool intensifies_next(const TurnContext& c, const Hit& hit) {
  if (!c.is_intensity(hit)) return false;
  std::size_t i = hit.last;
  for (int steps = 0; steps < 3 && i < c.size(); ++steps) {
    if (c.word(i).punct != Punct::none) return false;
    const Hit* h = c.hit_at(i);
    if (h && (c.has(*h, EntryKind::emotion) || c.has(*h, EntryKind::quality))) return true;
    if (!(c.in_list(i, WordList::emotion_noun_leads) || (h && c.is_intensity(*h)))) return false;
    i = h ? h->last : i + 1;
  }
  return false;
}

// "my hand feels dirty", "my chest feels empty": a body part does not have the
// feeling an ambiguous word would name for a person.
bool said_of_body_part(const TurnContext& c, const Hit& hit) {
  std::size_t i = hit.first;
  for (int steps = 0; steps < 5 && i > 0; ++steps) {
    --i;
    if (c.word(i).punct != Punct::none) return false;
    if (c.word(i).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel)) {
      std::size_t s = i;
      while (s > 0 && (c.word(s - 1).classes & lexicon::kSkippable) && c.word(s - 1).punct == Punct::none)
        --s;
      return s > 0 && c.is_region_word(s - 1);
    }
    const Hit* h = c.hit_at(i);
    if (!(h && c.is_intensity(*h)) && !(c.word(i).classes & lexicon::kSkippable) && c.text_of(i) != "not")
      return false;
  }
  return false;
}

// "I'm glad.", "I'm really glad.", "I'm glad she did.": a sentence that is only the
// speaker's gladness at what the other said is a formula of politeness (settled
// case 21), not a state; "I'm glad I came" says what the gladness is about.
bool courtesy_formula(const TurnContext& c, const Hit& hit) {
  if (hit.last != hit.first + 1 || !c.in_list(hit.first, WordList::courtesy_states)) return false;
  std::size_t e = hit.last;
  // "... glad she did."
  if (e + 1 < c.size() && c.word(e).punct == Punct::none && (c.word(e).classes & lexicon::kSubject) &&
      c.word(e + 1).punct == Punct::none && c.text_of(e + 1) == "did")
    e += 2;
  if (e < c.size() && c.word(e).punct != Punct::sentence_end) return false;
  std::size_t i = hit.first;
  // "really", "so": intensity words before it
  while (i > 0 && c.word(i - 1).punct == Punct::none) {
    const Hit* h = c.hit_at(i - 1);
    if (!(h && c.is_intensity(*h) && h->last == i)) break;
    i = h->first;
  }
  // "I'm"/"I am", the present of the reply ("I was glad." tells a past state)
  if (i < 2 || !(c.text_of(i - 1) == "'m" || c.text_of(i - 1) == "am") || c.text_of(i - 2) != "i") return false;
  return i == 2 || c.word(i - 3).punct != Punct::none;
}

// "I'm glad she nudged you.", "Glad she's here.", "I hope Sunday goes well.": a
// therapist's gladness at what someone else did, or wish for how the client's week
// goes (list 'therapist_courtesies'), is a courtesy (case 21) or a wish formula
// (not_mentions 'wish_formula'), even with its clause: of the studied splits' 78
// such "I'm glad" clauses 4 are annotated (clients' "glad she said it") and 1 of 8
// therapists' "I hope/we hope" clauses. Only a clause whose subject is another
// person or a thing: a client's "I'm glad I came" names the client's own state.
bool therapist_courtesy(const TurnContext& c, const Hit& hit) {
  if (!c.therapist_turn) return false;
  if (hit.last != hit.first + 1 || !c.in_list(hit.first, WordList::therapist_courtesies)) return false;
  const std::size_t e = hit.last;
  if (e >= c.size() || c.word(e - 1).punct != Punct::none) return false;
  const std::string_view next = c.text_of(e);
  const bool clause = next == "the" || next == "that" || next == "next" ||
                      ((c.word(e).classes & lexicon::kSubject) && next != "i" && next != "my");
  if (!clause) return false;
  std::size_t i = hit.first;
  while (i > 0 && c.word(i - 1).punct == Punct::none) {
    const Hit* h = c.hit_at(i - 1);
    if (!(h && c.is_intensity(*h) && h->last == i)) break;
    i = h->first;
  }
  if (i == c.sentence_first[c.sentence[i]]) return true;  // "Glad she's here."
  if (c.word(i - 1).punct != Punct::none) return false;
  std::size_t s = i - 1;  // "I'm glad", "I am glad", "I hope"
  if (c.text_of(s) == "'m" || c.text_of(s) == "am") {
    if (s == 0 || c.word(s - 1).punct != Punct::none) return false;
    --s;
  }
  if (c.text_of(s) != "i") return false;
  return s == 0 || c.word(s - 1).punct != Punct::none;
}

// The emotion reading of a hit: its emotion entry, or the emotion a quality
// names without a body part ("numb" -> numbness). `gate` is the entry whose
// needs apply.
bool emotion_reading(const TurnContext& c, const Hit& hit, const Entry*& entry, std::uint16_t& label) {
  if (const Entry* e = c.entry_of(hit, EntryKind::emotion)) {
    entry = e;
    label = e->label;
    return true;
  }
  const auto& refs = c.lex().entry_refs();
  for (std::uint32_t k = hit.entries_begin; k < hit.entries_begin + hit.entries_count; ++k) {
    const Entry& e = c.lex().entry(refs[k]);
    if (e.kind == EntryKind::quality && e.emotion != kNoLabel) {
      entry = &e;
      label = e.emotion;
      return true;
    }
  }
  return false;
}

// "Up and down, love.", "I don't know, love.", "Love, come here": a term of
// address (class 'address') set off by a comma from the rest of its sentence
// names the listener, not a feeling.
bool term_of_address(const TurnContext& c, const Hit& hit) {
  if (hit.last != hit.first + 1 || !(c.word(hit.first).classes & lexicon::kAddress)) return false;
  const std::size_t i = hit.first;
  const bool comma_before = i > 0 && c.word(i - 1).punct == Punct::comma;
  const bool opens = i == 0 || (c.word(i - 1).punct != Punct::none && c.word(i - 1).punct != Punct::comma);
  const bool ends = i + 1 >= c.size() || c.word(i + 1).punct == Punct::sentence_end ||
                    c.word(i + 1).punct == Punct::question_mark;
  const bool comma_after = i + 1 < c.size() && c.word(i + 1).punct == Punct::comma;
  return (comma_before && (ends || comma_after)) || (opens && comma_after);
}

// "Shame, she has three kids.", "Shame, you must be so stressed": an interjection of
// sympathy (list 'sympathy_interjections', South African English) opening its
// sentence, set off by a comma before a clause about someone else, is sympathy
// (case 21's "what a shame"; case 530), not the speaker's shame. "Shame, I think."
// and "Shame, if I'm honest." answer what the speaker feels and stay shame.
bool sympathy_interjection(const TurnContext& c, const Hit& hit) {
  const std::size_t i = hit.first;
  if (hit.last != i + 1 || !c.in_list(i, WordList::sympathy_interjections)) return false;
  if (i != 0 && c.word(i - 1).punct == Punct::none) return false;
  if (i + 1 >= c.size() || c.word(i + 1).punct != Punct::comma) return false;
  return i + 2 < c.size() && (c.in_list(i + 2, WordList::third_person_subjects) || c.text_of(i + 2) == "you");
}

// "A good tired.", "Feet are heavy. Good heavy.", "a good sad": a word of the list
// 'state_qualifiers' right before another feeling or body-quality word says which
// kind of that state it is, not joy (none of the studied splits annotates it).
bool qualifies_next_state(const TurnContext& c, const Hit& hit) {
  if (hit.last != hit.first + 1 || !c.in_list(hit.first, WordList::state_qualifiers)) return false;
  if (hit.last >= c.size() || c.word(hit.last).punct != Punct::none) return false;
  const Hit* next = c.hit_at(hit.last);
  return next && (c.has(*next, EntryKind::emotion) || c.has(*next, EntryKind::quality));
}

// "Proud again, I hope.", "I won't be frightened of it, I hope.": "I hope" closing
// its sentence after a comma (list 'parenthetical_states') hedges the prediction
// before it, like "I think"; it names no hope (none of the studied uses is
// annotated). "I hope she understands" and "I hope so" are not this form.
bool parenthetical_hedge(const TurnContext& c, const Hit& hit) {
  const std::size_t i = hit.first;
  if (hit.last != i + 1 || !c.in_list(i, WordList::parenthetical_states)) return false;
  if (i < 2 || c.text_of(i - 1) != "i" || c.word(i - 2).punct != Punct::comma) return false;
  return hit.last >= c.size() || c.word(hit.last).punct == Punct::sentence_end;
}

// "the Worry said I'd freak out", "ok Joy, i understand": a feeling word written
// with a capital inside its sentence, in a turn otherwise written in lower case
// after its sentence starts, is a name (an externalised problem, a person), not
// a state (heldout31's notes: "the Worry's name"; case 67's "the calm place").
// Not the sentence's first word, not after a quote, colon or bracket, and not
// in capitals throughout ("I was SO ANGRY").
bool named_with_capital(const TurnContext& c, const Hit& hit) {
  const std::size_t i = hit.first;
  if (c.turn_text.empty() || i >= c.tw.words.size()) return false;
  const std::uint32_t s = c.sentence[i];
  if (i == c.sentence_first[s] || c.word(i - 1).punct != Punct::none) return false;
  const auto& w = c.tw.words[i];
  if (w.end > c.turn_text.size() || w.end - w.begin < 3) return false;
  // Letter case as ICU's Sentence_Break property gives it (Upper, Lower), read from
  // the generated character table: "Ängst" and "Émotion" as well as "Worry", with
  // no ICU property tables in the WebAssembly module (text/char_properties.hpp).
  const auto upper = [](UChar32 cp) { return text::char_properties::sentence_break(cp) == U_SB_UPPER; };
  const auto lower = [](UChar32 cp) { return text::char_properties::sentence_break(cp) == U_SB_LOWER; };
  std::int32_t at = static_cast<std::int32_t>(w.begin);
  const std::int32_t end = static_cast<std::int32_t>(w.end);
  UChar32 first = 0, second = 0;
  U8_NEXT(c.turn_text.data(), at, end, first);
  if (at >= end) return false;
  U8_NEXT(c.turn_text.data(), at, end, second);
  if (first < 0 || !upper(first) || !lower(second)) return false;
  // the word before in lower case: not a title ("Mr Happy Birthday", "Anxiety UK")
  const auto& p = c.tw.words[i - 1];
  std::int32_t before_at = static_cast<std::int32_t>(p.begin);
  UChar32 before = 0;
  U8_NEXT(c.turn_text.data(), before_at, static_cast<std::int32_t>(p.end), before);
  return before >= 0 && lower(before);
}

}  // namespace

void find_emotions(TurnContext& c) {
  std::vector<std::uint8_t> hurt_of_loss;  // empty unless the turn has "it hurts"
  find_hurt_of_loss(c, hurt_of_loss);
  for (std::size_t h = 0; h < c.hits.size(); ++h) {
    if (c.used[h]) continue;
    const Hit& hit = c.hits[h];
    const Entry* entry = nullptr;
    std::uint16_t label = kNoLabel;
    if (!emotion_reading(c, hit, entry, label)) continue;
    // A body-only quality's emotion ("numb") needs no frame; others keep their gate.
    Entry gate = *entry;
    if (gate.kind == EntryKind::quality && gate.needs == lexicon::Needs::body)
      gate.needs = lexicon::Needs::free;
    if (!passes_frame_gate(c, hit, gate) && !(h < hurt_of_loss.size() && hurt_of_loss[h])) continue;
    if (clinical_before(c, hit) || clinical_after(c, hit) || intensifies_next(c, hit)) continue;
    if (term_of_address(c, hit) || courtesy_formula(c, hit) || named_with_capital(c, hit)) continue;
    if (therapist_courtesy(c, hit)) continue;
    if (sympathy_interjection(c, hit) || qualifies_next_state(c, hit) || parenthetical_hedge(c, hit)) continue;
    if (bracketed_label(c, hit) || quoted_word(c, hit)) continue;
    if (entry->needs != lexicon::Needs::free && said_of_body_part(c, hit)) continue;
    c.used[h] = 1;
    // One mention for adjacent words of one category: "anxious hypervigilance".
    if (!c.candidates.empty()) {
      Candidate& prev = c.candidates.back();
      if (prev.kind == MentionKind::emotion && prev.label == label && prev.last == hit.first) {
        prev.last = hit.last;
        continue;
      }
    }
    Candidate cand;
    cand.kind = MentionKind::emotion;
    cand.first = hit.first;
    cand.last = hit.last;
    cand.head = hit.first;
    cand.label = label;
    cand.entry = entry;
    cand.rule =
        entry->needs == lexicon::Needs::free ? (hit.last - hit.first > 1 ? "phrase" : "word") : "frame";
    c.candidates.push_back(cand);
  }
}

void find_analytic(TurnContext& c) {
  for (std::size_t h = 0; h < c.hits.size(); ++h) {
    if (c.used[h]) continue;
    const Hit& hit = c.hits[h];
    const Entry* e = c.entry_of(hit, EntryKind::analytic);
    if (!e) continue;
    c.used[h] = 1;
    Candidate cand;
    cand.kind = MentionKind::analytic;
    cand.first = hit.first;
    cand.last = hit.last;
    cand.head = hit.first;
    cand.label = e->label;
    cand.entry = e;
    cand.rule = hit.last - hit.first > 1 ? "phrase" : "word";
    c.candidates.push_back(cand);
  }
}

}  // namespace feltline::analyse
