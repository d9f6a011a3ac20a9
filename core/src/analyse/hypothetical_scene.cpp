#include "analyse/hypothetical_scene.hpp"

#include "analyse/hypothetical_carryover.hpp"
#include "analyse/hypothetical_role_play.hpp"
#include "analyse/hypothetical_scene_resume.hpp"
#include "analyse/hypothetical_scene_terms.hpp"

namespace feltline::analyse {
// "What else?", "What else do you notice?", "And then?", "Then what?": a question
// asking for more of what was just narrated.
bool asks_for_more(const TurnContext& c, std::uint32_t s) {
  std::size_t i = c.sentence_first[s];
  const std::size_t end = c.sentence_first[s + 1];
  while (i < end && (c.word(i).punct != Punct::none || (c.word(i).classes & lexicon::kCoordinator))) ++i;
  if (!c.sentence_question[s] || i + 1 >= end) return false;
  const WordText t = c.text_of(i + 1);
  if (c.sentence_words[s] <= 3 && c.text_of(i) == "then" && (c.word(i + 1).punct != Punct::none || t == "what")) return true;
  return c.text_of(i) == "what" &&
         (t == "else" || (c.sentence_words[s] <= 3 && c.in_list(i + 1, lexicon::WordList::what_next_words)));
}

namespace {

using lexicon::EntryKind;
using lexicon::WordList;

bool is_word(const TurnContext& c, std::size_t i) { return i < c.size() && c.word(i).punct == Punct::none; }

// "Now picture the gate", "Okay, so imagine ...": words that may stand before an
// imperative cue at the start of its clause.
bool lead_in(const TurnContext& c, std::size_t i) {
  // "And imagine ...", "Because what if I get one in the middle of it."
  return c.word(i).classes &
         (lexicon::kFiller | lexicon::kSkippable | lexicon::kCoordinator | lexicon::kLeadIn);
}

// An invitation to imagine: "Imagine ...", "Now picture ...", "I'd like you to
// picture ...", "let's imagine ...", "can you picture ...", "I picture myself ...".
bool opens_scene(const TurnContext& c, const lexicon::Hit& cue) {
  if (!c.has(cue, EntryKind::imagination) || c.has(cue, EntryKind::hypothetical_pseudo)) return false;
  if (c.negated_by[cue.first] >= 0) return false;  // "I can't imagine going back"
  // "every time I picture the office", "when I imagine it": a habit of imagining, reported
  for (std::size_t i = cue.first, n = 0; i-- > 0 && n < 3 && is_word(c, i); ++n)
    if ((c.word(i).classes & lexicon::kHabitual) || c.text_of(i) == "when") return false;
  std::size_t i = cue.first;
  while (true) {
    if (c.clause_start[i]) return true;
    std::size_t k = i;
    while (k > 0 && c.word(k - 1).punct == Punct::comma) --k;
    if (k == 0 || !is_word(c, k - 1)) return true;
    const std::size_t p = k - 1;
    const WordText t = c.text_of(p);
    if (t == "to" || t == "you") return true;
    // "Can we picture it?", "Shall we imagine the morning?": asked of both speakers
    if (t == "we" && p > 0 && is_word(c, p - 1) && (c.word(p - 1).classes & lexicon::kAuxiliary)) return true;
    // "Now, and this is the harder one, imagine the fourth round": after a comma, an imperative
    if (k < i && i == cue.first && !(c.word(p).classes & (lexicon::kSubject | lexicon::kPerson))) return true;
    // "Tolu, picture it.": a name the lexicon does not know, called before the invitation
    if (k < i && c.word(p).id == 0 && (p == 0 || !is_word(c, p - 1)) && c.sentence[p] == c.sentence[i]) return true;
    if (t == "'s" && p > 0 && c.text_of(p - 1) == "let") return true;
    // "I imagine that was hard" is a hedge; "I picture myself walking in" is not
    if (t == "i") return !c.in_list(cue.first, WordList::hedging_imagination);
    if (!lead_in(c, p)) return false;
    i = p;
  }
}

// "I'm actually a bit excited", "at the match, actually watching it":
// "actually" before the words it stresses goes on with the narration; opening
// the sentence or before a comma ("Actually, right now my hands are sweaty",
// "I'm fine, actually." opening a turn) it steps back to the room.
bool emphasis(const TurnContext& c, std::size_t i, std::size_t first, std::size_t end) {
  // "so I'm already irritated", "Already the lower back tight.": "already" says how
  // far things have come in the scene's time
  if (c.text_of(i) == "already") return true;
  // "It's the last run.", "the last stop": "the last" is the final one in the scene;
  // "last week", "the last time", "the last few days" tell of the past (round thirty-three)
  if (c.text_of(i) == "last" && i > first && c.text_of(i - 1) == "the" && i + 1 < end && is_word(c, i + 1) &&
      c.text_of(i + 1) != "time" && c.text_of(i + 1) != "few" && c.text_of(i + 1) != "couple" &&
      !c.word(i + 1).is_number && !(c.word(i + 1).classes & (lexicon::kSceneTime | lexicon::kMoment)))
    return true;
  // "I'm checking it every ten seconds", "every few seconds": a repetition within
  // the scene's moment, no habit
  if (c.text_of(i) == "every") {
    std::size_t k = i + 1;
    if (k < end && (c.word(k).is_number || c.text_of(k) == "few")) ++k;
    return k < end && (c.word(k).classes & lexicon::kMoment) && c.text_of(k) != "time";
  }
  if (c.text_of(i) != "actually" || i + 1 >= end) return false;
  // "Actually I'm surprised.": opening the sentence with no comma, it stresses what
  // the narrator finds in the scene ("Actually, right now ..." steps out)
  if (i == first) {
    if (c.word(i + 1).punct != Punct::none) return false;
    for (std::size_t k = i + 1; k < end; ++k)
      if (is_word(c, k) && (c.word(k).classes & (lexicon::kSceneExit | lexicon::kHabitual))) return false;
    return true;
  }
  if (i <= first) return false;
  if (c.word(i + 1).punct == Punct::none) return true;
  // "There's a lorry ahead. I'm calm, actually.": after the turn's first sentence,
  // ending the sentence it stresses what the narrator finds in the scene
  if (first > 0 && c.word(i - 1).punct == Punct::comma && i + 2 == end) return true;
  // "I'm excited, actually, a bit": set off by commas inside the sentence, it stresses
  return c.word(i - 1).punct == Punct::comma && c.word(i + 1).punct == Punct::comma && i + 2 < end &&
         c.word(i + 2).punct == Punct::none;
}

bool asks_narration(const TurnContext& c, std::uint32_t s);

// "Vikram says, Karthik, can you pick it up?", "I say, I can take it. Which one
// is the priority?": a question someone in the scene asks, told by the
// narrator, is narration.
bool quotes_question(const TurnContext& c, std::uint32_t s) {
  // ("\"Tea, Harold?\" And I say no.": a question in quotation marks)
  bool quoted = true;
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i)
    if (is_word(c, i) && !c.word(i).quoted) quoted = false;
  if (quoted) return true;
  for (std::size_t i = c.sentence_first[s > 0 ? s - 1 : s] + 1; i + 1 < c.sentence_first[s + 1]; ++i) {
    if ((c.word(i).classes & lexicon::kSpeechReport) && c.word(i + 1).punct != Punct::none &&
        (c.word(i - 1).classes & lexicon::kSubject || c.word(i - 1).id == 0))
      return true;
  }
  return false;
}

// "he asks", "she says", "I tell him": a speech verb in the present, said in the
// scene ("said", "told" and "asked" report the past; "Tell me" asks now).
// "He asks how was the exam.", "I tell him I've been numb for months.": the past
// after it is what is said in the scene, which goes on after the sentence
// (`reported`); the words said are left unflagged (heldout14 annotates "numb" so).
bool reports_now(const TurnContext& c, std::size_t i) {
  if (!(c.word(i).classes & lexicon::kSpeechReport)) return false;
  const WordText t = c.text_of(i);
  if (t == "says" || t == "asks" || t == "tells") return true;
  return (t == "say" || t == "ask" || t == "tell") && i > 0 && is_word(c, i - 1) &&
         (c.word(i - 1).classes & lexicon::kSubject);
}

// Whether sentence `s` goes on narrating the scene (see the header).
// "I can hear them laughing, which is terrifying, because what if they've used it
// all up?": a worry the narrator voices inside the narration goes on with it.
bool voices_worry(const TurnContext& c, std::uint32_t s) {
  for (std::size_t i = c.sentence_first[s] + 1; i + 1 < c.sentence_first[s + 1]; ++i)
    if (c.text_of(i) == "what" && c.text_of(i + 1) == "if" && c.word(i - 1).punct == Punct::none) return true;
  return false;
}

// "every time", "each morning", "every so often": a habit; "every truck in the lot",
// "each face" name things all at once in the scene, not a habit.
bool habit_word(const TurnContext& c, std::size_t i) {
  if (!(c.word(i).classes & lexicon::kHabitual)) return false;
  if (!c.in_list(i, WordList::distributive_quantifiers)) return true;
  if (i + 1 >= c.size()) return true;
  if (c.in_list(i + 1, WordList::habit_times)) return true;
  const WordText n = c.text_of(i + 1);
  return n.size() > 3 && n.substr(n.size() - 3) == "day";  // "every Sunday", "each weekday"
}

// "That's a very vivid picture.", "That's a painful image.": a short verdict on
// the scene as a picture looks at it from the room (fifteen writers' splits
// comment so; the replies after it speak from now: "I get breathless just
// thinking about it.").
bool judges_picture(const TurnContext& c, std::uint32_t s) {
  const std::size_t i = c.sentence_first[s], end = c.sentence_first[s + 1];
  if (c.sentence_words[s] > 7 || i + 2 >= end || (!c.in_list(i, WordList::demonstratives) && c.text_of(i) != "it"))
    return false;
  if (!(c.word(i + 1).classes & lexicon::kBe)) return false;
  std::size_t last = i;
  for (std::size_t k = i; k < end; ++k)
    if (is_word(c, k)) last = k;
  return c.in_list(last, WordList::scene_image_nouns);
}

// "My heart is pumping now.", "He's small now.": inside an exercise, the client's
// "now" is the scene's ("right now", "now, here" are the room's; round thirty-seven).
bool scene_now(const TurnContext& c, std::size_t i) {
  if (!c.in_exercise || !c.client_turn || c.text_of(i) != "now") return false;
  if (i > 0 && c.text_of(i - 1) == "right") return false;
  for (std::size_t k = i + 1; k < c.size() && k < i + 3; ++k)
    if (c.text_of(k) == "here" || c.text_of(k) == "actually") return false;
  return true;
}

// "Stepping out.", "Let me step out for a second.": the speaker leaves the scene.
bool steps_out_word(const TurnContext& c, std::size_t i) {
  const WordText t = c.text_of(i);
  return (t == "step" || t == "stepping") && i + 1 < c.size() && c.text_of(i + 1) == "out";
}

// "Right now my palms are sweaty", "I always do that", "That was intense.": a
// sentence with a word that steps back to now, the past, a habit or the room.
bool steps_back(const TurnContext& c, std::uint32_t s) {
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i)
    if (is_word(c, i) && (((c.word(i).classes & lexicon::kSceneExit) && !scene_now(c, i)) || habit_word(c, i) ||
                          c.text_of(i) == "here" || steps_out_word(c, i) ||
                          c.phrase_at(i, WordList::room_openers) > 0 || c.phrase_at(i, WordList::exercise_exits) > 0))
      return true;
  return false;
}

