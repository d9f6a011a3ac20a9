// Walks the turns once and fills turn, speaker and session statistics; each
// figure's own rule lives in analyse/statistics/ (definitions: docs/metrics.md).
#include "analyse/statistics.hpp"

#include <algorithm>
#include <unordered_map>

#include "analyse/statistics/emotion_granularity.hpp"
#include "analyse/statistics/mention_tally.hpp"
#include "analyse/statistics/mention_trend.hpp"
#include "analyse/statistics/ratio.hpp"
#include "analyse/statistics/self_ratings.hpp"
#include "analyse/statistics/speech_scope.hpp"
#include "analyse/statistics/talk_share.hpp"
#include "analyse/statistics/turn_speech.hpp"
#include "text/case_fold.hpp"

namespace feltline::analyse {
namespace {

// The mention's words; offsets past the text (a bad analyser) give "" rather than a crash.
std::string_view mention_text(const Turn& turn, const Mention& m) {
  const std::string_view text = turn.text;
  if (m.begin >= text.size() || m.end <= m.begin) return {};
  return text.substr(m.begin, std::min<std::size_t>(m.end, text.size()) - m.begin);
}

struct SpeakerWork {
  std::vector<std::uint32_t> speech_turn_words;
  std::array<std::uint32_t, 3> trigrams_by_third{};
  std::array<std::uint32_t, 3> repeated_by_third{};
};

// Mentions of one turn: tallies, echoes, the client's ratings and first sensation.
void count_turn_mentions(const Turn& turn, const SpeechScope& scope, TurnStats& stats,
                         SessionStats& session) {
  std::string folded;
  for (const auto& m : turn.mentions) {
    const MentionStatus status = scope.status(m);
    count_mention(stats.mentions, m, status);
    const bool own_speech = status != MentionStatus::not_speech && status != MentionStatus::quoted;
    if (m.echo && own_speech && (m.kind == MentionKind::emotion || m.kind == MentionKind::sensation)) {
      ++stats.echoes;
      text::fold_for_matching(mention_text(turn, m), folded);
      bool known = false;
      for (const auto& e : stats.echoed) known = known || e == folded;
      if (!known) stats.echoed.push_back(folded);
    }
    if (turn.role != Role::client) continue;
    // Any client sensation that was said, even denied, imagined or quoted, shows when the body came up.
    if (m.kind == MentionKind::sensation && status != MentionStatus::not_speech &&
        !session.client_first_sensation_turn_any)
      session.client_first_sensation_turn_any = turn.index;
    if (!own_speech) continue;
    if (m.kind == MentionKind::sensation) {
      if (status == MentionStatus::asserted && !session.client_first_sensation_turn)
        session.client_first_sensation_turn = turn.index;
    }
    if (m.kind == MentionKind::rating && status != MentionStatus::negated) {
      session.client_self_ratings.push_back(
          {turn.index, std::string(m.category), m.value, m.scale, status == MentionStatus::hypothetical});
    }
  }
  if (turn.role == Role::client) {
    stats.analytic_share = ratio(stats.mentions.of(MentionKind::analytic),
                                 stats.mentions.of(MentionKind::analytic) + stats.mentions.felt());
  }
}

void add_to_speaker(const TurnStats& t, SpeakerStats& s, SpeakerWork& work, std::size_t third) {
  ++s.turns;
  s.words += t.words;
  if (t.words > 0) {
    ++s.speech_turns;
    work.speech_turn_words.push_back(t.words);
  }
  s.sentences += t.sentences;
  s.questions.open += t.questions.open;
  s.questions.closed += t.questions.closed;
  if (t.echoes > 0) ++s.reflections;
  s.own_voice_words += t.own_voice_words;
  s.first_person += t.first_person;
  s.trigrams += t.trigrams;
  s.repeated_trigrams += t.repeated_trigrams;
  work.trigrams_by_third[third] += t.trigrams;
  work.repeated_by_third[third] += t.repeated_trigrams;
  s.mentions.add(t.mentions);
}

void finish_speaker(SpeakerStats& s, SpeakerWork& work, Role role) {
  const WordsPerTurn wpt = words_per_turn(work.speech_turn_words);
  s.mean_words_per_turn = wpt.mean;
  s.median_words_per_turn = wpt.median;
  s.first_person_rate = ratio(s.first_person, s.own_voice_words);
  s.repetition = ratio(s.repeated_trigrams, s.trigrams);
  for (std::size_t k = 0; k < 3; ++k)
    s.repetition_by_third[k] = ratio(work.repeated_by_third[k], work.trigrams_by_third[k]);
  const Granularity g = emotion_granularity(s.mentions.emotion_categories);
  s.emotion_categories = g.categories;
  s.emotion_entropy = g.entropy;
  if (role == Role::client) {
    const std::uint32_t analytic = s.mentions.of(MentionKind::analytic);
    s.analytic_share = ratio(analytic, analytic + s.mentions.felt());
  }
}

void add_times(const Turn& turn, std::optional<double>& first, std::optional<double>& last) {
  for (const auto& t : {turn.time_start, turn.time_end}) {
    if (!t) continue;
    if (!first || *t < *first) first = *t;
    if (!last || *t > *last) last = *t;
  }
}

}  // namespace

struct StatisticsBuilder::State {
  explicit State(Transcript& t) : transcript(t), trend(t.turns.size()) {}
  Transcript& transcript;
  std::unordered_map<std::string, std::size_t> speaker_index;
  std::vector<SpeakerWork> work;
  MentionTrend trend;
  RepetitionTracker repetition;
  TurnSpeech scratch;
  std::optional<double> first_time, last_time;
  std::uint64_t cumulative_words = 0, cumulative_tokens = 0;
};

StatisticsBuilder::StatisticsBuilder(Transcript& transcript) : state_(std::make_unique<State>(transcript)) {
  for (std::size_t i = 0; i < transcript.speakers.size(); ++i)
    state_->speaker_index[transcript.speakers[i].name] = i;
  state_->work.resize(transcript.speakers.size());
  for (auto& s : transcript.speakers) s.stats = SpeakerStats{};
  transcript.session = SessionStats{};
}

StatisticsBuilder::~StatisticsBuilder() = default;

void StatisticsBuilder::add_turn(std::size_t position, const FoldedTokens& tokens) {
  State& st = *state_;
  Transcript& transcript = st.transcript;
  SessionStats& session = transcript.session;
  const std::size_t turn_count = transcript.turns.size();
  Turn& turn = transcript.turns[position];
  TurnStats& t = turn.stats;
  t = TurnStats{};
  const SpeechScope scope(turn);
  measure_turn_speech(turn, scope, tokens, st.repetition, st.scratch, t);

  const Speaker* speaker = nullptr;
  std::size_t speaker_at = 0;
  // A speaker missing from the list (a parser bug) loses its speaker figures, never the analysis.
  const auto found = turn.speaker ? st.speaker_index.find(*turn.speaker) : st.speaker_index.end();
  if (found != st.speaker_index.end()) {
    speaker_at = found->second;
    speaker = &transcript.speakers[speaker_at];
    st.repetition.add_turn(speaker_at, st.scratch.sentence_word_ids, t.trigrams, t.repeated_trigrams);
    t.repetition = ratio(t.repeated_trigrams, t.trigrams);
  }
  count_turn_mentions(turn, scope, t, session);

  st.cumulative_words += t.words;
  st.cumulative_tokens += t.tokens_estimate;
  t.cumulative_words = st.cumulative_words;
  t.cumulative_tokens_estimate = st.cumulative_tokens;

  // By position, not turn.index, so a third is always 0, 1 or 2.
  const std::size_t third = third_of(position, turn_count);
  if (speaker) add_to_speaker(t, transcript.speakers[speaker_at].stats, st.work[speaker_at], third);

  ++session.turns;
  if (t.words > 0) ++session.speech_turns;
  session.words += t.words;
  session.non_speech_words += t.non_speech_words;
  session.tokens_estimate += t.tokens_estimate;
  if (turn.role == Role::therapist) {
    session.therapist_words += t.words;
    session.therapist_questions.open += t.questions.open;
    session.therapist_questions.closed += t.questions.closed;
    if (t.echoes > 0) ++session.therapist_reflections;
  } else if (turn.role == Role::client) {
    session.client_words += t.words;
    st.trend.add_client_turn(position, t.words, t.mentions);
  }
  std::array<bool, kFlagKindCount> has{};
  for (const auto& f : turn.flags) {
    ++session.flag_spans[static_cast<std::size_t>(f.kind)];
    has[static_cast<std::size_t>(f.kind)] = true;
  }
  for (std::size_t k = 0; k < kFlagKindCount; ++k) session.flagged_turns[k] += has[k] ? 1 : 0;
  add_times(turn, st.first_time, st.last_time);
}

void StatisticsBuilder::finish() {
  State& st = *state_;
  Transcript& transcript = st.transcript;
  SessionStats& session = transcript.session;
  std::vector<SpeakerStats*> speakers;
  for (std::size_t i = 0; i < transcript.speakers.size(); ++i) {
    finish_speaker(transcript.speakers[i].stats, st.work[i], transcript.speakers[i].role);
    speakers.push_back(&transcript.speakers[i].stats);
  }
  fill_talk_shares(speakers);

  if (st.first_time) session.duration_seconds = *st.last_time - *st.first_time;
  session.therapist_client_talk_ratio = ratio(session.therapist_words, session.client_words);
  session.reflection_to_question_ratio =
      ratio(session.therapist_reflections, session.therapist_questions.total());
  session.client_rating_trajectories = rating_trajectories(session.client_self_ratings);
  session.client_trend = st.trend.thirds();
}

void compute_statistics(Transcript& transcript, AnalysisContext& context) {
  StatisticsBuilder builder(transcript);
  std::vector<text::Token> tokens;
  std::string folded, scratch;
  std::vector<std::uint32_t> starts;
  for (std::size_t position = 0; position < transcript.turns.size(); ++position) {
    const std::string_view text = transcript.turns[position].text;
    context.tokenizer.tokenize(text, tokens);
    const std::uint32_t estimate = fold_tokens(text, tokens, folded, starts, scratch);
    builder.add_turn(position, FoldedTokens{tokens, folded, starts, estimate});
  }
  builder.finish();
}

}  // namespace feltline::analyse
