#include "analyse/statistics/turn_speech.hpp"

#include "analyse/statistics/first_person.hpp"
#include "analyse/statistics/question_classifier.hpp"
#include "analyse/statistics/ratio.hpp"

namespace feltline::analyse {
namespace {

bool is_word(const text::Token& t) { return t.type != text::TokenType::punctuation; }

void count_questions(const SpeechScope& scope, const std::vector<text::Token>& speech, const TurnSpeech& s,
                     TurnStats& stats) {
  const auto& classifier = QuestionClassifier::defaults();
  for (const auto& sentence : s.sentences) {
    // A question belongs to the voice it ends in: a question mark inside a quoted
    // span is a quoted line, not the speaker's own question.
    const text::Token& last = speech[sentence.end_token - 1];
    const text::Token& first = speech[sentence.first_token];
    if (scope.is_quoted(sentence.question ? last.begin : first.begin)) continue;
    // the sentence's words are a stretch of `folded`: read in place, not copied
    const QuestionClassifier::Words words{s.folded.data() + sentence.first_token,
                                          sentence.end_token - sentence.first_token};
    switch (classifier.classify(words, sentence.question)) {
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

// Whether `word` (whose tracker id is `id`) is a first-person word.
bool is_first_person(TurnSpeech& s, std::uint32_t id, std::string_view word) {
  if (s.first_person_by_id.size() <= id) s.first_person_by_id.resize(id + 1, -1);
  std::int8_t& known = s.first_person_by_id[id];
  if (known < 0) {
    s.word.assign(word);  // the set is keyed by std::string
    known = FirstPersonWords::defaults().contains(s.word) ? 1 : 0;
  }
  return known == 1;
}

}  // namespace

void measure_turn_speech(const Turn& turn, const SpeechScope& scope, const FoldedTokens& tokens,
                         RepetitionTracker& repetition, TurnSpeech& s, TurnStats& stats) {
  const std::string_view text = turn.text;
  stats.speech = scope.speech();
  // A turn that is speech throughout (most are) reads its tokens in place;
  // only one with a meta note copies its speech tokens out.
  const bool whole = scope.all_speech();
  const std::size_t n = tokens.tokens.size();
  const text::Token* all = tokens.tokens.data();
  s.speech.clear();
  if (!whole) {
    s.speech_token.resize(n);  // asked once per token, read again by the walk below
    for (std::size_t k = 0, at = 0; k < n; ++k) {
      s.speech_token[k] = scope.is_speech_ascending(all[k].begin, at);
      if (s.speech_token[k]) s.speech.push_back(all[k]);
    }
  }
  const std::uint8_t* const speech_token = s.speech_token.data();
  const std::vector<text::Token>& speech = whole ? tokens.tokens : s.speech;
  // The sentences first, so the one walk over the tokens below writes each
  // sentence's word ids and its end mark for the repetition figure (a second
  // walk over every sentence's tokens did that).
  text::split_sentences(text, speech, s.sentences);
  stats.sentences = static_cast<std::uint32_t>(s.sentences.size());

  // Written by index into buffers sized for every token (no capacity check per
  // push), then cut to the speech tokens' count.
  const std::uint32_t* lexicon_ids = tokens.lexicon_ids ? tokens.lexicon_ids->data() : nullptr;
  if (s.folded.size() < n) s.folded.resize(n);
  std::string_view* folded = s.folded.data();
  // One buffer, kept from turn to turn: at most one id per speech token and one
  // end per sentence, written by index. Sentences cover the speech tokens in
  // order; the tokens between them hold no word, so every word id lands in its
  // sentence, and a sentence's end mark goes in before the first token after it.
  auto& ids = s.sentence_word_ids;
  ids.resize(speech.size() + s.sentences.size());
  std::uint32_t* out = ids.data();
  const text::Sentence* sentence = s.sentences.data();
  const text::Sentence* const sentences_end = sentence + s.sentences.size();
  std::size_t sentence_end = sentence != sentences_end ? sentence->end_token : SIZE_MAX;
  // The counts and the folded text's base are locals: the stores into the
  // buffers above could alias `stats` or `tokens`, and would make the compiler
  // reload them for every token.
  const char* folded_text = tokens.folded.data();
  const std::uint32_t* starts = tokens.starts.data();
  const bool speech_turn = stats.speech;
  std::size_t kept = 0;  // speech tokens so far
  // Also in locals: the quoted test (most turns quote nobody) and the first-person
  // answers cached per id (only a first sight writes them, and may move them).
  const bool any_quoted = scope.any_quoted();
  std::size_t quoted_at = 0;  // for is_quoted_ascending (the tokens' offsets ascend)
  const std::int8_t* first_person_of = s.first_person_by_id.data();
  std::size_t first_person_known = s.first_person_by_id.size();
  std::uint32_t all_words = 0, words = 0, own_voice_words = 0, first_person = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const text::Token& t = all[k];
    const bool word = is_word(t);
    if (word) ++all_words;
    if (!whole && !speech_token[k]) continue;
    const std::size_t at = kept++;
    if (at == sentence_end) {
      *out++ = RepetitionTracker::kSentenceEnd;
      ++sentence;
      sentence_end = sentence != sentences_end ? sentence->end_token : SIZE_MAX;
    }
    if (!word) {
      folded[at] = text.substr(t.begin, t.end - t.begin);
      continue;
    }
    const std::string_view w(folded_text + starts[k], starts[k + 1] - starts[k]);  // tokens.folded_token(k)
    folded[at] = w;
    // One hash lookup per word gives its id; the first-person answer is then cached per id.
    const std::uint32_t id = repetition.word_id(w, lexicon_ids ? lexicon_ids[k] : 0);
    *out++ = id;
    ++words;
    if (any_quoted && scope.is_quoted_ascending(t.begin, quoted_at)) continue;
    ++own_voice_words;
    if (id < first_person_known && first_person_of[id] >= 0) {
      first_person += static_cast<std::uint32_t>(first_person_of[id]);
      continue;
    }
    if (is_first_person(s, id, w)) ++first_person;
    first_person_of = s.first_person_by_id.data();
    first_person_known = s.first_person_by_id.size();
  }
  if (sentence != sentences_end) *out++ = RepetitionTracker::kSentenceEnd;  // the last, ending at the last token
  ids.resize(static_cast<std::size_t>(out - ids.data()));
  s.folded.resize(kept);
  stats.words = words;
  stats.own_voice_words = own_voice_words;
  stats.first_person = first_person;
  // of every token, meta notes included, when the turn is speech (fold_tokens counted it)
  stats.tokens_estimate = speech_turn ? tokens.tokens_estimate : 0;
  stats.non_speech_words = all_words - stats.words;
  stats.first_person_rate = ratio(stats.first_person, stats.own_voice_words);

  count_questions(scope, speech, s, stats);
}

}  // namespace feltline::analyse
