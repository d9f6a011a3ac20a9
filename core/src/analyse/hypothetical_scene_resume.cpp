#include "analyse/hypothetical_scene_resume.hpp"

namespace feltline::analyse {
namespace {

using lexicon::EntryKind;
using lexicon::WordList;

bool is_word(const TurnContext& c, std::size_t i) { return i < c.size() && c.word(i).punct == Punct::none; }

// The first word of sentence `s` after "and", "okay", "now", "so".
std::size_t first_word(const TurnContext& c, std::uint32_t s) {
  std::size_t i = c.sentence_first[s];
  const std::size_t end = c.sentence_first[s + 1];
  while (i < end && (!is_word(c, i) || (c.word(i).classes & (lexicon::kCoordinator | lexicon::kFiller |
                                                               lexicon::kLeadIn | lexicon::kAcknowledgement))))
    ++i;
  return i;
}

bool feeling_at(const TurnContext& c, std::size_t i) {
  const lexicon::Hit* h = c.hit_at(i);
  return h && (c.has(*h, EntryKind::emotion) || c.has(*h, EntryKind::quality));
}

// "Go back to the neck for a breath or two": a body part is attended to, not a scene
bool region_at(const TurnContext& c, std::size_t i) {
  const lexicon::Hit* h = c.hit_at(i);
  return h && c.has(*h, EntryKind::region);
}

}  // namespace

bool asks_to_resume(const TurnContext& c, std::uint32_t s) {
  const std::size_t begin = c.sentence_first[s], end = c.sentence_first[s + 1];
  if (c.sentence_words[s] == 0 || c.sentence_words[s] > 6) return false;
  // "What's your number right now, here?", "What happens next, usually?", "When you
  // notice it, what happens next?", "What happened next?"
  // ("next" is a subordinator too: "next time you ...")
  for (std::size_t i = begin; i < end; ++i)
    if (is_word(c, i) && ((c.word(i).classes & (lexicon::kSceneExit | lexicon::kHabitual)) ||
                          ((c.word(i).classes & lexicon::kSubordinator) && c.text_of(i) != "next") ||
                          c.in_list(i, WordList::room_words) || c.in_list(i, WordList::past_tense_verbs)))
      return false;
  const std::size_t i = first_word(c, s);
  if (i >= end) return false;
  // "Keep going.", "Keep going, present tense." ("Go on." is said as often to
  // let the other speaker talk at all: not in the list)
  if (!c.sentence_question[s]) return c.phrase_at(i, WordList::scene_resume_requests) == 2 && c.sentence_words[s] <= 4;
  // "Can you keep going?", "Could you carry on from there?"
  if (c.in_list(i, WordList::ability_modals) && i + 2 < end && c.text_of(i + 1) == "you")
    return c.phrase_at(i + 2, WordList::scene_resume_requests) == 2;
  // "And then?", "Then what?"
  if (c.text_of(i) == "then") return c.sentence_words[s] <= 3;
  // "What happens next?", "And what happens next in the picture?"
  if (c.text_of(i) != "what" || i + 2 >= end || c.text_of(i + 1).substr(0, 6) != "happen") return false;
  return c.text_of(i + 2) == "next";
}

bool returns_to_scene(const TurnContext& c, std::uint32_t s) {
  const std::size_t end = c.sentence_first[s + 1];
  if (c.sentence_question[s] || c.sentence_words[s] < 4) return false;
  std::size_t i = first_word(c, s);
  // "Let's go back to ...", "Let yourself go back to ..."
  if (i + 2 < end && c.text_of(i) == "let" && (c.text_of(i + 1) == "'s" || c.text_of(i + 1) == "yourself")) i += 2;
  const std::size_t n = c.phrase_at(i, WordList::scene_return_phrases);
  if (n == 0 || i + n >= end || !is_word(c, i + n)) return false;
  // a place or a time, pointed at ("the house", "that day", "your kitchen"), not "go back to sleep"
  const std::size_t o = i + n;
  if (!(c.word(o).classes & lexicon::kDeterminer) && !c.in_list(o, WordList::back_pointing_determiners) &&
      c.text_of(o) != "your")
    return false;
  // "Let's go back to the guilt", "Go back to the room": a feeling, the body or the room is no scene
  // (the words up to a comma or "and": "the beginning and go through it again, a bit slower")
  for (std::size_t k = o; k < end && k < o + 4 && is_word(c, k) && !(c.word(k).classes & lexicon::kCoordinator); ++k)
    if (feeling_at(c, k) || c.in_list(k, WordList::room_words) || region_at(c, k) ||
        c.in_list(k, WordList::therapy_rooms) || (c.word(k).classes & lexicon::kSceneExit))
      return false;
  return true;
}

bool asks_in_pictured_scene(const TurnContext& c, std::uint32_t s) {
  const std::size_t begin = c.sentence_first[s], end = c.sentence_first[s + 1];
  if (!c.sentence_question[s] || !c.may_hold(WordList::scene_place_phrases)) return false;
  bool placed = false;
  for (std::size_t i = begin; i < end; ++i) {
    if (!is_word(c, i)) continue;
    // "here now, or was it in the scene?", "in the picture, usually?"
    if ((c.word(i).classes & (lexicon::kSceneExit | lexicon::kHabitual)) || c.text_of(i) == "here" ||
        c.in_list(i, WordList::room_words) || c.in_list(i, WordList::past_tense_verbs))
      return false;
    if (!placed && c.phrase_at(i, WordList::scene_place_phrases) > 0) placed = true;
  }
  return placed;
}

bool asks_there_in_scene(const TurnContext& c, std::uint32_t s) {
  // the words that ask of feeling, happening or the body ("feel…", "happen…", "body")
  const auto asking_word = [](WordText w) {
    return w.substr(0, 4) == "feel" || w.substr(0, 6) == "happen" || w == "body";
  };
  const std::size_t begin = c.sentence_first[s], end = c.sentence_first[s + 1];
  if (!c.sentence_question[s] || c.sentence_words[s] > 12) return false;
  bool asks = false, verb = false, placed = false, listener = false, led_by_asking = false;
  for (std::size_t i = begin; i < end; ++i) {
    if (!is_word(c, i)) continue;
    const WordText t = c.text_of(i);
    // "What were you feeling, standing there?", "What do you say to him there, usually?",
    // "How are you doing over there, here in the room?": the past, a habit or the room
    if ((c.word(i).classes & (lexicon::kSceneExit | lexicon::kHabitual)) || t == "here" ||
        c.in_list(i, WordList::room_words) || c.in_list(i, WordList::past_tense_verbs))
      return false;
    if (const lexicon::Hit* h = c.hit_at(i); h && c.has(*h, EntryKind::imagination)) return false;
    // "And as you're there, what do you feel?", "When you lie there, what happens?": an
    // occasion of the listener's presence asks about the room or a habit
    if ((c.word(i).classes & lexicon::kSubordinator) && i + 1 < end && c.text_of(i + 1) == "you") return false;
    listener = listener || t == "you" || t == "your";
    asks = asks || asking_word(t) || (c.word(i).classes & lexicon::kLooking) || region_at(c, i);
    verb = verb || (c.word(i).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel | lexicon::kAction |
                                         lexicon::kAuxiliary | lexicon::kInstruction | lexicon::kSpeech));
    if (t != "there" || i == begin) continue;
    // "there" closing the question or before the place it names ("there by the water",
    // "there on the bench"), not "Is there ...", "there's", "in there" (inside the
    // listener: "Is there any shame in there?") or "over there" (across the room)
    // ("by" has no class of its own: "there by the water")
    const bool closes = i + 1 >= end || !is_word(c, i + 1) || (c.word(i + 1).classes & lexicon::kPreposition) ||
                        c.text_of(i + 1) == "by";
    const std::size_t p = i - 1;
    const WordText b = c.text_of(p);
    // after a comma, a participle of being there ("standing there", "lying there"),
    // "out" or "right", or the asking words themselves ("What are you feeling there?")
    const bool after_asking = asking_word(b) || b == "you";
    const bool set_off = c.word(p).punct == Punct::comma ||
                         (is_word(c, p) && ends_with_ing(b) && !after_asking && !feeling_at(c, p)) || b == "out" ||
                         b == "right";
    if (closes && (set_off || after_asking)) placed = true, led_by_asking = !set_off;
  }
  // "I notice your jaw. What's happening there?": "there" right after the asking
  // words with no listener asked of points at a part of the body, in the room
  if (led_by_asking && !listener) return false;
  // "And you, there in the kitchen with her?", "And the back, out there?": no verb,
  // the listener or a body part called on in the place
  return placed && (asks || (!verb && c.sentence_words[s] <= 8));
}

