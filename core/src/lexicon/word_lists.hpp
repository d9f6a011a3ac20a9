// The mention rules' named cue-word lists (core/data/lexicon/cue_words.json):
// short lists of alternatives a single rule looks for ("few", "some",
// "several" before "breaths"; phrases such as "straight away"). Each list is resolved once, when the default
// lexicon is built, to the vocabulary ids of its words, so that a rule asks
// "is word i in list L" with two array reads instead of comparing strings.
// Class bits (lexicon_model.hpp) are nearly all taken; lists cost none.
#pragma once

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

#include "lexicon/lexicon_model.hpp"

namespace feltline::lexicon {

// X(name): one line per list in cue_words.json, in any order; the name is the JSON key.
#define FELTLINE_WORD_LISTS(X) \
  X(plural_without_s)          \
  X(counted_breaths)           \
  X(breath_counts)             \
  X(breath_count_modifiers)    \
  X(place_pointers)            \
  X(feeling_place_skips)       \
  X(remaining_verbs)           \
  X(imperative_verb_leads)     \
  X(predicate_fillers)         \
  X(distributive_quantifiers)  \
  X(habit_times)               \
  X(scene_sentence_fillers)    \
  X(next_moment_phrases)       \
  X(speaker_asides)            \
  X(hedged_reflections)        \
  X(one_word_verdicts)         \
  X(scene_time_openers)        \
  X(come_forms)                \
  X(narration_question_ends)   \
  X(what_next_words)           \
  X(go_on_requests)            \
  X(stay_places)               \
  X(ability_modals)            \
  X(invitation_openers)        \
  X(third_persons)             \
  X(next_moment_words)         \
  X(therapy_rooms)             \
  X(room_owners)               \
  X(return_verbs)              \
  X(room_words)                \
  X(would_forms)               \
  X(self_talk_verbs)           \
  X(dread_verbs)               \
  X(dreaded_states)            \
  X(pointing_determiners)      \
  X(possibility_modals)        \
  X(permission_verbs)          \
  X(search_openers)            \
  X(indefinite_people)         \
  X(indefinite_determiners)    \
  X(occasion_openers)          \
  X(instruction_leads)         \
  X(forecast_times)            \
  X(do_forms)                  \
  X(feeling_clause_ends)       \
  X(past_reports)              \
  X(said_before_verbs)         \
  X(occasion_words)            \
  X(follow_up_openers)         \
  X(be_predicate_fillers)      \
  X(so_negators)               \
  X(degree_comparatives)       \
  X(perfect_auxiliaries)       \
  X(superlative_degrees)       \
  X(throughout_phrases)        \
  X(have_forms)                \
  X(modals_of_absence)         \
  X(emotion_noun_leads)        \
  X(open_search_words)         \
  X(feel_forms)                \
  X(arrival_verbs)             \
  X(habit_subjects)            \
  X(back_pointing_determiners) \
  X(hedging_imagination)       \
  X(narration_requests)        \
  X(present_narration_requests) \
  X(reliving_terms)            \
  X(scene_image_nouns)         \
  X(role_stage_marks)          \
  X(role_step_outs)            \
  X(role_addresses)            \
  X(kin_nouns)                 \
  X(role_offers)               \
  X(role_greetings)            \
  X(scene_resume_requests)     \
  X(scene_return_phrases)      \
  X(scene_place_phrases)       \
  X(scene_now_questions)       \
  X(thing_determiners)         \
  X(eye_closing_instructions)  \
  X(scene_offer_verbs)         \
  X(room_openers)              \
  X(exercise_exits)            \
  X(release_requests)          \
  X(release_leads)             \
  X(nobody_words)              \
  X(obligation_modals)         \
  X(demonstratives)            \
  X(topic_verbs)               \
  X(sensation_invitations)     \
  X(sensation_questions)       \
  X(present_anchors)           \
  X(state_subject_verbs)       \
  X(state_subject_predicates)  \
  X(state_subject_degrees)     \
  X(prediction_words)          \
  X(prediction_outcomes)       \
  X(feared_events)             \
  X(short_verdicts)            \
  X(surprising_words)          \
  X(courtesy_states)           \
  X(therapist_courtesies)      \
  X(sympathy_interjections)    \
  X(state_qualifiers)          \
  X(parenthetical_states)      \
  X(self_judgements)           \
  X(present_reports)           \
  X(present_tense_verbs)       \
  X(past_tense_verbs)          \
  X(generic_openers)           \
  X(dialect_possessives)       \
  X(permission_words)          \
  X(third_person_subjects)     \
  X(speech_hedges)             \
  X(some_people)               \
  X(offered_state_verbs)       \
  X(own_subjects)               \
  X(hurt_verbs)                 \
  X(hurt_subjects)              \
  X(hurt_between)               \
  X(hurt_intensified)           \
  X(physical_causes)            \
  X(other_person_subjects) \
  X(topic_prepositions)   \
  X(topic_sensations)     \
  X(condition_modifiers)  \
  X(condition_compounds)  \
  X(loss_cues)            \
  X(place_question_words)

enum class WordList : std::uint8_t {
#define FELTLINE_WORD_LIST_ENUM(name) name,
  FELTLINE_WORD_LISTS(FELTLINE_WORD_LIST_ENUM)
#undef FELTLINE_WORD_LIST_ENUM
};
#define FELTLINE_WORD_LIST_COUNT(name) +1
inline constexpr std::size_t kWordListCount = 0 FELTLINE_WORD_LISTS(FELTLINE_WORD_LIST_COUNT);
#undef FELTLINE_WORD_LIST_COUNT

/// The JSON key of each list, in enum order (constexpr: the learned flag's
/// feature hashes of the list names are found at compile time).
inline constexpr std::array<const char*, kWordListCount> kWordListNames = {
#define FELTLINE_WORD_LIST_NAME(name) #name,
    FELTLINE_WORD_LISTS(FELTLINE_WORD_LIST_NAME)
#undef FELTLINE_WORD_LIST_NAME
};

/// Which lists each vocabulary word is in: a word id leads to a row of list
/// bits (row 0: none). Only the few hundred listed words have a row. A list
/// may also hold short phrases ("keep going"), kept as their words' ids.
class WordLists {
 public:
  using Row = std::array<std::uint64_t, (kWordListCount + 63) / 64>;
  /// Whether bit `list` of `row` is set.
  static bool has(const Row& row, WordList list) {
    const std::size_t bit = static_cast<std::size_t>(list);
    return (row[bit / 64] >> (bit % 64)) & 1;
  }
  /// A word's two rows, found with one lookup: the lists it is in, and the lists
  /// it starts a phrase of.
  struct Rows {
    Row lists{};
    Row starts{};
  };
  const Rows& rows(WordId id) const { return rows_[id < row_of_.size() ? row_of_[id] : 0]; }
  /// Bit l of the row: the word is in list l (one lookup for every list).
  const Row& row(WordId id) const { return rows(id).lists; }
  bool contains(WordId id, WordList list) const { return has(row(id), list); }
  const std::vector<std::vector<WordId>>& phrases(WordList list) const {
    return phrases_[static_cast<std::size_t>(list)];
  }
  void add(WordId id, WordList list);
  void add_phrase(std::vector<WordId> ids, WordList list);
  /// Bit l of the row: word `id` is the first word of a phrase of list l. A rule
  /// that asks for a list's phrases at every word walks them only from such a word
  /// ("I" starts phrases of a dozen lists, but few of the list asked for).
  const Row& phrase_starts(WordId id) const { return rows(id).starts; }
  bool starts_phrase(WordId id, WordList list) const { return has(phrase_starts(id), list); }

 private:
  Rows& row_to_set(WordId id);
  std::vector<std::uint16_t> row_of_;  // per word id (0: in no list and starts no phrase)
  std::vector<Rows> rows_ = std::vector<Rows>(1);
  std::array<std::vector<std::vector<WordId>>, kWordListCount> phrases_;
};

}  // namespace feltline::lexicon
