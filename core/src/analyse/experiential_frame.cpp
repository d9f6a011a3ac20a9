#include "analyse/experiential_frame.hpp"

namespace feltline::analyse {

using lexicon::EntryKind;
using lexicon::Needs;
using lexicon::WordList;

namespace {

// Words that may sit between a person's be-verb and what it frames: "I'm
// (not) (really) (a bit) (so) tired", "I was (getting) cold".
bool predicate_filler(const TurnContext& c, std::size_t i) {
  const Word& w = c.word(i);
  if (w.classes & lexicon::kPreposition) return false;  // "stay with that tension": not a predicate adjective
  if (w.classes & (lexicon::kSkippable | lexicon::kBe | lexicon::kBecome | lexicon::kCoordinator |
                   lexicon::kPredicateEnd))
    return true;
  if (c.in_list(i, WordList::be_predicate_fillers)) return true;
  if (const lexicon::Hit* h = c.hit_at(i)) return c.is_intensity(*h) || c.is_content(*h) || c.is_cue(*h);
  return false;
}

// "I'd (probably) be", "I can't stop shaking", "I've been": between a subject and its verb.
bool is_modal_or_not(const TurnContext& c, std::size_t i) {
  return (c.word(i).classes & lexicon::kAuxiliary) || c.text_of(i) == "not";
}

}  // namespace

void find_experiential_frames(TurnContext& c) {
  const std::size_t n = c.size();
  c.frame.assign(n, Frame::none);
  // Through local pointers: a store through c.frame could alias c, and the
  // compiler reloaded the vectors' data at each word.
  Frame* const frame = c.frame.data();
  const std::uint8_t* const frame_break = c.frame_break.data();
  const Word* const words = c.tw.words.data();
  Frame current = Frame::none;
  int remaining = 0;
  int feel_left = 0;  // words a noun frame ("the feeling of") still covers; 0 = to the clause end
  for (std::size_t i = 0; i < n; ++i) {
    const Word& w = words[i];
    if (w.punct != Punct::none) {
      if (w.punct == Punct::sentence_end || w.punct == Punct::question_mark || w.punct == Punct::clause_break)
        current = Frame::none, feel_left = 0;
      continue;
    }
    // A new subject ends a frame; "..., not sad, just tired" keeps it.
    if (frame_break[i] && (w.classes & (lexicon::kSubject | lexicon::kPerson))) current = Frame::none;
    frame[i] = current;
    if (current == Frame::person_be || current == Frame::existential) {
      if (!predicate_filler(c, i) || --remaining <= 0) current = Frame::none;
      // "I'm still a bit nervous but not wobbly": a state said in the frame carries it to the
      // predicate coordinated with it, however many words led up to the first
      else if (const lexicon::Hit* h = c.hit_at(i); h && h->first == i && c.is_content(*h) && remaining < 4)
        remaining = 4;
    }

    if (feel_left > 0 && --feel_left == 0) current = Frame::none;
    if (w.classes & lexicon::kFeel) {
      current = Frame::feel;
      // "the feeling of dread", "a sense of calm": a noun frames its complement only.
      const bool noun = i > 0 && words[i - 1].punct == Punct::none &&
                        ((words[i - 1].classes & lexicon::kDeterminer) || c.text_of(i - 1) == "a" ||
                         c.text_of(i - 1) == "an");
      feel_left = noun ? 4 : 0;
      continue;
    }
    // "makes me dizzy", "left me drained" (but not "make space for it")
    if ((w.classes & lexicon::kCausative) && i + 1 < n && (words[i + 1].classes & lexicon::kPerson)) {
      current = Frame::feel;
      continue;
    }
    if (w.classes & (lexicon::kBe | lexicon::kBecome)) {
      // Look back past adverbs and "not" for the subject.
      std::size_t k = i;
      int looked = 0;
      while (k > 0 && looked < 5) {
        --k;
        const Word& s = words[k];
        if (s.punct != Punct::none) break;
        ++looked;
        if (s.classes & lexicon::kPerson) {
          if (current != Frame::feel) current = Frame::person_be;
          remaining = 6;
          break;
        }
        if (c.text_of(k) == "there") {
          if (current == Frame::none) current = Frame::existential;
          remaining = 5;
          break;
        }
        // be-verbs, "have" (I've been), "not", adverbs may sit between
        if (!(s.classes & (lexicon::kBe | lexicon::kBecome | lexicon::kSkippable | lexicon::kFeel |
                           lexicon::kPredicateEnd)) &&
            !is_modal_or_not(c, k))
          break;
      }
    }
  }
}

namespace {

// "I'm cold." / "I feel sick for a second" / "cold and shaky" end the phrase;
// "cold coffee" does not.
bool ends_phrase(const TurnContext& c, const lexicon::Hit& hit) {
  const std::size_t next = hit.last;
  if (next >= c.size()) return true;
  const Word& w = c.word(next);
  if (w.punct != Punct::none) return true;
  // ("feel tired tomorrow", "anxious yesterday": a time word is no noun it describes)
  if (w.classes & (lexicon::kPredicateEnd | lexicon::kCoordinator | lexicon::kDeterminer |
                   lexicon::kPreposition | lexicon::kSubject | lexicon::kPerson | lexicon::kLater |
                   lexicon::kSceneExit))
    return true;
  // "feel steadier walking in", "sick thinking about it": a participle starts a
  // clause of its own; it is not the noun the adjective describes.
  const WordText t = c.text_of(next);
  // ("safer going out": five letters are enough, "thing" aside)
  if (ends_with_ing(t) && t.substr(t.size() - 5) != "thing") return true;
  if (const lexicon::Hit* h = c.hit_at(next)) return c.is_content(*h) || c.is_cue(*h);
  return false;
}

// "the detached feeling", "a sick sensation": the noun says it is felt.
bool before_feeling_noun(const TurnContext& c, const lexicon::Hit& hit) {
  if (hit.last >= c.size() || c.word(hit.last).punct != Punct::none) return false;
  return c.word(hit.last).classes & lexicon::kFeelingNoun;
}

}  // namespace

bool opens_fragment(const TurnContext& c, const lexicon::Hit& hit) {
  // "Not sore, just a bit off." / "Proud of myself, I guess.": the first word
  // after fillers, with no subject or verb before it.
  const std::uint32_t s = c.sentence[hit.first];
  for (std::size_t i = hit.first; i-- > 0 && c.sentence[i] == s;) {
    if (c.word(i).punct != Punct::none) {
      if (c.word(i).punct == Punct::comma) continue;
      break;
    }
    const bool filler = (c.word(i).classes & lexicon::kFiller) != 0;
    const lexicon::Hit* h = c.hit_at(i);
    if (!filler && !(h && c.is_intensity(*h) && !c.is_content(*h))) return false;
  }
  return true;
}

bool elliptical_answer(const TurnContext& c, const lexicon::Hit& hit) {
  // "Heavy and dull." / "Softer." / "Warmer, almost." / "Steady. A bit safer.":
  // a sentence made of feeling words answers "how does it feel?".
  const std::uint32_t s = c.sentence[hit.first];
  if (c.sentence_words[s] > 6) return false;  // what the walk below would find at its seventh word
  const std::size_t begin = c.sentence_first[s];
  const std::size_t end = std::max<std::size_t>(c.sentence_first[s + 1], hit.last);
  int words = 0;
  for (std::size_t i = begin; i < end; ++i) {
    if (c.word(i).punct != Punct::none) continue;
    if (++words > 6) return false;
    if (i >= hit.first && i < hit.last) continue;
    const lexicon::Hit* h = c.hit_at(i);
    if (h && (c.is_intensity(*h) || c.has(*h, EntryKind::quality) || c.has(*h, EntryKind::emotion))) continue;
    if (c.word(i).classes & (lexicon::kSkippable | lexicon::kCoordinator | lexicon::kPredicateEnd |
                             lexicon::kDeterminer | lexicon::kPreposition))
      continue;
    return false;
  }
  return true;
}

// "Less alone.", "Lighter, and not so alone.": a degree word before a feel-only
// word, with no subject or verb before it in the sentence, says how the state
// is felt.
bool degree_fragment(const TurnContext& c, const lexicon::Hit& hit) {
  if (hit.first == 0 || c.word(hit.first - 1).punct != Punct::none) return false;
  const std::size_t d = hit.first - 1;
  const WordText t = c.text_of(d);
  // not "not as": "Not as bad." compares, it does not say how something is felt
  const bool hedged = t == "so" && d > 0 && c.in_list(d - 1, WordList::so_negators);
  if (!c.in_list(d, WordList::degree_comparatives) && !hedged) return false;
  const std::uint32_t s = c.sentence[hit.first];
  if (c.sentence_words[s] > 12) return false;  // a short answer; keeps a huge sentence linear
  for (std::size_t i = c.sentence_first[s]; i < d; ++i)
    if (c.word(i).punct == Punct::none &&
        (c.word(i).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel | lexicon::kAction | lexicon::kSubject)))
      return false;
  return true;
}