bool asks_now_in_scene(const TurnContext& c, std::uint32_t s) {
  const std::size_t end = c.sentence_first[s + 1];
  if (!c.sentence_question[s] || c.sentence_words[s] > 7) return false;
  const std::size_t i = first_word(c, s);
  const std::size_t n = i < end ? c.phrase_at(i, WordList::scene_now_questions) : 0;
  if (n == 0) return false;
  std::size_t last = end;
  while (last > i + n && !is_word(c, last - 1)) --last;
  if (last <= i + n || c.text_of(last - 1) != "now") return false;
  --last;
  // "Where are you with it now?", "Where are you on the scale now?" ask where things stand
  if (c.text_of(i) == "where") return last == i + n;
  // "What happens in the doorway now?", "What's happening in the boy now?": a place or a
  // person of the scene; "What's happening in you now?", "in your body", "right now",
  // "now, here" ask about the listener in the room
  for (std::size_t k = i + n; k < last; ++k) {
    if (!is_word(c, k)) return false;
    const WordText w = c.text_of(k);
    if (w == "you" || w == "your" || w == "right" || c.in_list(k, WordList::room_words) || region_at(c, k) ||
        (c.word(k).classes & (lexicon::kSceneExit | lexicon::kHabitual)) || c.in_list(k, WordList::past_tense_verbs))
      return false;
  }
  return true;
}

}  // namespace feltline::analyse
