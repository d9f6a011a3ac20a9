#include "analyse/statistics/turn_speech.hpp"

#include "analyse/statistics/first_person.hpp"
#include "analyse/statistics/question_classifier.hpp"
#include "analyse/statistics/ratio.hpp"
#include "analyse/statistics/token_estimate.hpp"
#include "text/case_fold.hpp"

namespace feltline::analyse {
namespace {

bool is_word(const text::Token& t) { return t.type != text::TokenType::punctuation; }

void count_questions(const SpeechScope& scope, TurnSpeech& s, TurnStats& stats) {
  const auto& classifier = QuestionClassifier::defaults();
  for (const auto& sentence : s.sentences) {
    // A question belongs to the voice it ends in: a question mark inside a quoted
    // span is a quoted line, not the speaker's own question.
    const text::Token& last = s.speech[sentence.end_token - 1];
    const text::Token& first = s.speech[sentence.first_token];
    if (scope.is_quoted(sentence.question ? last.begin : first.begin)) continue;
    s.sentence_words.clear();
    for (std::uint32_t k = sentence.first_token; k < sentence.end_token; ++k)
      s.sentence_words.push_back(s.folded[k]);
    switch (classifier.classify(s.sentence_words, sentence.question)) {
      case QuestionKind::open:
        ++stats.questions.open;
        break;
      case QuestionKind::closed:
        ++stats.questions.closed;
        break;
      case QuestionKind::none:
        break;
    }
  }
}

}  // namespace

void measure_turn_speech(const Turn& turn, const SpeechScope& scope, text::WordTokenizer& tokenizer,
                         RepetitionTracker& repetition, TurnSpeech& s, TurnStats& stats) {
  const std::string_view text = turn.text;
  tokenizer.tokenize(text, s.tokens);
  stats.speech = scope.speech();
  stats.tokens_estimate = stats.speech ? estimate_tokens(text, s.tokens) : 0;

  s.speech.clear();
  std::uint32_t all_words = 0;
  for (const auto& t : s.tokens) {
    if (is_word(t)) ++all_words;
    if (scope.is_speech(t.begin)) s.speech.push_back(t);
  }
  if (s.folded.size() < s.speech.size()) s.folded.resize(s.speech.size());
  const auto& first_person = FirstPersonWords::defaults();
  for (std::size_t i = 0; i < s.speech.size(); ++i) {
    const text::Token& t = s.speech[i];
    const std::string_view token_text = text.substr(t.begin, t.end - t.begin);
    if (!is_word(t)) {
      s.folded[i].assign(token_text);
      continue;
    }
    text::fold_for_matching(token_text, s.folded[i]);
    ++stats.words;
    if (scope.is_quoted(t.begin)) continue;
    ++stats.own_voice_words;
    if (first_person.contains(s.folded[i])) ++stats.first_person;
  }
  stats.non_speech_words = all_words - stats.words;
  stats.first_person_rate = ratio(stats.first_person, stats.own_voice_words);

  text::split_sentences(text, s.speech, s.sentences);
  stats.sentences = static_cast<std::uint32_t>(s.sentences.size());
  count_questions(scope, s, stats);

  s.sentence_word_ids.resize(s.sentences.size());
  for (std::size_t k = 0; k < s.sentences.size(); ++k) {
    auto& ids = s.sentence_word_ids[k];
    ids.clear();
    for (std::uint32_t i = s.sentences[k].first_token; i < s.sentences[k].end_token; ++i) {
      if (is_word(s.speech[i])) ids.push_back(repetition.word_id(s.folded[i]));
    }
  }
}

}  // namespace feltline::analyse