bool continues_scene(const TurnContext& c, std::uint32_t s, bool* reported = nullptr) {
  if (c.sentence_question[s]) return quotes_question(c, s) || voices_worry(c, s);
  if (judges_picture(c, s)) return false;
  const std::size_t begin = c.sentence_first[s], end = c.sentence_first[s + 1];
  std::size_t first = begin;
  // "And then the wheels leave the ground", "Then the doors close"
  // ("Like my chest is so tight.": "like" opening the sentence is a filler)
  while (first < end && (!is_word(c, first) || (c.word(first).classes & lexicon::kCoordinator) ||
                         c.in_list(first, WordList::scene_sentence_fillers) ||
                         (first == begin && c.text_of(first) == "like")))
    ++first;
  // "And straight away I'm annoyed", "Right away my chest tightens": the next moment of the scene
  if (first + 2 < end && c.phrase_at(first, WordList::next_moment_phrases) == 2) first += 2;
  // "Now you say something different.": "now" before the listener's next act moves the scene on
  // ("Now you're at your own desk.": or before the listener set in the next place)
  if (first + 2 < end && c.text_of(first) == "now" && c.text_of(first + 1) == "you" &&
      ((c.word(first + 2).classes & (lexicon::kSpeechOpener | lexicon::kAction)) ||
       ((c.word(first + 2).classes & lexicon::kBe) && first + 3 < end && is_word(c, first + 3) &&
        (c.word(first + 3).classes & lexicon::kPreposition))))
    ++first;
  if (first >= end) return false;
  // "what if she leaves. i mean i am sorry.": "I mean" is the speaker saying now what they mean
  if (first + 1 < end && c.phrase_at(first, WordList::speaker_asides) == 2) return false;
  // "But sitting here, my heart isn't racing.", "Here in the room, I'm calm.": a
  // sentence opened by the room steps back to it (round thirty-four)
  if (c.phrase_at(first, WordList::room_openers) > 0) return false;
  // "It sounds like you're worried about more than the airport.": a hedged reflection speaks from now
  for (std::size_t i = first; i + 1 < end && i < first + 3; ++i)
    if (c.phrase_at(i, WordList::hedged_reflections) == 2) return false;
  const lexicon::Hit* h = c.hit_at(first);
  const bool feeling = h && (c.has(*h, EntryKind::emotion) || c.has(*h, EntryKind::quality));
  // "Oh.", "Northbound.": a lone exclamation, or a word the lexicon does not know
  // (a place, a name), is the narrator's next moment in the scene
  if (c.sentence_words[s] == 1 && !h && !(c.word(first).classes & lexicon::kAcknowledgement) &&
      ((c.word(first).classes & lexicon::kFiller) || c.word(first).id == 0 ||
       (c.word(first).classes == 0 && !c.in_list(first, WordList::one_word_verdicts))))
    return true;
  // "Good." / "Right.": an acknowledgement steps out of the scene
  if (c.sentence_words[s] < 2 && !feeling) return false;
  // "Good question.", "Fair point.", "Well done.": a short verbless verdict on what
  // the other speaker said or did steps out too (list short_verdicts)
  if (c.sentence_words[s] <= 3 && c.sentence_words[s] > 1 && c.in_list(first, WordList::short_verdicts)) {
    bool verb = false, felt = false;
    for (std::size_t i = first + 1; i < end; ++i) {
      if (!is_word(c, i)) continue;
      verb = verb || (c.word(i).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel | lexicon::kAuxiliary |
                                           lexicon::kPerson | lexicon::kSubject));
      if (const lexicon::Hit* k = c.hit_at(i); k && (c.has(*k, EntryKind::emotion) || c.has(*k, EntryKind::quality)))
        felt = true;
    }
    if (!verb && !felt) return false;
  }
  const WordText t = c.text_of(first);
  const bool narrates =
      feeling ||
      // "Heart's hammering.", "Throat's raw.": a body part opens the sentence as its subject
      (h && c.has(*h, EntryKind::region)) ||
      (c.word(first).classes &
       (lexicon::kSubject | lexicon::kPerson | lexicon::kDeterminer | lexicon::kPreposition)) ||
      t == "a" || t == "an" ||
      // "Every number is louder.", "Every face turns.": things all at once in the
      // scene ("Every time I go in" is a habit, which ends the scene below)
      (c.in_list(first, WordList::distributive_quantifiers) && !habit_word(c, first)) ||
      // "Third pew. With her.": who or what is there with them
      t == "with" ||
      // "Nothing comes.", "Nothing happens.": nothing is what happens next
      t == "nothing" ||
      // "Which is actually better.": a comment on what was just narrated
      t == "which" ||
      // "Walk to the bleachers, back's stiff.": a verb with its subject left out
      // (not "Talk me through what happens": a request to narrate)
      (c.word(first).classes == 0 && !h && c.sentence_words[s] > 2 && !asks_narration(c, s)) ||
      // "By Friday you're ...", "As the plane climbs, ...", "Once you sit down, ..."
      c.in_list(first, WordList::scene_time_openers) ||
      // "Tuesday is easier": a name or noun the lexicon does not know, then its verb
      (c.word(first).id == 0 && first + 1 < end && (c.word(first + 1).classes & lexicon::kBe)) ||
      // "Other people are practising", "Two men are shouting": a word before a person
      // (not a clause opener: "Before I sat with it I'd put my anxiety at 7/10" tells
      // of the exercise from outside it, as the seed's role-play does)
      (first + 1 < end && (c.word(first + 1).classes & lexicon::kPerson) &&
       !(c.word(first).classes & (lexicon::kInstruction | lexicon::kAction | lexicon::kSpeech | lexicon::kBe |
                                  lexicon::kBecome | lexicon::kFeel | lexicon::kWh | lexicon::kSubordinator)));
  // "Quarter chicken, medium, chips.": a sentence with no verb goes on with the
  // scene ("Okay, good." is an acknowledgement)
  // ("No injections.": a noun the lexicon does not know names something in the scene)
  bool verb = c.sentence_words[s] < 3;
  for (std::size_t i = first; i < end && verb && c.sentence_words[s] == 2; ++i)
    if (is_word(c, i) && c.word(i).id == 0) verb = false;
  // "Green floor.", "Cold tiles.": two plain words, neither of which the lexicon
  // gives a class, a hit or a verdict, name something in the scene ("Stepping
  // out.", "Moved on.": a verb form is no name)
  if (verb && c.sentence_words[s] == 2 && !c.in_list(first, WordList::short_verdicts) &&
      !c.in_list(first, WordList::one_word_verdicts)) {
    const auto verb_form = [](std::string_view t) {
      return (t.size() > 4 && t.substr(t.size() - 3) == "ing") || (t.size() > 3 && t.substr(t.size() - 2) == "ed");
    };
    bool plain = true;
    for (std::size_t i = first; i < end && plain; ++i)
      if (is_word(c, i) && (c.word(i).classes != 0 || c.hit_at(i) || verb_form(c.text_of(i)))) plain = false;
    if (plain) verb = false;
  }
  for (std::size_t i = first; i < end && !verb; ++i)
    verb = is_word(c, i) && (c.word(i).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel |
                                                   lexicon::kAction | lexicon::kInstruction | lexicon::kSceneExit));
  // "Properly scared.": a short sentence with a feeling and no verb goes on
  bool felt = feeling;
  for (std::size_t i = first; i < end && !felt; ++i)
    if (const lexicon::Hit* k = c.hit_at(i); k && (c.has(*k, EntryKind::emotion) || c.has(*k, EntryKind::quality)))
      felt = true;
  const bool verbless_feeling = felt && c.sentence_words[s] < 3;
  if (!narrates && verb && !verbless_feeling) return false;
  bool speech = false;  // a present speech verb came before ("He asks how was the exam.")
  for (std::size_t i = first; i < end; ++i) {
    // "I'm looking at the menu like I've never seen it before": a simile is not
    // a time of the narration
    if (is_word(c, i) && (c.text_of(i) == "like" || (c.text_of(i) == "as" && i + 1 < end && c.text_of(i + 1) == "if")))
      break;
    // "I'm happy because Abena made jollof": a past after "because", once the sentence
    // has narrated, is the reason for the state in the scene, not a step out (round thirty-three)
    // ("because what people dread is often worse": no subject of its own, a general truth)
    if (is_word(c, i) && i > first + 1 && c.text_of(i) == "because" && i + 1 < end && is_word(c, i + 1) &&
        ((c.word(i + 1).classes & (lexicon::kSubject | lexicon::kPerson)) || c.word(i + 1).id == 0))
      break;
    speech = speech || (is_word(c, i) && reports_now(c, i));
    // "Then, when you're ready, come back to the room.", "Come back here.": the
    // usual close of an imagery exercise returns to the room
    // ("at the back of the room" is a place in the scene)
    if (is_word(c, i) && c.text_of(i) == "back" && i + 1 < end &&
        (c.text_of(i + 1) == "to" || c.text_of(i + 1) == "into" || c.text_of(i + 1) == "in" ||
         c.text_of(i + 1) == "here"))
      for (std::size_t k = i + 1; k < end && k < i + 4; ++k)
        if (is_word(c, k) && c.in_list(k, WordList::room_words) && c.text_of(k) != "eyes") return false;
    // "You always tense up": a habit is real, not part of the scene
    if (is_word(c, i) && (((c.word(i).classes & lexicon::kSceneExit) && !scene_now(c, i)) || habit_word(c, i)) &&
        !emphasis(c, i, first, end)) {
      if (reported) *reported = speech && c.text_of(i) != "now";
      return false;
    }
  }
  return true;
}

