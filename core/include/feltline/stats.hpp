// Feltline statistics: per turn, per speaker and per session figures, filled by
// the analysis pipeline after parsing, roles, flags and mentions.
//
// Each figure is defined, with its formula and a worked example, in
// docs/metrics.md. The rules every figure shares:
//  - Speech: a turn flagged `generation_error` is no speech at all, and text
//    inside `meta_note` spans is no speech; neither counts in any speech figure
//    (words, sentences, questions, repetition, mentions). Both stay in the turn
//    list, and `non_speech_words` / `flagged_turns` say how much there was.
//  - Own voice: speech outside `quoted` spans (a role-played colleague's lines,
//    a suggested self-question). Questions and the first-person rate are about
//    the speaker's own voice; words and repetition count all speech.
//  - Mentions count by status (MentionStatus): only `asserted` mentions count
//    per kind, category and region; negated, hypothetical and quoted ones are
//    counted apart, so "I'm not anxious" never raises the anxiety count.
//  - Ratios are std::nullopt (JSON null) when their denominator is zero.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "feltline/mention.hpp"

namespace feltline {

inline constexpr std::size_t kMentionKindCount = 5;  // MentionKind values
inline constexpr std::size_t kFlagKindCount = 4;     // FlagKind values (transcript.hpp)

/// How one mention counts. Exactly one status per mention, decided in this
/// order: not_speech (inside a meta note or a generation-error turn), quoted,
/// negated, hypothetical, else asserted.
enum class MentionStatus { asserted, negated, hypothetical, quoted, not_speech };
/// "asserted", "negated", "hypothetical", "quoted" or "not_speech".
const char* mention_status_name(MentionStatus status);

/// Questions in the speaker's own voice, open or closed (rule in docs/metrics.md).
struct QuestionCounts {
  std::uint32_t open = 0;
  std::uint32_t closed = 0;
  std::uint32_t total() const { return open + closed; }
};

/// Counts by name, iterated in name order (byte order, as std::map<std::string, ...>
/// would). A sorted vector: a turn names few categories, and an empty one costs
/// no allocation.
class CountMap {
 public:
  using value_type = std::pair<std::string, std::uint32_t>;
  using const_iterator = std::vector<value_type>::const_iterator;

  CountMap() = default;
  /// From (name, count) pairs in any order; a repeated name adds up.
  CountMap(std::initializer_list<value_type> items);

  /// The count of `name`, inserted as 0 when absent.
  std::uint32_t& operator[](std::string_view name);
  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  friend bool operator==(const CountMap& a, const CountMap& b) { return a.items_ == b.items_; }
  friend bool operator!=(const CountMap& a, const CountMap& b) { return !(a == b); }

 private:
  std::vector<value_type> items_;  // sorted by name, names distinct
};

/// Mentions of one turn or speaker, by status, kind, category and region.
struct MentionTally {
  std::array<std::uint32_t, kMentionKindCount> asserted{};  // indexed by MentionKind
  CountMap emotion_categories;  // asserted emotions by category
  CountMap sensation_regions;   // asserted sensations by body region
  CountMap custom_categories;   // asserted custom: "dictionary:category"
  std::uint32_t negated = 0;
  std::uint32_t hypothetical = 0;
  std::uint32_t quoted = 0;