// "I'd feel so ashamed. And alone, like always.": a verbless fragment that
// opens with a feel-only word goes on with the feel verb of the sentence just
// before, when that sentence felt something.
bool continues_feeling(const TurnContext& c, const lexicon::Hit& hit) {
  const std::uint32_t s = c.sentence[hit.first];
  if (s == 0 || !opens_fragment(c, hit) || !ends_phrase(c, hit)) return false;
  bool feel = false;
  for (std::size_t i = c.sentence_first[s - 1]; i < c.sentence_first[s]; ++i) {
    if (c.word(i).punct != Punct::none) continue;
    if ((c.word(i).classes & lexicon::kFeel) && c.text_of(i).substr(0, 2) == "fe") feel = true;
    const lexicon::Hit* h = c.hit_at(i);
    if (feel && h && c.has(*h, EntryKind::emotion)) return true;
  }
  return false;
}

namespace {

// "Useless." / "Night, worried. Stupid." / "and stupid." / "Useless, sixty.": a
// self-judgement standing alone as its own sentence, after nothing but fillers
// and other feeling words and followed by nothing but a rating, is the
// speaker's shame (case 225). With words after it ("Stupid, eh.", "Useless is
// a heavy word", "Useless down to 40") it judges something else or names the
// word, as it does picked up from just before ("they'd think I'm stupid.
// Well. Maybe not stupid."); a practitioner's bare word is an echo (case 390).
bool self_judgement_fragment(const TurnContext& c, const lexicon::Hit& hit) {
  if (!c.client_turn || hit.last != hit.first + 1 || !c.in_list(hit.first, WordList::self_judgements))
    return false;
  const std::uint32_t s = c.sentence[hit.first];
  if (c.sentence_words[s] > 8) return false;  // a short fragment; keeps a huge sentence linear
  std::size_t e = hit.last;
  if (e < c.size() && c.word(e).punct == Punct::comma) ++e;
  if (e < c.size() && c.word(e).punct == Punct::none && c.word(e).is_number) {
    ++e;
    if (e < c.size() && c.word(e).punct == Punct::other) ++e;  // "70%"
  } else if (e != hit.last) {
    return false;
  }
  if (e < c.size() && c.word(e).punct != Punct::sentence_end) return false;
  for (std::size_t i = c.sentence_first[s]; i < hit.first; ++i) {
    if (c.word(i).punct == Punct::comma) continue;
    if (c.word(i).punct != Punct::none) return false;
    if (c.word(i).classes & (lexicon::kFiller | lexicon::kCoordinator)) continue;
    const lexicon::Hit* h = c.hit_at(i);
    if (!(h && (c.is_intensity(*h) || c.has(*h, EntryKind::emotion) || c.has(*h, EntryKind::quality)))) return false;
    i = h->last - 1;
  }
  // the word just said ("... think I'm stupid. Well. Maybe not stupid."): the
  // dozen tokens before the sentence, a bounded look
  const std::size_t begin = c.sentence_first[s];
  for (std::size_t i = begin > 12 ? begin - 12 : 0; i < begin; ++i)
    if (c.text_of(i) == c.text_of(hit.first)) return false;
  return true;
}

}  // namespace