// "Talk me through what happens", "What do you see?", "What does he do?": a
// sentence that asks for the scene to be narrated (class scene_narration).
bool asks_narration(const TurnContext& c, std::uint32_t s) {
  std::size_t last = c.sentence_first[s + 1];
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i) {
    if (!is_word(c, i)) continue;
    if (c.word(i).classes & lexicon::kSceneNarration) return true;
    last = i;
  }
  // "What does he do?", "And what do you say?": the question ends on its verb;
  // "What's it like?", "What comes up?" ask for the scene as it is lived
  if (last >= c.sentence_first[s + 1] || !c.sentence_question[s]) return false;
  const WordText t = c.text_of(last);
  if (t == "up" && last > 0 && c.in_list(last - 1, WordList::come_forms)) return true;
  // "Waiting for the stab. What comes?", "What comes next?"
  if ((t == "comes" || (t == "next" && last > 0 && c.text_of(last - 1) == "comes")) &&
      c.text_of(c.sentence_first[s]) == "what")
    return true;
  // "What's there?": what the scene holds
  if (t == "there" && c.sentence_words[s] <= 3 && c.text_of(c.sentence_first[s]) == "what") return true;
  // "What's Mum doing?", "What's he saying?"
  return c.in_list(last, WordList::narration_question_ends) || asks_for_more(c, s);
}

// "Stay there.", "Stay with it.", "Stay there for a moment.": the other speaker
// keeps the scene just narrated going.
// "for a moment", "for one more second" closing sentence `s`: how many words it takes (0: none).
std::uint32_t closing_pause(const TurnContext& c, std::uint32_t s) {
  std::size_t last = c.sentence_first[s + 1];
  while (last > c.sentence_first[s] && !is_word(c, last - 1)) --last;
  if (last == c.sentence_first[s] || !(c.word(last - 1).classes & lexicon::kMoment)) return 0;
  std::uint32_t n = 1;
  for (std::size_t k = last - 1; k-- > c.sentence_first[s] && n < 5;) {
    if (!is_word(c, k)) return 0;
    ++n;
    if (c.text_of(k) == "for") return n;
  }
  return 0;
}

bool keeps_scene(const TurnContext& c, std::uint32_t s) {
  const std::size_t i = c.sentence_first[s];
  // "Stay with it for one more moment.", "Stay in the bed for a moment.": the pause asked
  // for is no part of the place
  if (c.sentence_words[s] - closing_pause(c, s) > 6 || i + 1 >= c.sentence_first[s + 1]) return false;
  const WordText f = c.text_of(i);
  // "Keep going.", "Go on.", "Carry on.": the narrator is asked to go on
  if (c.sentence_words[s] == 2 && c.phrase_at(i, WordList::go_on_requests) == 2) return true;
  // "Stay on the bike.", "Stay at the door.": a place of the scene
  return f == "stay" &&
         (c.in_list(i + 1, WordList::stay_places) || (c.word(i + 1).classes & lexicon::kPreposition));
}

// "Can you notice the fear and still lift the trumpet?": asked inside a scene
// kept from an answer, "can you" / "could you" asks the listener to act in it
// (settled before round six, 13).
bool asks_to_act_in_scene(const TurnContext& c, std::uint32_t s) {
  const std::size_t i = c.sentence_first[s];
  if (!c.sentence_question[s] || i + 1 >= c.sentence_first[s + 1]) return false;
  return c.in_list(i, WordList::ability_modals) && c.text_of(i + 1) == "you";
}

// "Can we picture Friday for a moment?", "Shall we imagine that conversation?",
// "Would it help to picture going with her?": a request to imagine made of both
// speakers, or offered as a help, invites the answer into the scene as "can you" does.
bool asks_to_imagine_together(const TurnContext& c, std::uint32_t s) {
  const std::size_t i = c.sentence_first[s], end = c.sentence_first[s + 1];
  if (!c.sentence_question[s] || i + 3 >= end) return false;
  if ((c.in_list(i, WordList::ability_modals) || c.text_of(i) == "shall") && c.text_of(i + 1) == "we") return true;
  return (c.text_of(i) == "would" && c.text_of(i + 1) == "it" && c.text_of(i + 2) == "help" && c.text_of(i + 3) == "to");
}

// "How do you feel walking out?", "What are you feeling?": asked at the end of a
// scene that is running, a question about feeling asks how it feels in the scene
// (a scene the speaker set up just before); "How do you feel now?" and "What do
// you notice?" (a looking verb) ask about the room.
// "How are you feeling about trying it?", "How are you feeling as we near the end
// of this letter?": a feeling about the plan, or in the session's own time, is
// asked of the room (heldout22 and heldout24 annotate the answers reported, as
// round twenty-one found for 'hopeful' in heldout9 and heldout27); word `i` is
// where the question says so.
bool asks_of_room(const TurnContext& c, std::size_t i) {
  if (i + 1 >= c.size()) return false;
  return (c.text_of(i).substr(0, 4) == "feel" && c.text_of(i + 1) == "about") ||
         (c.text_of(i) == "as" && c.text_of(i + 1) == "we");
}

bool asks_feeling_in_scene(const TurnContext& c, std::uint32_t s) {
  if (!c.sentence_question[s]) return false;
  bool feel = false;
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i) {
    if (!is_word(c, i)) continue;
    if (c.word(i).classes & (lexicon::kSceneExit | lexicon::kLooking | lexicon::kHabitual)) return false;
    if (c.text_of(i) == "here") return false;
    // "How does it feel to imagine that?" asks how imagining feels, now
    if (const lexicon::Hit* h = c.hit_at(i); h && c.has(*h, EntryKind::imagination)) return false;
    if (asks_of_room(c, i)) return false;
    if (c.text_of(i).substr(0, 4) == "feel") feel = true;
  }
  return feel;
}

// "When you picture going home, what comes up?", "If you imagine the call,
// what do you notice?": a question that asks the listener to imagine hands the
// scene over ("If you imagine saying it now, what happens inside?" asks about now).
bool invites_in_question(const TurnContext& c, std::uint32_t s, const lexicon::Hit& cue) {
  if (!c.sentence_question[s] || !c.has(cue, EntryKind::imagination) || c.has(cue, EntryKind::hypothetical_pseudo))
    return false;
  if (cue.first < 2 || c.text_of(cue.first - 1) != "you") return false;
  if (!c.in_list(cue.first - 2, WordList::invitation_openers)) return false;
  const std::size_t first = c.sentence_first[s], end = c.sentence_first[s + 1];
  for (std::size_t i = first; i < end; ++i)
    if (is_word(c, i) && (c.word(i).classes & lexicon::kSceneExit) && !emphasis(c, i, first, end)) return false;
  return true;
}

// "And as you get closer?", "What do you notice?", "And your body, out there?":
// asked inside a scene the other speaker is narrating, a question of the
// scene's present hands it back; "How was that?", "And right now?", "What's
// here?" and "How does it feel to imagine that?" step out of it.
bool asks_in_scene(const TurnContext& c, std::uint32_t s) {
  if (!c.sentence_question[s]) return false;
  // "Where are you now?", "What's happening now?": "now" is the scene's present
  // (heldout15, heldout16, heldout30, heldout36, heldout42 annotate the answers imagined)
  if (asks_now_in_scene(c, s)) return true;
  const std::size_t first = c.sentence_first[s], end = c.sentence_first[s + 1];
  for (std::size_t i = first; i < end; ++i) {
    if (!is_word(c, i)) continue;
    if ((c.word(i).classes & (lexicon::kSceneExit | lexicon::kHabitual)) && !emphasis(c, i, first, end)) return false;
    if (c.text_of(i) == "here" || asks_of_room(c, i)) return false;
    if (const lexicon::Hit* h = c.hit_at(i); h && c.has(*h, EntryKind::imagination)) return false;
  }
  return true;
}

