#include "analyse/mention_flags.hpp"

#include "analyse/hypothetical_carryover.hpp"

namespace feltline::analyse {
namespace {

using lexicon::EntryKind;
using lexicon::WordList;

// (kept in the transcript's text pool, as the mention's cues view it)
std::string_view cue_text(const TurnContext& c, std::int32_t hit_index, std::initializer_list<EntryKind> kinds) {
  const lexicon::Hit& hit = c.hits[hit_index];
  for (EntryKind kind : kinds) {
    if (const lexicon::Entry* e = c.entry_of(hit, kind))
      return c.pool->intern(std::string(lexicon::cue_set_name(kind)) + ":" + std::string(c.lex().source_text(e->source)));
  }
  // "a fear of falling apart": a feared state is anticipated (hypothetical_scope.cpp)
  if (const lexicon::Entry* e = c.entry_of(hit, EntryKind::emotion))
    return c.pool->intern("feared:" + std::string(c.lex().source_text(e->source)));
  return "cue";
}

// The cue a rule without a cue word writes for a hypothetical (the negative
// markers of hypothetical_carryover.hpp), or null for any other value.
const char* rule_cue(std::int32_t hypothetical_by) {
  switch (hypothetical_by) {
    case kCarriedOver: return "hypothetical:carried over";
    case kImaginedSpeech: return "hypothetical:imagined speech";
    case kLookedFor: return "hypothetical:looked for";
    case kForecast: return "hypothetical:time to come";
    case kPrescribedOccasion: return "hypothetical:planned occasion";
    case kProhibited: return "hypothetical:prohibited";
    case kOfferedPossibility: return "hypothetical:some people";
    default: return nullptr;
  }
}

}  // namespace

void set_context_flags(const TurnContext& c, const Candidate& cand, Mention& m) {
  const std::size_t head = cand.head;
  if (head >= c.size()) return;
  // "The pins and needles in my hands have stopped": a cue said after the state reaches back
  // six words, so a phrase's last word may be in its scope when the phrase's first is not.
  std::int32_t denied_by = c.negated_by[head];
  if (denied_by < 0) {
    const lexicon::Hit* h = c.hit_at(head);
    if (h && h->first == head && h->last > head + 1 && c.negated_by[h->last - 1] >= 0 &&
        c.has(c.hits[c.negated_by[h->last - 1]], EntryKind::negation_backward))
      denied_by = c.negated_by[h->last - 1];
  }
  // "I'm not alone", "I won't be alone": a term that names its person and holds its own denial
  // (emotions.json); the lexicon matches it whole, so its "not" is no cue hit of its own.
  bool denied_inside = false;
  if (denied_by < 0 && (c.word(head).classes & lexicon::kPerson)) {
    const lexicon::Hit* h = c.hit_at(head);
    if (h && h->first == head && h->last > head + 2 && c.entry_of(*h, EntryKind::emotion))
      for (std::size_t k = head + 1; k + 1 < h->last && !denied_inside; ++k)
        denied_inside = c.text_of(k) == "not";
  }
  if (denied_inside) {
    m.negated = true;
    m.cues.push_back("negation:not");
  }
  if (denied_by >= 0) {
    m.negated = true;
    m.cues.push_back(cue_text(c, denied_by, {EntryKind::negation, EntryKind::negation_backward}));
  }
  if (const char* cue = rule_cue(c.hypothetical_by[head])) {
    m.hypothetical = true;
    m.cues.push_back(cue);
  } else if (c.hypothetical_by[head] >= 0) {
    m.hypothetical = true;
    m.cues.push_back(cue_text(c, c.hypothetical_by[head],
                              {EntryKind::hypothetical, EntryKind::conditional, EntryKind::imagination}));
  } else if (c.desire_by[head] >= 0) {
    // "want to feel calm": only a state after "feel" or a be verb is wished for
    // ("trying to notice the tension" notices a tension that is there).
    const lexicon::Hit& cue = c.hits[c.desire_by[head]];
    // "I didn't want you to worry": the state is itself the verb wished for
    // "I don't want her worrying", "didn't want you upset": so is any state
    // right after the person wished for (its "to be" left out)
    const bool wished_person = (c.word(cue.last - 1).classes & lexicon::kPerson) || c.text_of(cue.last - 1) == "her";
    if (head == cue.last && c.word(cue.last - 1).punct == Punct::none &&
        (c.text_of(cue.last - 1) == "to" || wished_person)) {
      m.hypothetical = true;
      m.cues.push_back(cue_text(c, c.desire_by[head], {EntryKind::desire}));
    }
    for (std::size_t k = cue.last; k < head && !m.hypothetical; ++k) {
      // "try to notice any tension": what may or may not come is looked for
      const bool open_search = (c.word(k).classes & lexicon::kFeel) && k + 1 < head &&
                               c.in_list(k + 1, WordList::open_search_words);
      // "want to make her more upset", "trying to make you relaxed": a state
      // caused in someone a few words on is wished like "want her to be upset"
      const bool caused = (c.word(k).classes & lexicon::kCausative) && head - k <= 4;
      if ((c.word(k).classes & (lexicon::kBe | lexicon::kBecome)) || c.in_list(k, WordList::feel_forms) ||
          open_search || caused) {
        m.hypothetical = true;
        m.cues.push_back(cue_text(c, c.desire_by[head], {EntryKind::desire}));
        break;
      }
    }
  }
  if (cand.imperative && !m.hypothetical) {
    m.hypothetical = true;
    m.cues.push_back(c.pool->intern("imperative:" + std::string(c.text_of(head))));
  }
  if (c.is_question(head)) {
    m.question = true;
    m.cues.push_back("question:?");
  }
  m.quoted = c.word(head).quoted;
}

}  // namespace feltline::analyse