  std::uint32_t of(MentionKind kind) const { return asserted[static_cast<std::size_t>(kind)]; }
  /// Emotion + sensation: the felt-sense mentions.
  std::uint32_t felt() const { return of(MentionKind::emotion) + of(MentionKind::sensation); }
  void add(const MentionTally& other);
};

struct TurnStats {
  bool speech = true;                  // false for a generation_error turn
  std::uint32_t words = 0;             // speech words: ICU word tokens with a letter or digit
  std::uint32_t non_speech_words = 0;  // words in meta notes, or all words of a generation error
  std::uint32_t sentences = 0;         // speech sentences (UAX #29 rules on the word tokens)
  QuestionCounts questions;
  std::uint32_t own_voice_words = 0;             // speech words outside quoted spans
  std::uint32_t first_person = 0;                // own-voice words that are I/me/my/mine/myself/I'm/...
  std::optional<double> first_person_rate;       // first_person / own_voice_words
  std::uint64_t cumulative_words = 0;            // speech words of all turns up to and including this one
  std::uint32_t tokens_estimate = 0;             // LLM tokens of this turn's whole text (estimate)
  std::uint64_t cumulative_tokens_estimate = 0;  // tokens_estimate summed up to this turn
  std::uint32_t trigrams = 0;                    // word trigrams in the speech
  std::uint32_t repeated_trigrams = 0;           // of those, used by the same speaker in an earlier turn
  std::optional<double> repetition;              // repeated_trigrams / trigrams
  std::uint32_t echoes = 0;                      // emotion/sensation mentions marked echo (reflections)
  std::vector<std::string> echoed;               // their words, case-folded, distinct, in order
  MentionTally mentions;
  std::optional<double> analytic_share;  // client turns: analytic / (analytic + felt)
};

struct SpeakerStats {
  std::uint32_t turns = 0;         // all turns, flagged ones included
  std::uint32_t speech_turns = 0;  // turns with at least one speech word
  std::uint32_t words = 0;
  std::optional<double> talk_share;             // words / all speakers' words
  std::optional<double> mean_words_per_turn;    // over speech turns
  std::optional<double> median_words_per_turn;  // over speech turns
  std::uint32_t sentences = 0;
  QuestionCounts questions;
  std::uint32_t reflections = 0;  // turns with at least one echo
  std::uint32_t own_voice_words = 0;
  std::uint32_t first_person = 0;
  std::optional<double> first_person_rate;
  std::uint32_t trigrams = 0;
  std::uint32_t repeated_trigrams = 0;
  std::optional<double> repetition;                          // pooled over the speaker's turns
  std::array<std::optional<double>, 3> repetition_by_third;  // pooled per third of the session
  MentionTally mentions;
  std::uint32_t emotion_categories = 0;   // distinct asserted categories (granularity)
  std::optional<double> emotion_entropy;  // Shannon entropy (bits) of the category counts
  std::optional<double> analytic_share;   // analytic / (analytic + felt), pooled
};

/// One self-rating by the client ("anxiety 7/10"), in the order said.
struct SelfRating {
  int turn = 0;
  std::string category;  // what it rates; empty when the text does not say
  double value = 0;
  double scale = 0;
  bool hypothetical = false;
};

/// The client's ratings of one category on one scale, in order: 7/10 -> 4/10.
struct RatingTrajectory {
  std::string category;
  double scale = 0;
  std::vector<double> values;
  std::vector<int> turns;
  double change = 0;  // last - first
};

/// Client mentions in one third of the session (thirds by turn index).
struct SessionThird {
  int first_turn = -1;  // -1 when the third is empty (fewer than 3 turns)
  int last_turn = -1;
  std::uint32_t client_words = 0;
  std::uint32_t emotion = 0;    // asserted client emotion mentions
  std::uint32_t sensation = 0;  // asserted client sensation mentions
  std::optional<double> emotion_per_100_words;
  std::optional<double> sensation_per_100_words;
};

struct SessionStats {
  std::uint32_t turns = 0;
  std::uint32_t speech_turns = 0;
  std::uint32_t words = 0;
  std::uint32_t non_speech_words = 0;
  std::uint64_t tokens_estimate = 0;       // the whole dialogue's text
  std::optional<double> duration_seconds;  // last time - first time, when times exist
  std::uint32_t therapist_words = 0;
  std::uint32_t client_words = 0;
  std::optional<double> therapist_client_talk_ratio;  // therapist_words / client_words
  QuestionCounts therapist_questions;
  std::uint32_t therapist_reflections = 0;
  std::optional<double> reflection_to_question_ratio;  // reflections / questions
  std::optional<int> client_first_sensation_turn;      // first asserted client sensation
  std::optional<int> client_first_sensation_turn_any;  // also hypothetical, negated, quoted
  std::vector<SelfRating> client_self_ratings;         // not negated, not quoted, in speech
  std::vector<RatingTrajectory> client_rating_trajectories;
  std::array<SessionThird, 3> client_trend;
  std::array<std::uint32_t, kFlagKindCount> flagged_turns{};  // turns with a flag, by FlagKind
  std::array<std::uint32_t, kFlagKindCount> flag_spans{};     // flag spans, by FlagKind
};

}  // namespace feltline