// "Imagine you're lying on the table. The ring moves over you. What do you
// notice?", "Picture the next match. Someone on your team messes up. What do you
// notice?": a short looking question right after an invitation that put a person
// in the scene asks what is noticed there (heldout9, heldout20, heldout22 annotate
// the answers so); "Imagine your breath going into your belly. What do you
// notice?" sets no one in it, and "And right now, what do you notice?" steps out
// (asks_in_scene).
bool looks_into_peopled_scene(const TurnContext& c, std::uint32_t s, const lexicon::Hit& cue) {
  if (!c.sentence_question[s] || c.sentence_words[s] > 5) return false;
  bool looking = false;
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i)
    if (is_word(c, i) && (c.word(i).classes & lexicon::kLooking)) looking = true;
  if (!looking) return false;
  for (std::size_t i = cue.last; i < c.sentence_first[s]; ++i)
    if (is_word(c, i) && (c.word(i).classes & lexicon::kPerson)) return true;
  return false;
}

// "As you breathe out, what happens?", "And as you're there, what do you feel?":
// an occasion of the listener's breath or presence asks about the room.
bool occasion_in_room(const TurnContext& c, std::uint32_t s) {
  for (std::size_t i = c.sentence_first[s]; i + 2 < c.sentence_first[s + 1]; ++i)
    if ((c.word(i).classes & lexicon::kSubordinator) && c.text_of(i + 1) == "you" &&
        (c.word(i + 2).classes & (lexicon::kBe | lexicon::kInstruction)))
      return true;
  return false;
}

// "Waiting for the stab.", "Proud of your legs.": more than a feeling's word, with
// no subject and no verb of being, repeats what the other speaker narrated.
bool verbless_reflection(const TurnContext& c, std::uint32_t s) {
  if (c.sentence_words[s] < 2) return false;
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i)
    if (is_word(c, i) && (c.word(i).classes & (lexicon::kSubject | lexicon::kBe | lexicon::kFeel))) return false;
  return true;
}

// Whether sentence `s` reports a feeling rather than set a scene: it is short,
// holds an emotion or sensation word ("Dread.", "Something loosens in my chest")
// and no verb of action outside it ("I'm walking in and everyone turns around").
bool reports_feeling(const TurnContext& c, std::uint32_t s) {
  if (c.sentence_words[s] > 6) return false;
  // "The boat is too small.": a feeling word said of a thing in the scene
  const std::size_t f = c.sentence_first[s];
  if (c.in_list(f, WordList::thing_determiners) && f + 1 < c.size() && is_word(c, f + 1) && !c.hit_at(f + 1))
    return false;
  bool feeling = false;
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i) {
    if (!is_word(c, i)) continue;
    // "She's terrified.": the feeling of someone in the scene is imagined, not felt now
    if (!feeling && (c.word(i).classes & lexicon::kSubject)) {
      if (c.in_list(i, WordList::third_persons)) return false;
    }
    const lexicon::Hit* h = c.hit_at(i);
    if (h && (c.has(*h, EntryKind::emotion) || c.has(*h, EntryKind::quality))) feeling = true;
    else if (c.word(i).classes & lexicon::kAction) return false;
  }
  return feeling;
}

// "Okay.", "Um.", "ok um.": a word or two of acknowledgement before the answer starts.
bool acknowledgement(const TurnContext& c, std::uint32_t s) {
  if (c.sentence_words[s] == 0 || c.sentence_words[s] > 2) return false;
  // "And then?", "Then?" opening the turn ask for more of the scene
  if (asks_for_more(c, s)) return false;
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i) {
    if (!is_word(c, i)) continue;
    if (c.sentence_words[s] == 1) {
      const lexicon::Hit* h = c.hit_at(i);
      return !(h && (c.has(*h, EntryKind::emotion) || c.has(*h, EntryKind::quality)));
    }
    if (!(c.word(i).classes & (lexicon::kFiller | lexicon::kAcknowledgement))) return false;
  }
  return true;
}

// "Sunil says, your team missed the deadline. You're on the call. What's
// happening?": a sentence that sets the listener in a scene (it opens with
// "you", narrates, and names no feeling) before a question asking for the
// narration hands a scene over without an invitation; "You're anxious. What's
// happening?" asks about now.
bool sets_listener_in_scene(const TurnContext& c, std::uint32_t s) {
  std::size_t first = c.sentence_first[s];
  const std::size_t end = c.sentence_first[s + 1];
  // "And then you see him.", "Suddenly you're at the front.": the next moment of the scene
  while (first < end && (!is_word(c, first) || (c.word(first).classes & lexicon::kCoordinator) ||
                         c.in_list(first, WordList::next_moment_words)))
    ++first;
  // "Now you're at your own desk.": "now" before the listener moves the scene on
  // (continues_scene decides whether what follows sets a place or an act)
  if (first + 1 < end && c.text_of(first) == "now" && c.text_of(first + 1) == "you") ++first;
  if (first >= end || c.text_of(first) != "you" || !continues_scene(c, s)) return false;
  // "You're here, in my office.", "You're in this room with me.": back in the room
  for (std::size_t i = first; i < end; ++i) {
    const WordText t = c.text_of(i);
    if (t == "here" || (c.in_list(i, WordList::therapy_rooms) && c.in_list(i - 1, WordList::room_owners)))
      return false;
  }
  // ("You're lacing up.": a particle is no feeling)
  for (std::size_t i = first; i < end; ++i)
    if (const lexicon::Hit* h = c.hit_at(i);
        h && (c.has(*h, EntryKind::emotion) ||
              (c.has(*h, EntryKind::quality) && !(c.word(i).classes & lexicon::kPreposition))))
      return false;
  return true;
}

// "... here in the room?", "What's here?": a word of the room in sentence `s`.
bool says_here(const TurnContext& c, std::uint32_t s) {
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i)
    if (is_word(c, i) && c.text_of(i) == "here") return true;
  return false;
}

// "Close your eyes. You're in the kitchen.": an instruction to close the eyes, then a
// sentence that sets the listener in a place, opens a guided scene with no word of imagining.
bool eyes_closed(const TurnContext& c, std::uint32_t s) {
  const std::size_t first = c.sentence_first[s], end = c.sentence_first[s + 1];
  if (c.sentence_question[s] || c.sentence_words[s] > 8) return false;
  for (std::size_t i = first; i + 2 < end; ++i)
    if (c.phrase_at(i, WordList::eye_closing_instructions)) return true;
  return false;
}

bool sets_listener_in_place(const TurnContext& c, std::uint32_t s) {
  if (!sets_listener_in_scene(c, s)) return false;
  const std::size_t first = c.sentence_first[s], end = c.sentence_first[s + 1];
  for (std::size_t i = first; i + 1 < end && i < first + 4; ++i)
    if ((c.word(i).classes & lexicon::kBe) && is_word(c, i + 1) && (c.word(i + 1).classes & lexicon::kPreposition))
      return true;
  return false;
}

// "You wouldn't have to push through this.": a sentence under a cue of its own
// is no narration of the scene's present.
bool has_own_cue(const TurnContext& c, std::uint32_t s) {
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i)
    if (const std::int32_t k = c.hypothetical_by[i]; k >= 0 && c.hits[k].first >= c.sentence_first[s]) return true;
  return false;
}

// "It's the morning of the sale. You've parked the trailer.": a time set in the
// present (class scene_time) before a sentence that sets the listener in it opens
// a scene without an invitation.
bool sets_scene_time(const TurnContext& c, std::uint32_t s) {
  const std::size_t i = c.sentence_first[s], end = c.sentence_first[s + 1];
  if (c.sentence_question[s] || s + 2 >= c.sentence_first.size() || c.text_of(i) != "it" ||
      !(c.word(i + 1).classes & lexicon::kBe))
    return false;
  // the time, up to "you" ("It's Thursday, half two, the green's wet, you're in the clubhouse.")
  bool timed = false, clock = false;
  std::size_t k = i + 2, n = 2;
  for (; k < end && n <= 16 && c.text_of(k) != "you"; ++k) {
    if (!is_word(c, k)) continue;
    ++n;
    if (c.word(k).classes & lexicon::kSceneTime) timed = true;
    // "ten past two", "half nine", "three o'clock", "9:20 in the morning": a clock time
    if (c.word(k).is_number)
      for (std::size_t j = k > 0 ? k - 1 : k; j < end && j < k + 4; ++j)
        if (c.word(j).classes & lexicon::kSceneTime) clock = true;
  }
  if (n > 16) return false;
  // "..., you're in the clubhouse": the listener set in the same sentence
  if (timed && k + 1 < end && c.word(k - 1).punct != Punct::none && (c.word(k + 1).classes & (lexicon::kBe | lexicon::kAuxiliary)))
    return true;
  // "It's the day you sign off. Manila airport, arrivals. Can you see it?": the
  // occasion defined by the listener's act, narrated on or asked into
  if (k < end && k > i + 2 && is_word(c, k - 1) &&
      ((c.word(k - 1).classes & lexicon::kSceneTime) || c.text_of(k - 1) == "day") &&
      k + 1 < end && is_word(c, k + 1) && !(c.word(k + 1).classes & (lexicon::kBe | lexicon::kAuxiliary | lexicon::kSceneExit)))
    return c.sentence_question[s + 1] ? c.sentence_words[s + 1] <= 4 : continues_scene(c, s + 1);
  if (k < end) return false;
  if (sets_listener_in_scene(c, s + 1)) return timed;
  // "It's March 2016, three o'clock in the morning. Where are you?": asked into the scene
  if (c.sentence_question[s + 1]) return clock && c.sentence_words[s + 1] <= 4;
  // "It's ten past two in the morning. Bells go down.": a reliving told in the
  // present (settled case 68) sets the clock and narrates on ("It's worse at night." is no time)
  return clock && continues_scene(c, s + 1);
}