bool ends_asking_feeling(const TurnContext& c) {
  std::size_t last = c.size();
  while (last > 0 && c.word(last - 1).punct != Punct::none) --last;
  if (last == 0) return false;
  const std::uint32_t s = c.sentence[last - 1];
  if (!c.sentence_question[s]) return false;
  for (std::size_t i = c.sentence_first[s]; i < last; ++i)
    // "feel", "feeling": not "You said it felt thick?", a question about the past
    if (c.word(i).punct == Punct::none && (c.word(i).classes & lexicon::kFeel) && c.text_of(i).substr(0, 4) == "feel")
      return true;
  return false;
}

// T: "How are you feeling now?" — C: "Better. My shoulders are down.": a
// feel-only word answering a question about feeling, in a short verbless
// sentence opening the answer, is felt ("Good." alone elsewhere acknowledges).
bool answers_feeling(const TurnContext& c, const lexicon::Hit& hit) {
  if (!c.answers_feeling_question || c.sentence[hit.first] > 1) return false;
  return elliptical_answer(c, hit) && opens_fragment(c, hit);
}

bool passes_frame_gate(const TurnContext& c, const lexicon::Hit& hit, const lexicon::Entry& entry) {
  if (entry.needs == Needs::free) return true;
  if (entry.needs != Needs::body && before_feeling_noun(c, hit)) return true;
  // "Good." and "Better." alone acknowledge rather than report; feel-only words
  // need their verb even in a short answer.
  if (entry.needs != Needs::feel && elliptical_answer(c, hit)) return true;
  if (entry.needs == Needs::feel && (degree_fragment(c, hit) || continues_feeling(c, hit) || answers_feeling(c, hit) ||
                                      self_judgement_fragment(c, hit)))
    return true;
  if (entry.needs == Needs::frame && opens_fragment(c, hit) &&
      (entry.pos == lexicon::PartOfSpeech::noun || ends_phrase(c, hit)))
    return true;
  if (entry.needs == Needs::body) return false;
  // For "go cold" the frame starts inside the phrase: look at its last word too.
  Frame f = c.frame[hit.first];
  if (c.frame[hit.last - 1] > f) f = c.frame[hit.last - 1];
  bool framed = false;
  switch (entry.needs) {
    case Needs::feel:
      framed = f == Frame::feel;
      break;
    case Needs::frame:
      framed = f == Frame::feel || f == Frame::person_be ||
               (f == Frame::existential && entry.pos == lexicon::PartOfSpeech::noun);
      break;
    default:
      break;
  }
  if (!framed) return false;
  // "bad about", "close to": a phrase that ends in its own preposition.
  if (entry.pos == lexicon::PartOfSpeech::noun || hit.last - hit.first > 1) return true;
  return ends_phrase(c, hit);
}

}  // namespace feltline::analyse
