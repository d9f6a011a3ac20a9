#include "analyse/imagined_reference.hpp"

#include "analyse/hypothetical_carryover.hpp"

#include <algorithm>
#include <string>

namespace feltline::analyse {
namespace {

bool same_feeling(const Mention& a, const Mention& b) {
  if (a.kind != b.kind) return false;
  if (a.kind == MentionKind::emotion) return a.category == b.category;
  if (a.kind == MentionKind::sensation) return a.quality == b.quality;
  return false;
}

// "the relief", "that worry", "the slight dread": a determiner pointing back
bool pointed_back(const TurnContext& c, std::size_t first) {
  std::size_t k = first;
  while (k > 0 && c.word(k - 1).punct == Punct::none) {
    --k;
    if (c.in_list(k, lexicon::WordList::back_pointing_determiners)) return true;
    const lexicon::Hit* h = c.hit_at(k);
    if (!(h && c.is_intensity(*h) && !c.is_content(*h))) return false;
  }
  return false;
}

// "No knot in your stomach.", "So some embarrassment at first, and then maybe
// relief.": a short sentence with no verb and no person repeats what was just said.
bool verbless_reflection(const TurnContext& c, std::size_t first) {
  const std::uint32_t s = c.sentence[first];
  // not an item of a list ("- **Anger** at staffing levels"): a summary of the session
  if (c.sentence_words[s] > 12 || c.word(c.sentence_first[s]).punct != Punct::none) return false;
  for (std::size_t k = c.sentence_first[s]; k < c.sentence_first[s + 1]; ++k)
    if (c.word(k).punct == Punct::none &&
        (c.word(k).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel | lexicon::kAction | lexicon::kPerson)))
      return false;
  return true;
}

// "So sending it buys you ten seconds of relief, and then shame and
// loneliness.": a sentence opening with "so" sums up what was just said.
bool sums_up(const TurnContext& c, std::size_t first) {
  const std::size_t k = c.sentence_first[c.sentence[first]];
  return c.word(k).punct == Punct::none && c.text_of(k) == "so";
}

// "You're frightened of a flare at the lights.": the feeling said of the other
// speaker ("you", "your" its nearest subject) reflects what they just said
// ("You're not a bother and I'm not annoyed" says the speaker's own).
bool reflects_listener(const TurnContext& c, std::size_t first) {
  for (std::size_t k = first; k-- > c.sentence_first[c.sentence[first]];)
    if (c.word(k).punct == Punct::none && (c.word(k).classes & lexicon::kSubject))
      return c.text_of(k) == "you" || c.text_of(k) == "your";
  return false;
}

bool steps_out(const TurnContext& c, std::size_t i) {
  const std::uint32_t s = c.sentence[i];
  for (std::size_t k = c.sentence_first[s]; k < c.sentence_first[s + 1]; ++k)
    if (c.word(k).punct == Punct::none && (c.word(k).classes & (lexicon::kSceneExit | lexicon::kHabitual))) return true;
  return false;
}

// C: "I'm proud of him. And I'm scared to death … he'd be gutted." T: "Proud and
// scared at the same time.": a verbless reflection carried over only from the
// imagined feeling that ended the turn, but naming feelings the other speaker
// reported, repeats the reported ones.
bool echoes_reported(const TurnContext& c, const std::vector<Mention>& previous, const Mention& m, std::size_t first) {
  if (m.cues.size() != 1 || m.cues[0] != "hypothetical:carried over" || !verbless_reflection(c, first)) return false;
  bool imagined = false, reported = false;
  for (const Mention& p : previous) {
    if (!same_feeling(p, m)) continue;
    (p.hypothetical ? imagined : reported) = true;
  }
  return reported && !imagined;
}

// "That fear makes a lot of sense.", "The dread makes sense.", "That's the fear talking.",
// "What is the dread about?", "Let's talk about the guilt.": the feeling taken up as the
// talk's subject, validated or explored, is the one the listener has now (round
// thirty-seven (b)).
bool taken_up_now(const TurnContext& c, std::size_t first, std::size_t last) {
  const std::uint32_t s = c.sentence[first];
  const std::size_t end = c.sentence_first[s + 1];
  auto at = [&](std::size_t k) { return k < end && c.word(k).punct == Punct::none ? c.text_of(k) : WordText{}; };
  const WordText next = at(last);
  if (next == "makes" || next == "make")
    for (std::size_t k = last + 1; k < end && k <= last + 4; ++k)
      if (at(k) == "sense") return true;
  if (next == "talking" && (last >= end || last + 1 >= end || c.word(last + 1).punct != Punct::none)) return true;
  // "What is the dread about?": the question ends on "about"
  if (next == "about" && c.sentence_question[s] && (last + 1 >= end || c.word(last + 1).punct != Punct::none))
    return true;
  // "Let's talk about the guilt"
  for (std::size_t k = first; k-- > c.sentence_first[s] && k + 3 >= first;)
    if (at(k) == "about" && k > 0 && (c.text_of(k - 1) == "talk" || c.text_of(k - 1) == "talking")) return true;
  return false;
}

bool looked_for(const Mention& m) {
  return std::find(m.cues.begin(), m.cues.end(), std::string_view("hypothetical:looked for")) != m.cues.end();
}

}  // namespace

void mark_imagined_references(const TurnContext& c, const std::vector<Mention>& previous,
                              std::vector<Mention>& mentions) {
  if (previous.empty()) return;
  for (std::size_t k = 0; k < mentions.size() && k < c.candidates.size(); ++k) {
    Mention& m = mentions[k];
    if (m.hypothetical && echoes_reported(c, previous, m, c.candidates[k].first)) {
      m.hypothetical = false;
      m.cues.erase(std::remove(m.cues.begin(), m.cues.end(), std::string("hypothetical:carried over")), m.cues.end());
      continue;
    }
    if (m.hypothetical || (m.kind != MentionKind::emotion && m.kind != MentionKind::sensation)) continue;
    const std::size_t first = c.candidates[k].first;
    // "Didn't throw up. Still a bit queasy.": after a prediction, an answer that tells
    // what happened says how the predicted states turned out
    if (!(pointed_back(c, first) || (verbless_reflection(c, first) && !tells_what_happened(c)) ||
          sums_up(c, first) || reflects_listener(c, first)) ||
        steps_out(c, first) || taken_up_now(c, first, c.candidates[k].last))
      continue;
    bool imagined = false, reported = false;
    for (const Mention& p : previous) {
      if (!same_feeling(p, m)) continue;
      // "Notice what your anxiety does." — "Dread.": a state looked for is no
      // feeling imagined; the answer says what is felt now
      if (p.hypothetical && looked_for(p)) continue;
      (p.hypothetical ? imagined : reported) = true;
    }
    if (!imagined || reported) continue;
    m.hypothetical = true;
    m.cues.push_back("hypothetical:imagined earlier");
  }
}

}  // namespace feltline::analyse