// "What's happening?", "What's going on for you?": a short question of the
// present asking for narration, with no occasion ("As you let the breath out,
// what happens to the band?") and no past ("what you've felt since it happened").
bool short_narration_question(const TurnContext& c, std::uint32_t s) {
  if (c.sentence_words[s] > 6 || !asks_narration(c, s)) return false;
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i)
    if (is_word(c, i) && (c.word(i).classes & (lexicon::kSceneExit | lexicon::kSubordinator | lexicon::kHabitual)))
      return false;
  return true;
}

// "You're in the wings. The stage manager gives you the nod.": whether one of
// the (at most three) narrating sentences just before `s` sets the listener in
// a scene.
bool listener_set_before(const TurnContext& c, std::uint32_t s) {
  for (std::uint32_t k = s, n = 0; k-- > 0 && n < 3; ++n) {
    if (c.sentence_words[k] == 0 || !continues_scene(c, k)) return false;
    if (sets_listener_in_scene(c, k)) return true;
  }
  return false;
}

// "Talk me through what happens.": an instruction (not a question) to narrate
// what happens.
bool asks_to_narrate_happenings(const TurnContext& c, std::uint32_t s) {
  // "Tell me what you notice.", "Tell me what you see.": asked after the scene is set
  if (const std::size_t i = c.sentence_first[s];
      !c.sentence_question[s] && c.sentence_words[s] <= 6 && i + 4 < c.sentence_first[s + 1] &&
      c.phrase_at(i, WordList::narration_requests) == 4 && (c.word(i + 4).classes & lexicon::kLooking))
    return true;
  if (c.sentence_question[s] || !short_narration_question(c, s)) return false;
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i)
    if (is_word(c, i) && c.text_of(i).substr(0, 6) == "happen") return true;
  return false;
}

// "Going back in when you're ready.", "Let's go back to the stage.": a sentence
// that goes back to a scene narrated earlier.
bool goes_back(const TurnContext& c, std::uint32_t s) {
  for (std::size_t i = c.sentence_first[s] + 1; i < c.sentence_first[s + 1]; ++i) {
    if (!is_word(c, i) || (c.word(i).classes & lexicon::kSceneExit)) return false;
    if (c.text_of(i) == "back" && c.in_list(i - 1, WordList::return_verbs)) return true;
  }
  return false;
}

// "Take a second.", "Take your time.": a short pause inside a scene neither
// narrates it nor steps out of it (class moment).
bool pauses_scene(const TurnContext& c, std::uint32_t s) {
  if (c.sentence_question[s] || c.sentence_words[s] > 4) return false;
  // an instruction: "Take a second.", "Give it a moment." (not "Not this time.")
  if (!is_word(c, c.sentence_first[s]) || !(c.word(c.sentence_first[s]).classes & lexicon::kInstruction)) return false;
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i)
    if (is_word(c, i) && (c.word(i).classes & lexicon::kMoment)) return true;
  return false;
}

// "Sam?", "Jordan, your version?", "And you?": a short question with no verb
// that only calls on the listener hands a running scene to them ("And right
// now?" asks about now).
bool calls_on_listener(const TurnContext& c, std::uint32_t s) {
  if (!c.sentence_question[s] || c.sentence_words[s] > 3) return false;
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i) {
    if (!is_word(c, i)) continue;
    if (c.word(i).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel | lexicon::kAction | lexicon::kWh |
                             lexicon::kSceneExit | lexicon::kLooking | lexicon::kInstruction | lexicon::kHabitual))
      return false;
    if (const lexicon::Hit* h = c.hit_at(i); h && (c.has(*h, EntryKind::emotion) || c.has(*h, EntryKind::quality)))
      return false;
  }
  return true;
}

// "It is.", "I do.": an answer that opens confirming what the other speaker
// just said comments on it rather than narrating the scene they left open.
bool comments(const TurnContext& c, std::uint32_t s) {
  const std::size_t i = c.sentence_first[s];
  return c.sentence_words[s] == 2 && (c.word(i).classes & lexicon::kSubject) && i + 1 < c.size() &&
         (c.word(i + 1).classes & (lexicon::kBe | lexicon::kAuxiliary));
}

// "Tell it to me in the present.", "Present tense, first person, as if it's
// happening now.", "Describe it in the present.": a request to tell the scene in
// the present tense hands the narration to the listener, who speaks from inside
// it (heldout20, heldout24 and heldout26 annotate the answers hyp, like every
// answer to such a request in the studied splits). "I wrote it in the present,
// as if it's happening." tells of a past exercise (a past verb) and hands nothing.
bool asks_present_narration(const TurnContext& c, std::uint32_t s) {
  // only a phrase of two words or more asks
  if (!c.may_hold_phrase(WordList::present_narration_requests)) return false;
  const std::size_t end = c.sentence_first[s + 1];
  bool asked = false;
  for (std::size_t i = c.sentence_first[s]; i < end; ++i) {
    if (!is_word(c, i)) continue;
    if (c.in_list(i, WordList::past_tense_verbs)) return false;
    const std::size_t n = c.phrase_at(i, WordList::present_narration_requests);
    if (n < 2) continue;
    // "as if it's happening": a comparison only when it is of the scene happening
    if (c.text_of(i) == "as") {
      for (std::size_t k = i + n; k < end && k < i + n + 3; ++k)
        if (c.text_of(k).substr(0, 6) == "happen") asked = true;
    } else {
      asked = true;
    }
  }
  return asked;
}

// "What do you picture happening Friday?", "What do you imagine feeling?", "What
// do you imagine those weeks being like?": a question that asks the listener
// what they imagine happening or feeling hands the scene to the answer, whose
// first feeling is imagined too ("Sad, obviously."; heldout19, heldout27 and
// heldout28 annotate such answers hyp, as every studied split does).
// "What do you see?" looks, and "What do you imagine he'd say?" asks another's
// words: neither is a scene the answer narrates.
bool asks_imagined_happening(const TurnContext& c, std::uint32_t s) {
  if (!c.sentence_question[s]) return false;
  std::size_t i = c.sentence_first[s];
  const std::size_t end = c.sentence_first[s + 1];
  while (i < end && (!is_word(c, i) || (c.word(i).classes & lexicon::kCoordinator))) ++i;
  if (i + 3 >= end || c.text_of(i) != "what") return false;
  std::size_t last = i;
  for (std::size_t k = i; k < end; ++k)
    if (is_word(c, k)) last = k;
  for (std::size_t k = i + 2; k < end; ++k) {
    const lexicon::Hit* h = c.hit_at(k);
    if (!h || h->first != k || !c.has(*h, EntryKind::imagination) || c.has(*h, EntryKind::hypothetical_pseudo) ||
        c.text_of(k - 1) != "you")
      continue;
    const std::size_t j = h->last;
    // "What do you imagine telling her?": the answer gives the words, said now
    if (j < end && is_word(c, j) && (c.word(j).classes & (lexicon::kSpeech | lexicon::kSpeechOpener))) return false;
    if (j < end && is_word(c, j) && c.text_of(j).size() > 4 && c.text_of(j).substr(c.text_of(j).size() - 3) == "ing")
      return true;
    return c.text_of(last) == "like" || c.text_of(last) == "happen";
  }
  return false;
}

// "Let's picture it. Tuesday drop-off, you're at the gate. What happens?", "Now
// imagine walking back into the office. Go slowly. What's happening?": a short
// question of the scene's present ending a turn that, in its three sentences
// before, invited the listener to imagine and put a person there, or set the
// listener in the scene, hands the scene over even where a sentence between
// did not narrate it ("Go slowly.", "Aroha drove you."). Sentence `s` is the
// turn's last.
// "Where are you?", "So where are you now?", "What's around you?": a short
// question that asks where the listener is, or what is about them, places the
// listener in the scene it asks into (round thirty-three); "Where are you
// holding tension?" asks about the body, now.
bool places_listener(const TurnContext& c, std::uint32_t s) {
  if (!c.sentence_question[s] || c.sentence_words[s] > 5) return false;
  const std::size_t end = c.sentence_first[s + 1];
  std::size_t last = end;
  for (std::size_t i = c.sentence_first[s]; i < end; ++i)
    if (is_word(c, i)) last = i;
  if (last >= end || last < c.sentence_first[s] + 2) return false;
  std::size_t you = last;
  if (c.text_of(you) == "now") --you;
  if (c.text_of(you) != "you") return false;
  return (c.text_of(you - 1) == "around" && you == last) ||
         (you >= 2 && (c.word(you - 1).classes & lexicon::kBe) && c.text_of(you - 2) == "where");
}

bool asks_after_setting(const TurnContext& c, std::uint32_t s) {
  if (c.sentence_words[s] > 6 || !asks_in_scene(c, s) || occasion_in_room(c, s)) return false;
  // "Close your eyes when you're ready. Start just before it begins. Where are
  // you?": a question that places the listener after eyes closed, or after an
  // invitation to imagine, puts the listener in the scene itself
  const bool placing = places_listener(c, s);
  bool looks = placing || asks_narration(c, s);
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1] && !looks; ++i)
    looks = is_word(c, i) && (c.word(i).classes & lexicon::kLooking);
  if (!looks) return false;
  bool invited = false, peopled = placing;
  for (std::uint32_t k = s, n = 0; k-- > 0 && n < 3; ++n) {
    if (sets_listener_in_place(c, k) || sets_scene_time(c, k)) return true;
    if (placing && eyes_closed(c, k)) return true;
    bool placed = false;  // "You're walking into the hall" ("You're doing really well." sets no place)
    for (std::size_t i = c.sentence_first[k]; i < c.sentence_first[k + 1]; ++i) {
      if (!is_word(c, i)) continue;
      // "The manager's there, her voice is sharp.", "Priya's in the lounge.": someone
      // in the scene, by a pronoun or a name the lexicon does not know before its verb
      if ((c.word(i).classes & lexicon::kPerson) || c.in_list(i, WordList::third_persons) ||
          (c.word(i).id == 0 && i + 1 < c.sentence_first[k + 1] && (c.word(i + 1).classes & lexicon::kBe)))
        peopled = true;
      if (c.word(i).classes & lexicon::kPreposition) placed = true;
      // ("Can you picture the meeting? What comes up?" invites: "Dread." is felt now)
      if (const lexicon::Hit* h = c.hit_at(i);
          h && h->first == i && !(c.sentence_question[k] && k + 1 == s) && opens_scene(c, *h))
        invited = true;
    }
    if (placed && sets_listener_in_scene(c, k)) return true;
  }
  return invited && peopled;
}

}  // namespace

