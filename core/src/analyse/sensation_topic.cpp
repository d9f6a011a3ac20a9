#include "analyse/sensation_topic.hpp"

#include <algorithm>
#include <cstdint>

#include "lexicon/word_lists.hpp"

namespace feltline::analyse {
namespace {

using lexicon::WordList;

// Where the subject's verb is: a demonstrative, the sensation and what is said
// of it where it is ("in your face", "while you type", "and the tears") fit in
// this many words; a longer subject is read as something else.
constexpr std::size_t kSubjectWords = 10;

// Whether the predicate at word `v` says what its subject is or means: "tells
// me", "suggests", or a be form (state_as_subject.cpp's lists), an optional
// filler ("just", "probably") and the start of a noun phrase ("is the soothing
// system", "is your body remembering"), not a place or a state ("is still
// there"; "'s just adrenaline" stays a mention: annotated so in heldout9).
bool topic_predicate(const TurnContext& c, std::size_t v) {
  if (c.in_list(v, WordList::topic_verbs)) return true;
  if (!c.in_list(v, WordList::state_subject_verbs)) return false;
  std::size_t k = v + 1;
  if (k < c.size() && c.word(k).punct == Punct::none && (c.word(k).classes & lexicon::kFiller) &&
      !c.in_list(k, WordList::state_subject_predicates))
    ++k;
  return k < c.size() && c.word(k).punct == Punct::none && c.in_list(k, WordList::state_subject_predicates);
}

// The verb ending the subject that starts at demonstrative `d`, or d when the
// sentence is not a statement about that subject.
std::size_t topic_verb(const TurnContext& c, std::size_t d) {
  const std::size_t end = std::min(c.size(), d + 1 + kSubjectWords);
  for (std::size_t i = d + 1; i < end; ++i) {
    if (c.word(i).punct != Punct::none) return d;  // "That warmth in your chest, stay with it"
    if (c.in_list(i, WordList::topic_verbs) || c.in_list(i, WordList::state_subject_verbs))
      return topic_predicate(c, i) ? i : d;
  }
  return d;
}

// "on top of the pain", "sick and tired of the pain", "apart from the pain": a
// sensation with no place, named with "the" as the object of a preposition of
// talk, is what the sentence is about, not what is felt (the topic of case 89).
// Only the nouns a clinic talks of as a subject (`topic_sensations`): "from the
// tightness", "with the shaking" are said as felt about as often.
bool talked_about(const TurnContext& c, const Candidate& cand) {
  if (cand.region_entry || cand.last != cand.first + 1 || cand.first < 2) return false;
  const std::size_t d = cand.first - 1, p = cand.first - 2;
  return c.word(d).punct == Punct::none && c.word(p).punct == Punct::none && c.text_of(d) == "the" &&
         c.in_list(p, WordList::topic_prepositions) && c.in_list(cand.first, WordList::topic_sensations);
}

// "people with chronic pain", "persistent pain", "the pain diary", "pain score", "pain-wise": an
// unplaced `topic_sensations` noun after a word naming a condition (`condition_modifiers`) or
// before a noun it qualifies (`condition_compounds`) names the condition or a thing of the
// clinic, not a pain felt (none of the 30 such uses in the studied splits annotated).
bool named_as_condition(const TurnContext& c, const Candidate& cand) {
  if (cand.region_entry || cand.last != cand.first + 1 || !c.in_list(cand.first, WordList::topic_sensations))
    return false;
  if (cand.first > 0 && c.word(cand.first - 1).punct == Punct::none &&
      c.in_list(cand.first - 1, WordList::condition_modifiers))
    return true;
  std::size_t k = cand.last;
  if (k < c.size() && c.word(k).punct == Punct::hyphen) ++k;  // "pain-wise", "pain-clinic"
  return k < c.size() && c.word(k).punct == Punct::none && c.in_list(k, WordList::condition_compounds);
}

// "Tired. Good tired.", "I'm just tired. Bone tired.", "My legs are tired, but good tired": the
// same word again, unplaced, at most three words after it ("good", "bone", "but a good")
// restates the description just given: one description, one mention. `entry` and `last`
// are the last sensation's before it.
bool restated(const TurnContext& c, const lexicon::Entry* entry, std::size_t last, const Candidate& cand) {
  if (cand.entry != entry || cand.region != c.dl->unspecified || cand.first < last || cand.first > last + 3)
    return false;
  // not "Tired how? Sleep tired?" (asked), "Tired. Everybody's tired." (a new subject), "Warm.
  // Not bad warm." (a denial of its own)
  if (c.word(last - 1).punct == Punct::question_mark) return false;
  for (std::size_t k = last; k < cand.first; ++k) {
    const lexicon::Hit* h = c.hit_at(k);
    if (c.word(k).punct == Punct::question_mark || (c.word(k).classes & (lexicon::kBe | lexicon::kPerson)) ||
        (h && c.has(*h, lexicon::EntryKind::negation)))
      return false;
  }
  return true;
}

}  // namespace

void drop_sensation_topics(TurnContext& c, bool client_speaking) {
  if (c.candidates.empty()) return;
  // per sentence that opens on such a subject: [demonstrative, verb)
  std::size_t from = SIZE_MAX, to = 0;
  const auto named_as_topic = [&](const Candidate& cand) {
    if (client_speaking) return false;
    const std::size_t s = c.sentence[cand.first];
    const std::size_t d = c.sentence_first[s];
    if (d != from) {  // a sentence's opening is read again only when another sentence came between
      from = d;
      to = c.word(d).punct == Punct::none && c.in_list(d, WordList::demonstratives) ? topic_verb(c, d) : d;
    }
    return cand.first >= d && cand.last <= to;
  };
  const lexicon::Entry* prev = nullptr;  // the last sensation seen (candidates come in text order)
  std::size_t prev_last = 0;
  const auto topic = [&](const Candidate& cand) {
    if (cand.kind != MentionKind::sensation) return false;
    const bool again = prev && restated(c, prev, prev_last, cand);
    prev = cand.entry;
    prev_last = cand.last;
    return again || talked_about(c, cand) || named_as_condition(c, cand) || named_as_topic(cand);
  };
  c.candidates.erase(std::remove_if(c.candidates.begin(), c.candidates.end(), topic), c.candidates.end());
}

}  // namespace feltline::analyse