namespace {


// "Do your routine.", "Pick up the ball.": an instruction with no time of the
// room ("Now open your eyes." steps out) and no feeling of its own.
bool acts_in_scene(const TurnContext& c, std::uint32_t s) {
  const std::size_t first = c.sentence_first[s], end = c.sentence_first[s + 1];
  if (!is_word(c, first) || !(c.word(first).classes & (lexicon::kInstruction | lexicon::kAction))) return false;
  for (std::size_t i = first; i < end; ++i) {
    if (!is_word(c, i)) continue;
    if ((c.word(i).classes & lexicon::kSceneExit) || c.in_list(i, WordList::room_words)) return false;
  }
  return true;
}

// "Let yourself go back to the house. How old are you?", "Let's go back to the
// beginning and go through it again.": whether what follows a return to a place
// or a time (returns_to_scene) in the turn is of the scene: nothing, a short
// question of it, or its narration ("Go back into the picture. The ball skids
// under you."); not "Let's go back to Zain for a moment. Is there anything
// you've noticed that he enjoys at home?", a topic taken up again.
bool returns_into_scene(const TurnContext& c, std::uint32_t s, std::size_t sentences) {
  if (!returns_to_scene(c, s)) return false;
  std::uint32_t n = s + 1;
  while (n < sentences && c.sentence_words[n] == 0) ++n;
  if (n >= sentences) return true;
  if (c.sentence_question[n]) return c.sentence_words[n] <= 6 && asks_in_scene(c, n);
  return continues_scene(c, n);
}

constexpr std::uint32_t kNoInvitation = ~0u;
// the turns a whole exercise may run with no exit said (round thirty-five)
constexpr std::uint32_t kExerciseTurns = 30;

// "I'm walking out.", "Okay so I'm in the chair.", "And I'm at the gate.": the
// speaker sets themself in a place or an act of the scene, in the present: "I",
// a be and then a preposition or a verb in -ing the lexicon gives no feeling.
bool sets_self_in_scene(const TurnContext& c, std::uint32_t s) {
  if (c.sentence_question[s]) return false;
  std::size_t first = c.sentence_first[s];
  const std::size_t end = c.sentence_first[s + 1];
  // ("Like I'm putting him out with the bins.": "like" opens a likeness, not the scene)
  while (first < end && (!is_word(c, first) || (c.word(first).classes & lexicon::kCoordinator) ||
                         c.in_list(first, WordList::next_moment_words)))
    ++first;
  if (first + 2 >= end || c.text_of(first) != "i" || !(c.word(first + 1).classes & lexicon::kBe)) return false;
  const std::size_t next = first + 2;
  if (!is_word(c, next) || c.hit_at(next) || (c.word(next).classes & lexicon::kSceneExit)) return false;
  if (c.text_of(next) == "here") return false;
  const WordText t = c.text_of(next);
  const bool progressive = t.size() > 4 && t.substr(t.size() - 3) == "ing";
  return progressive || (c.word(next).classes & lexicon::kPreposition);
}

// "Saturday, eleven o'clock, the window.", "Lane four.": a short verbless sentence,
// no question, with no feeling, that names the scene's time or place.
bool names_setting(const TurnContext& c, std::uint32_t s) {
  if (c.sentence_question[s] || c.sentence_words[s] == 0 || c.sentence_words[s] > 8) return false;
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i) {
    if (!is_word(c, i)) continue;
    if (c.word(i).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel | lexicon::kAction | lexicon::kInstruction |
                             lexicon::kSceneExit | lexicon::kSubject | lexicon::kAuxiliary | lexicon::kWh))
      return false;
    if (const lexicon::Hit* k = c.hit_at(i); k && (c.has(*k, EntryKind::emotion) || c.has(*k, EntryKind::quality)))
      return false;
  }
  return true;
}

// Whether every sentence after `from` up to `last` names only a setting.
bool only_settings_after(const TurnContext& c, std::uint32_t from, std::uint32_t last) {
  for (std::uint32_t s = from + 1; s <= last; ++s)
    if (!names_setting(c, s)) return false;
  return true;
}

// Whether the invitation to imagine in sentence `invitation` is among the turn's
// last three sentences and the turn ends on it or on a short question of the
// scene ("What do you notice?", "What's there?"), not one of the room.
bool invites_at_end(const TurnContext& c, std::uint32_t invitation, std::uint32_t last) {
  if (invitation == kNoInvitation || invitation > last || last - invitation > 2) return false;
  if (invitation == last) return true;
  // "Can you picture that now? Saturday, eleven o'clock, the window.": the setting
  // named after the invitation leaves it to the answer as much as the invitation alone
  if (only_settings_after(c, invitation, last)) return true;
  return c.sentence_words[last] <= 6 && asks_in_scene(c, last) && !occasion_in_room(c, last);
}

SceneState carry_in_turn(TurnContext& c, SceneState before) {
  // "(as manager) Everyone is stressed.": the lines said in role; the scene state is not changed by them
  const bool replies_to_role = c.ended_in_role;
  c.ended_in_role = mark_role_lines(c);
  const std::size_t sentences = c.sentence_first.size() - 1;
  // the cue that opened the current scene
  const bool answered_before = before == SceneState::answered;
  const bool offered_before = before == SceneState::offered;
  const bool invited_before = before == SceneState::invited || answered_before || offered_before;
  std::int32_t scene =
      before == SceneState::open || before == SceneState::handed_over || invited_before ? kCarriedOver : -1;
  // "(as Dad) You never call." - "Papa, I call every week. I'm hurt.": a reply that
  // calls the role by name or title speaks in the role play, while it narrates
  // ("I'll play Ate Grace. ..." - "Hi, Ate Grace. I'm a bit nervous in big groups.":
  // a few turns after a role was offered, with no stage mark; heldout24, heldout28,
  // heldout30, heldout31 and heldout32 annotate such replies imagined)
  const std::size_t addressed =
      scene == -1 && (replies_to_role || c.role_offered_turns_ago < kRoleOfferTurns) ? addresses_role(c) : 0;
  if (addressed) scene = kCarriedOver;
  bool answering = before == SceneState::handed_over || invited_before;  // still before the answer's first words
  bool handed_over = false;
  bool invited = false;  // handed over by a question that invites to imagine
  bool opened_in_question = false;  // the sentence before opened a scene in a question ("Can you picture ...?")
  std::uint32_t asked_invitation = kNoInvitation;  // the last sentence that opened a scene in a question
  bool time_set = false;  // a time sentence set a scene in this turn ("It's half nine. Where are you?")
  bool kept = false;  // the sentence before kept the scene ("Stay there.")
  bool narrated = false;  // the sentence before narrated the running scene
  std::uint32_t invitation = kNoInvitation;  // the last sentence that invited to imagine, not asking
  std::size_t h = 0;
  for (std::uint32_t s = 0; s < sentences; ++s) {
    const std::size_t begin = c.sentence_first[s], end = c.sentence_first[s + 1];
    if (c.sentence_words[s] == 0) continue;  // the empty one after the last full stop
    const bool question_opened_before = opened_in_question;
    if (answering && acknowledgement(c, s)) continue;
    // "Okay. Good morning sir. I am knocking.", "(pause) Yeonhee, since the yard, I
    // am lonely.": the sentences to the one that calls on the role are said to it
    if (addressed && scene == kCarriedOver && begin < addressed) {
      for (std::size_t i = begin; i < end; ++i)
        if (is_word(c, i) && c.hypothetical_by[i] == -1) c.hypothetical_by[i] = scene;
      continue;
    }
    // "Dread.": a feeling named first is felt now while imagining
    // ("And I'm just proud.": an answer that opens with "and" goes on with the narration)
    // ("Waiting for the stab. What comes?", "Proud of your legs.": after the other
    // speaker's narration, a reflection of more than the feeling's word keeps the scene)
    if (answering && invited_before && reports_feeling(c, s) &&
        !(answered_before && ((c.word(begin).classes & lexicon::kCoordinator) || verbless_reflection(c, s))))
      scene = -1;
    if (answering && answered_before && comments(c, s)) scene = -1;
    // "If I imagine it, I'd feel dread. But I also feel hopeful.": an answer that
    // frames the imagining itself speaks from now
    if (answering && (before == SceneState::invited || offered_before) && has_own_cue(c, s)) scene = -1;
    // "Picture the start line. What do you notice?" - "I'm walking out.": only an
    // answer that sets the speaker in a place or an act of the scene takes it up
    if (answering && offered_before && !sets_self_in_scene(c, s)) scene = -1;
    answering = false;
    handed_over = false;
    // only a scene already running hands over: not "If you imagine saying it now,
    // what happens inside?", which asks about now
    // "Stay with it. You're pulling the gear on. What else?": the other speaker
    // keeps the scene just narrated, or asks for more of it
    // ("The lights are there. Stay with that. And then?": or inside a scene running in the turn)
    if (((s == 0 && before == SceneState::answered) || scene != -1) && keeps_scene(c, s)) {
      if (scene == -1) scene = kCarriedOver;
      kept = true;
      continue;
    }
    // "Stay there. Do your routine. Three things: ...": right after the scene is
    // kept, an instruction asks the listener to act in it
    if (kept && scene != -1 && !c.sentence_question[s] && acts_in_scene(c, s)) {
      for (std::size_t i = begin; i < end; ++i)
        if (is_word(c, i) && c.hypothetical_by[i] == -1) c.hypothetical_by[i] = scene;
      continue;
    }
    // T: "Imagine it's the morning of the flight. ... Your stomach is churning." C:
    // "Yeah." T: "You get dressed, you check the passport.": the scene goes on
    // "Let that picture play to the end. You arrive at the dance class.": after the
    // other speaker's narration, or a comment on a scene left open, a sentence that
    // sets the listener in the scene again takes it up
    if (scene == -1 && (before == SceneState::paused || answered_before) && sets_listener_in_scene(c, s) &&
        (s == 0 || !has_own_cue(c, s)))
      scene = kCarriedOver;
    if (scene == -1 && sets_scene_time(c, s)) scene = kCarriedOver, time_set = true;
    // "Fifty-five, in the room." - "You're at the front. Everyone's looking. What's the
    // feeling?": a few turns after a scene was open, the listener set in a place of
    // it again takes it up (round thirty-three)
    if (scene == -1 && s + 1 < sentences && c.scene_turns_ago < kResumeTurns && !has_own_cue(c, s) &&
        sets_listener_in_place(c, s))
      scene = kCarriedOver, time_set = true;
    // "Can you picture it? You're at the beach, board under your arm.": a question that
    // opened a scene, then the listener set in it, and the scene runs on
    // "Close your eyes. You're in the waiting room.": a guided scene set by a place
    if (scene == -1 && s > 0 && (question_opened_before || eyes_closed(c, s - 1)) && sets_listener_in_place(c, s))
      scene = kCarriedOver, time_set = true;
    // "Going back in when you're ready. You walk onto the stage.": a scene of earlier taken up again
    if (scene == -1 && c.scene_seen && s > 0 && goes_back(c, s - 1) && sets_listener_in_scene(c, s))
      scene = kCarriedOver;
    // "Imagine the version of next year where you stop. Take a second. Sam, what do you see?"
    if (scene != -1 && pauses_scene(c, s)) continue;
    // "Close your eyes. Let yourself go back to the house. How old are you?": a
    // return to a place or a time sets the scene without an invitation (heldout20,
    // heldout30, heldout31: the answers are annotated imagined)
    // ("... as if it's happening now. Every few minutes I'll ask for a number." - "Okay." -
    // "Begin from where the convoy leaves the camp. Where are you?": a starting point
    // given for a scene handed over takes it up; heldout11, heldout30)
    if ((scene == -1 || (s == 0 && answered_before)) && returns_into_scene(c, s, sentences)) {
      scene = kCarriedOver, time_set = true;
      continue;
    }
    // "I'm at the door. Okay. I'm not scared.": a lone "okay" the narrator says to
    // themselves right after narrating neither goes on with the scene nor ends it;
    // the next sentence decides ("Picture the gate. Okay. ..." acknowledges, and steps out)
    const bool narrated_before = narrated;
    narrated = false;
    if (scene != -1 && narrated_before && c.sentence_words[s] == 1 && !c.sentence_question[s] &&
        (c.word(c.sentence_first[s]).classes & lexicon::kAcknowledgement))
      continue;
    const bool running = scene != -1;
    bool reported = false;  // a past said in the scene: the scene goes on after it
    if (scene != -1) {
      // only in a scene kept from before: after "Imagine it. Can you ...?" the
      // question may ask about now
      if (scene == kCarriedOver && c.sentence_question[s] && asks_to_act_in_scene(c, s)) {
        for (std::size_t i = begin; i < end; ++i)
          if (is_word(c, i) && c.hypothetical_by[i] == -1) c.hypothetical_by[i] = scene;
        handed_over = true;
        scene = -1;
        continue;
      }
      // "Talk me through what happens." has no verb the classes know: it ends the narration
      // "Amma would say, see, you are not so weak.", "I'm terrified I'll miss the
      // gap.": a sentence with a cue of its own goes on in the scene
      if (!asks_to_narrate_happenings(c, s) &&
          (continues_scene(c, s, &reported) || (!c.sentence_question[s] && has_own_cue(c, s)) ||
           // "hi Doug. thanks for seeing me. so, um, I wanted to ask ...": a reply
           // that called on the role goes on talking to it
           (addressed && scene == kCarriedOver && !c.sentence_question[s] && stays_in_role(c, s)))) {
        c.scene_seen = true;
        narrated = true;
        for (std::size_t i = begin; i < end; ++i)
          if (is_word(c, i) && c.hypothetical_by[i] == -1) c.hypothetical_by[i] = scene;
      } else if (reported) {
        continue;
      } else if (c.in_exercise && c.client_turn && !c.sentence_question[s] && !steps_back(c, s)) {
        // "I am jealous. No. I am scared she is better.", "I'm out. Good reaction. First
        // thirty metres I'm driving": inside an exercise a sentence of the client's
        // narration that does not step back to now or the past neither narrates nor
        // ends it (round thirty-seven)
        continue;
      } else {
        // in a scene the other speaker narrates only a question of the scene hands
        // it back, not "Tell me what happens on a normal Monday" or "As you breathe
        // out, what happens?"
        // ("And as you picture that, what happens in your body, here in the room?" asks the room)
        handed_over = (!answered_before || (c.sentence_question[s] && !occasion_in_room(c, s) && !says_here(c, s))) &&
                      (asks_narration(c, s) || asks_feeling_in_scene(c, s) || asks_to_narrate_happenings(c, s) ||
                       calls_on_listener(c, s) ||
                       // "Picture it's three o'clock. You're in bed. Where are you?"
                       ((answered_before || time_set ||
                         (scene >= 0 && c.text_of(c.hits[scene].first) != "what" &&
                          (listener_set_before(c, s) || looks_into_peopled_scene(c, s, c.hits[scene])))) &&
                        asks_in_scene(c, s)));
        // "You're at the door. How big is the fear there, out of ten?": asked of the scene
        if (handed_over && answered_before && asks_in_scene(c, s))
          for (std::size_t i = begin; i < end; ++i)
            if (is_word(c, i) && c.hypothetical_by[i] == -1) c.hypothetical_by[i] = scene;
        scene = -1;
      }
    }
    // "Can you picture little Hana in the wardrobe? What's she feeling in there?":
    // a question asking for the scene after a question that opened it hands it over
    const bool asked_after_opening = opened_in_question && c.sentence_question[s] &&
                                     (asks_narration(c, s) || asks_feeling_in_scene(c, s));
    invited = asked_after_opening;
    opened_in_question = false;
    for (; h < c.hits.size() && c.hits[h].first < end; ++h) {
      if (c.hits[h].first < begin) continue;
      // "If you picture the formal, what comes up?" invites before it opens
      if (invites_in_question(c, s, c.hits[h])) {
        invited = true;
      } else if (opens_scene(c, c.hits[h]) && !(scene == kCarriedOver && voices_worry(c, s))) {
        scene = static_cast<std::int32_t>(h);
        opened_in_question = c.sentence_question[s];
        if (opened_in_question) asked_invitation = s;
        // ("Prediction one, anxiety ninety.", "Worst case, ...": a cue that is no invitation)
        if (!c.sentence_question[s] && c.in_list(c.hits[h].first, WordList::scene_offer_verbs)) invitation = s;
      }
    }
    // "... What would that be like?": a question closes the scene it ends
    if (c.sentence_question[s] && !(running && scene != -1 && (quotes_question(c, s) || voices_worry(c, s)))) {
      if (running && scene != -1 && (asks_narration(c, s) || asks_feeling_in_scene(c, s))) handed_over = true;
      if (invited) handed_over = true;
      // "And as you picture that, what happens in your body, here in the room?": asked of the room
      if (running && says_here(c, s)) handed_over = false;
      // ("The engine has stopped. The water is coming in. What happens?": a scene of earlier resumed)
      if (!running && s > 0 && short_narration_question(c, s) &&
          (listener_set_before(c, s) ||
           (c.scene_seen && s > 1 && continues_scene(c, s - 1) && continues_scene(c, s - 2))))
        handed_over = true;
      if (!running && before == SceneState::answered && asks_for_more(c, s)) handed_over = true;
      scene = -1;
    } else if (!running && s > 0 && asks_to_narrate_happenings(c, s) && listener_set_before(c, s)) {
      handed_over = true;
    }
  }
  // the turn's last sentence with words
  std::uint32_t last = static_cast<std::uint32_t>(sentences - 1);
  while (last > 0 && c.sentence_words[last] == 0) --last;
  // "Talk me through it as if it's Saturday. You pull into the lot.": a turn that
  // asks for the narration and ends setting the listener in the scene hands it over
  if (!handed_over && sentences > 1) {
    if (last > 0 && !c.sentence_question[last - 1] && asks_narration(c, last - 1) && sets_listener_in_scene(c, last))
      handed_over = true;
  }
  // "Can you picture the bottom of the hill?": a request to imagine at the end of
  // the turn invites the answer into the scene ("I'm at the gate."; "Dread." is felt now)
  if (opened_in_question) {
    if (asks_to_act_in_scene(c, last) || asks_to_imagine_together(c, last)) return SceneState::invited;
  }
  // "Can you picture that now? Saturday, eleven o'clock, the window.": a setting
  // named after the request leaves it the turn's last word
  if (asked_invitation != kNoInvitation && asked_invitation < sentences - 1 && !handed_over &&
      last > asked_invitation && last - asked_invitation <= 2 && only_settings_after(c, asked_invitation, last) &&
      asks_to_act_in_scene(c, asked_invitation))
    return SceneState::invited;
  if (handed_over) return invited ? SceneState::invited : SceneState::handed_over;
  // a request for the narration in the present, among the turn's last two
  // sentences, hands the scene over whether or not one was running
  for (std::uint32_t k = last + 1, seen = 0; k-- > 0 && seen < 2; ++seen)
    if (asks_present_narration(c, k)) return SceneState::handed_over;
  // "... as if it's happening now. Start from the call coming in. You can stop at
  // any point. I'll ask for a number now and then.": the exercise's terms after
  // the request keep it open to the end of the turn (round twenty-six)
  for (std::uint32_t k = last, terms = 0; k > 0 && terms < kMaxRelivingTerms && states_reliving_term(c, k); ++terms)
    if (asks_present_narration(c, --k)) return SceneState::handed_over;
  if (asks_after_setting(c, last)) return SceneState::handed_over;
  if (asks_imagined_happening(c, last)) return SceneState::invited;
  // "What do you notice in your body, in that picture?", "And in that picture, how
  // is Karthik?": a last question placed in the scene hands it over (heldout4,
  // heldout14, heldout17, heldout27, heldout29, heldout34, heldout36, heldout38
  // annotate the answers imagined; round twenty-seven)
  if (asks_in_pictured_scene(c, last)) return SceneState::handed_over;
  // "What do you feel, there by the water?", "And how do you feel, lying there?": a
  // last question placed in the scene by "there" hands it over too (round thirty-one)
  if (asks_there_in_scene(c, last)) return SceneState::handed_over;
  // "What's your number, here in the room?" - "Seventy." - "Keep going. What
  // happens next?": a request to go on, a few turns after a scene was open,
  // hands it back (heldout13, heldout20, heldout23, heldout30 annotate the answers imagined)
  if (scene == -1 && c.scene_turns_ago < kResumeTurns &&
      (asks_to_resume(c, last) || (last > 0 && asks_to_resume(c, last - 1))))
    return SceneState::handed_over;
  // "Picture the start line again. Lane four. What do you notice?", "... you sit
  // the whole game. Picture that one.": an invitation among the turn's last three
  // sentences, ending the turn or followed by a short question of the scene, leaves
  // the answer to decide (round thirty-four): "I'm walking out." narrates it,
  // "Dread." is felt now
  const bool offers = !kept && invites_at_end(c, invitation, last);
  if (scene == -1) return offers ? SceneState::offered : SceneState::closed;
  // "She knows you're scared. Stay there.", "Stay there. Do your routine.": a turn
  // that ends keeping the scene asks the listener to go on in it
  if (kept) return SceneState::handed_over;
  // "Imagine the muscles of your gut softening": a scene that sets no one in it
  // is not the other speaker's to narrate ("Picture that morning. You're driving.")
  // ("What if she sends me home?": a worry, not a scene to hand on)
  if (scene >= 0) {
    for (std::size_t i = c.hits[scene].last; i < c.size() && c.text_of(c.hits[scene].first) != "what"; ++i)
      if (c.word(i).classes & lexicon::kPerson) return SceneState::open;
    return offers ? SceneState::offered : SceneState::unpeopled;
  }
  return SceneState::open;
}

}  // namespace

namespace {

// "Open your eyes when you want to.", "Come back into the room.", "Here in the
// room, what do you notice?": a sentence that ends a whole exercise.
bool exits_exercise(const TurnContext& c, std::uint32_t s) {
  for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i)
    if (is_word(c, i) && (c.phrase_at(i, WordList::exercise_exits) > 0 || c.phrase_at(i, WordList::room_openers) > 0))
      return true;
  return false;
}

// "How is the little girl now?", "And what does he do?": inside an exercise a
// question of the scene hands it over; its "now" is the scene's when it asks of
// someone in the scene ("right now", "How are you feeling now?", "here", a past
// verb or "feel about" ask of the room, round twenty-nine).
bool asks_in_exercise(const TurnContext& c, std::uint32_t s) {
  if (!c.sentence_question[s] || occasion_in_room(c, s) || says_here(c, s)) return false;
  const std::size_t first = c.sentence_first[s], end = c.sentence_first[s + 1];
  // "Would that be alright?", "Does that make sense?": a question about the plan, not of the scene
  if (first + 1 < end && (c.word(first).classes & (lexicon::kAuxiliary | lexicon::kBe)) &&
      (c.text_of(first + 1) == "that" || c.text_of(first + 1) == "this"))
    return false;
  if (asks_in_scene(c, s)) return true;
  // ("How are you feeling now?", "Where's your distress now?" ask the listener in the room)
  bool listener = false;
  for (std::size_t i = first; i < end; ++i)
    if (c.text_of(i) == "you" || c.text_of(i) == "your") listener = true;
  for (std::size_t i = first; i < end; ++i) {
    if (!is_word(c, i)) continue;
    if (c.text_of(i) == "now" && !(i > first && c.text_of(i - 1) == "right") && !listener) continue;
    if ((c.word(i).classes & (lexicon::kSceneExit | lexicon::kHabitual)) || asks_of_room(c, i)) return false;
    if (const lexicon::Hit* h = c.hit_at(i); h && c.has(*h, EntryKind::imagination)) return false;
  }
  return true;
}

// "And you start.", "Keep going.", "\"On your marks.\"", "And then you remember the
// chair.": inside an exercise, a turn of no question whose sentences hold no step
// back to now or the past (a past verb, "now", a habit, the room) moves the scene on.
bool moves_exercise_on(const TurnContext& c, std::uint32_t sentences) {
  bool words = false;
  for (std::uint32_t s = 0; s < sentences; ++s) {
    if (c.sentence_words[s] == 0) continue;
    if (c.sentence_question[s] || exits_exercise(c, s)) return false;
    words = true;
    for (std::size_t i = c.sentence_first[s]; i < c.sentence_first[s + 1]; ++i) {
      if (!is_word(c, i)) continue;
      if ((c.word(i).classes & (lexicon::kSceneExit | lexicon::kHabitual)) || c.text_of(i) == "here" ||
          c.phrase_at(i, WordList::room_openers) > 0 || asks_of_room(c, i))
        return false;
    }
  }
  return words;
}

// A whole exercise (round thirty-five): "Close your eyes. Go back to the kitchen.
// Tell me what's happening, in the present." opens it: a request to tell the scene
// in the present, or eyes closed in a turn that leaves a scene open (not "Close
// your eyes. Notice the sound.", a body scan of now), said by the one who leads
// it (not the client's "I wrote it in the present, as if it's happening"). "Open your eyes", "come back
// into the room" close it, and so does a turn that neither meets a scene nor leaves
// one. Inside it, a turn that would leave no scene open but ends on a question of the
// scene ("And what does he do?", "How is the little girl now?"; not one of the room)
// hands the scene over: the answer narrates the exercise, however many turns it runs.
// Returns the state the turn leaves.
SceneState run_exercise(TurnContext& c, SceneState before, SceneState after) {
  const std::uint32_t sentences = static_cast<std::uint32_t>(c.sentence_first.size() - 1);
  bool opened = false;
  for (std::uint32_t s = 0; s < sentences; ++s) {
    if (c.sentence_words[s] == 0) continue;
    const bool opens =
        !c.client_turn && (asks_present_narration(c, s) || (eyes_closed(c, s) && after != SceneState::closed));
    // (an exit is looked for only where it would change something: most turns are in no exercise)
    if (!c.in_exercise && !opens) continue;
    if (exits_exercise(c, s)) {
      c.in_exercise = false, opened = false;
    } else if (opens) {
      c.in_exercise = true, opened = true;
      c.exercise_turns = 0;
    }
  }
  if (!c.in_exercise) return after;
  if (!opened && ++c.exercise_turns > kExerciseTurns) {
    c.in_exercise = false;
    return after;
  }
  if (after != SceneState::closed) return after;
  std::uint32_t last = sentences - 1;
  while (last > 0 && c.sentence_words[last] == 0) --last;
  if (asks_in_exercise(c, last)) return SceneState::handed_over;
  // "And you start.", "Keep going.", "\"Set.\"": the one leading the exercise moves
  // it on and hands it back (round thirty-seven)
  if (!c.client_turn && moves_exercise_on(c, sentences)) return SceneState::handed_over;
  // (the client stepping out of the scene for a sentence, "I do always", leaves
  // the exercise to the leader's next turn)
  if (!c.client_turn && (before == SceneState::closed || before == SceneState::paused)) c.in_exercise = false;
  return after;
}

}  // namespace

SceneState carry_imagined_scenes(TurnContext& c, SceneState before) {
  if (c.size() == 0) return before;
  const SceneState after = run_exercise(c, before, carry_in_turn(c, before));
  // a scene was open in this turn: one that went on into it, or one it leaves open
  const bool open_in_turn = (before != SceneState::closed && before != SceneState::paused) || after != SceneState::closed;
  if (open_in_turn) c.scene_turns_ago = 0;
  else if (c.scene_turns_ago != TurnContext::kNoSceneYet) ++c.scene_turns_ago;
  if (offers_role(c)) c.role_offered_turns_ago = 0;
  else if (c.role_offered_turns_ago != TurnContext::kNoSceneYet) ++c.role_offered_turns_ago;
  return after;
}

}  // namespace feltline::analyse
