// Per-turn and per-speaker statistics on a five-turn session written for this
// test, every value worked out by hand (the working is in the comments).
#include <catch2/catch.hpp>

#include "analyse/statistics/token_estimate.hpp"
#include "analyse/token_folding.hpp"
#include "stats_test_support.hpp"
#include "text/word_tokenizer.hpp"

using namespace stats_test;

namespace {

// T0  How are you feeling today? Tell me about it.
// C1  I'm anxious and my chest is tight. I'm not sad though. If I went, I'd feel dread.
// T2  Your chest is tight and you feel anxious. How are you feeling about that?
// C3  (Note: client sighs.) Yes. My model says the posterior is low.
// T4  [generation error: The prompt is too long.]
Transcript session() {
  return build({
      {"T", Role::therapist, "How are you feeling today? Tell me about it."},
      {"C",
       Role::client,
       "I'm anxious and my chest is tight. I'm not sad though. If I went, I'd feel dread.",
       {{MentionKind::emotion, "anxious", "anxiety"},
        {MentionKind::sensation, "chest is tight", "", "chest"},
        {MentionKind::emotion, "sad", "sadness", "", true},
        {MentionKind::emotion, "dread", "fear", "", false, true}}},
      {"T",
       Role::therapist,
       "Your chest is tight and you feel anxious. How are you feeling about that?",
       {{MentionKind::sensation, "chest is tight", "", "chest", false, false, false, true},
        {MentionKind::emotion, "anxious", "anxiety", "", false, false, false, true}}},
      {"C",
       Role::client,
       "(Note: client sighs.) Yes. My model says the posterior is low.",
       {{MentionKind::analytic, "model"}, {MentionKind::analytic, "posterior"}},
       {{FlagKind::meta_note, "(Note: client sighs.)"}}},
      {"T",
       Role::therapist,
       "[generation error: The prompt is too long.]",
       {},
       {{FlagKind::generation_error, ""}}},
  });
}

}  // namespace

TEST_CASE("turn figures, worked out by hand", "[stats][turn]") {
  const Transcript t = session();
  struct Expected {
    bool speech;
    std::uint32_t words, non_speech_words, sentences, open, closed, first_person;
    std::optional<double> first_person_rate;
    std::uint64_t cumulative_words;
    std::uint32_t tokens;
    std::uint64_t cumulative_tokens;
    std::uint32_t trigrams, repeated;
    std::optional<double> repetition;
    std::uint32_t echoes;
  };
  const std::vector<Expected> expected = {
      // 9 words; "How ...?" open, "Tell me about it." an open request; "me" 1/9;
      // tokens 9 words + "?" "." = 11; trigrams 3 + 2, none earlier.
      {true, 9, 0, 2, 2, 0, 1, 1.0 / 9, 9, 11, 11, 5, 0, 0.0, 0},
      // 17 words, 3 sentences; I'm my I'm I I'd = 5/17; tokens 17 + 3 apostrophes + 4 marks = 24;
      // trigrams 5 + 2 + 4 = 11.
      {true, 17, 0, 3, 0, 0, 5, 5.0 / 17, 26, 24, 35, 11, 0, 0.0, 0},
      // 14 words; one open question; tokens 14 + 2 = 16; trigrams 6 + 4, of which
      // "how are you" and "are you feeling" came in T0: 2/10.
      {true, 14, 0, 2, 1, 0, 0, 0.0, 40, 16, 51, 10, 2, 0.2, 2},
      // Speech "Yes. My model says the posterior is low." 8 words, 2 sentences, "My" 1/8;
      // the note's 3 words are non-speech; tokens of the whole text: 11 words,
      // "posterior" (9 letters) 2, 6 marks = 18; trigrams 0 + 5.
      {true, 8, 3, 2, 0, 0, 1, 0.125, 48, 18, 69, 5, 0, 0.0, 0},
      // A generation error: no speech, 7 non-speech words, no tokens added.
      {false, 0, 7, 0, 0, 0, 0, std::nullopt, 48, 0, 69, 0, 0, std::nullopt, 0},
  };
  REQUIRE(t.turns.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    const TurnStats& s = t.turns[i].stats;
    const Expected& e = expected[i];
    CHECK(s.speech == e.speech);
    CHECK(s.words == e.words);
    CHECK(s.non_speech_words == e.non_speech_words);
    CHECK(s.sentences == e.sentences);
    CHECK(s.questions.open == e.open);
    CHECK(s.questions.closed == e.closed);
    CHECK(s.first_person == e.first_person);
    CHECK(s.first_person_rate.has_value() == e.first_person_rate.has_value());
    if (e.first_person_rate) CHECK(*s.first_person_rate == Approx(*e.first_person_rate));
    CHECK(s.cumulative_words == e.cumulative_words);
    CHECK(s.tokens_estimate == e.tokens);
    CHECK(s.cumulative_tokens_estimate == e.cumulative_tokens);
    CHECK(s.trigrams == e.trigrams);
    CHECK(s.repeated_trigrams == e.repeated);
    CHECK(s.repetition.has_value() == e.repetition.has_value());
    if (e.repetition) CHECK(*s.repetition == Approx(*e.repetition));
    CHECK(s.echoes == e.echoes);
  }
  CHECK(t.turns[2].stats.echoed == std::vector<std::string>{"chest is tight", "anxious"});
}

TEST_CASE("mentions count by status: asserted per kind, the rest apart", "[stats][turn][mentions]") {
  const Transcript t = session();
  const MentionTally& c1 = t.turns[1].stats.mentions;
  CHECK(c1.of(MentionKind::emotion) == 1);  // "anxious"; "sad" is denied, "dread" imagined
  CHECK(c1.of(MentionKind::sensation) == 1);
  CHECK(c1.emotion_categories == CountMap{{"anxiety", 1}});
  CHECK(c1.sensation_regions == CountMap{{"chest", 1}});
  CHECK(c1.negated == 1);
  CHECK(c1.hypothetical == 1);
  CHECK(c1.quoted == 0);
  // analytic / (analytic + felt): 0 / (0 + 2) in C1, 2 / (2 + 0) in C3; null for the therapist.
  CHECK(*t.turns[1].stats.analytic_share == 0.0);
  CHECK(*t.turns[3].stats.analytic_share == 1.0);
  CHECK_FALSE(t.turns[0].stats.analytic_share.has_value());
}

TEST_CASE("a negated and hypothetical mention is negated: quoted wins over both", "[stats][turn][mentions]") {
  const Transcript t =
      build({{"C",
              Role::client,
              "If I went, I wouldn't feel scared. She said \"I'm scared\".",
              {{MentionKind::emotion, "scared", "fear", "", true, true},
               {MentionKind::emotion, "scared", "fear", "", true, false, false, false, 0, 0, 1}},
              {{FlagKind::quoted, "\"I'm scared\""}}}});
  const MentionTally& m = t.turns[0].stats.mentions;
  CHECK(m.of(MentionKind::emotion) == 0);
  CHECK(m.negated == 1);
  CHECK(m.hypothetical == 0);
  CHECK(m.quoted == 1);
}

TEST_CASE("quoted speech counts as words but not as the speaker's own voice", "[stats][turn]") {
  // He said "I am done" and I left. -> 8 words, 3 of them quoted; own voice 5, "I" once: 1/5.
  const Transcript t = build(
      {{"C", Role::client, "He said \"I am done\" and I left.", {}, {{FlagKind::quoted, "\"I am done\""}}}});
  const TurnStats& s = t.turns[0].stats;
  CHECK(s.words == 8);
  CHECK(s.own_voice_words == 5);
  CHECK(s.first_person == 1);
  CHECK(*s.first_person_rate == Approx(0.2));
}

TEST_CASE("speaker figures, worked out by hand", "[stats][speaker]") {
  const Transcript t = session();
  const SpeakerStats& th = speaker(t, "T");
  const SpeakerStats& cl = speaker(t, "C");
  CHECK(th.turns == 3);
  CHECK(th.speech_turns == 2);  // the generation error has no speech
  CHECK(th.words == 23);
  CHECK(cl.words == 25);
  CHECK(*th.talk_share == Approx(23.0 / 48));
  CHECK(*cl.talk_share == Approx(25.0 / 48));
  CHECK(*th.mean_words_per_turn == Approx(11.5));  // (9 + 14) / 2
  CHECK(*th.median_words_per_turn == Approx(11.5));
  CHECK(*cl.mean_words_per_turn == Approx(12.5));  // (17 + 8) / 2
  CHECK(th.questions.open == 3);
  CHECK(th.questions.closed == 0);
  CHECK(th.reflections == 1);
  CHECK(cl.reflections == 0);
  CHECK(*th.first_person_rate == Approx(1.0 / 23));
  CHECK(*cl.first_person_rate == Approx(6.0 / 25));
  CHECK(th.trigrams == 15);
  CHECK(th.repeated_trigrams == 2);
  CHECK(*th.repetition == Approx(2.0 / 15));
  // Thirds of 5 turns, floor(3i/5): turns 0-1, 2-3, 4. T0 0/5, T2 2/10, T4 no trigrams.
  CHECK(*th.repetition_by_third[0] == 0.0);
  CHECK(*th.repetition_by_third[1] == Approx(0.2));
  CHECK_FALSE(th.repetition_by_third[2].has_value());
  CHECK(cl.mentions.of(MentionKind::analytic) == 2);
  CHECK(cl.mentions.negated == 1);
  CHECK(cl.emotion_categories == 1);
  CHECK(*cl.emotion_entropy == 0.0);
  CHECK(*cl.analytic_share == Approx(0.5));  // 2 / (2 + 2)
  CHECK_FALSE(th.analytic_share.has_value());
}

TEST_CASE("emotional granularity: distinct categories and their entropy in bits", "[stats][speaker]") {
  struct Case {
    std::vector<std::pair<const char*, const char*>> emotions;  // word, category
    std::uint32_t categories;
    std::optional<double> entropy;
  };
  const std::vector<Case> cases = {
      {{}, 0, std::nullopt},
      {{{"calm", "calm"}}, 1, 0.0},
      {{{"angry", "anger"}, {"sad", "sadness"}}, 2, 1.0},
      // 2/4, 1/4, 1/4: 0.5 + 0.5 + 0.5 = 1.5 bits
      {{{"worried", "anxiety"}, {"nervous", "anxiety"}, {"ashamed", "shame"}, {"scared", "fear"}}, 3, 1.5},
      // three equal: log2 3
      {{{"angry", "anger"}, {"sad", "sadness"}, {"calm", "calm"}}, 3, 1.584962500721156},
  };
  for (const auto& c : cases) {
    std::string text;
    std::vector<MentionSpec> mentions;
    for (const auto& [word, category] : c.emotions) {
      text += std::string(word) + ". ";
      mentions.push_back({MentionKind::emotion, word, category});
    }
    if (text.empty()) text = "Fine.";
    const Transcript t = build({{"C", Role::client, text, mentions}});
    CAPTURE(text);
    CHECK(speaker(t, "C").emotion_categories == c.categories);
    CHECK(speaker(t, "C").emotion_entropy.has_value() == c.entropy.has_value());
    if (c.entropy) CHECK(*speaker(t, "C").emotion_entropy == Approx(*c.entropy));
  }
}

TEST_CASE("a phrase repeated inside one turn is not a repeat: across turns it is", "[stats][repetition]") {
  // T0: "let it be let it be" -> trigrams: let it be / it be let / be let it / let it be = 4, none earlier.
  // T1: "Let it be." -> 1 trigram, used in T0: 1/1. C2 says it too: other speaker, 0/1.
  const Transcript t = build({{"T", Role::therapist, "let it be let it be"},
                              {"T", Role::therapist, "Let it be."},
                              {"C", Role::client, "Let it be."}});
  CHECK(t.turns[0].stats.trigrams == 4);
  CHECK(t.turns[0].stats.repeated_trigrams == 0);
  CHECK(*t.turns[1].stats.repetition == 1.0);
  CHECK(*t.turns[2].stats.repetition == 0.0);
}

TEST_CASE("the token estimate follows its documented rule", "[stats][tokens]") {
  struct Case {
    const char* text;
    std::uint32_t tokens;
  };
  const std::vector<Case> cases = {
      {"I feel calm.", 4},     // 3 words + 1 mark
      {"I'm here", 3},         // I'm = 1 + 1 apostrophe
      {"I\u2019m here", 3},    // a typographic apostrophe counts the same
      {"posterior", 2},        // 9 letters: 1 + 8/8
      {"intellectualize", 2},  // 15 letters: 1 + 14/8
      {"counterfactuals", 2},
      {"9159 tokens", 3},                                 // 4 digits: 2, + 1 word
      {"0.7", 3},                                         // 0 . 7
      {"\u00E9motion", 3},                                // émotion: 7 code points, not ASCII: ceil(7/3)
      {"\u7126\u8651", 2},                                // 焦虑: one per ideograph
      {"\u0442\u0440\u0435\u0432\u043E\u0433\u0430", 3},  // тревога: ceil(7/3)
      {"", 0},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const Transcript t = build({{"C", Role::client, c.text}});
    CHECK(t.turns[0].stats.tokens_estimate == c.tokens);
  }
}

TEST_CASE("the estimate fold_tokens counts is the same as from the tokens' own bytes", "[stats]") {
  // fold_tokens counts a plain ASCII word's apostrophes eight bytes at a time when the
  // text holds eight bytes from each step: every word here but the last few. Every
  // prefix of the text, so that each token is also one of the last few.
  const std::string whole =
      "a I'm it's don't y'all 'tis rock'n'roll o'clock posterior sentence!! eightchr ninechars "
      "\u00E9motion caf\u00E9 I\u2019m 42 7.5 \u7126\u8651 ma'am x'y'z'w "
      "overwhelming shouldn't've sixteencharacter seventeencharacter counterbalanc'd "
      "understandabl\u00E9 cancellation'' wouldn't'a'been a";
  feltline::text::WordTokenizer tokenizer;
  std::vector<feltline::text::Token> tokens;
  std::string folded, scratch;
  std::vector<std::uint32_t> starts;
  tokenizer.tokenize(whole, tokens);
  REQUIRE(tokens.size() > 20);
  for (std::size_t cut = 1; cut <= whole.size(); ++cut) {
    if (cut < whole.size() && (static_cast<unsigned char>(whole[cut]) & 0xC0) == 0x80) continue;  // mid-character
    const std::string text = whole.substr(0, cut);
    tokenizer.tokenize(text, tokens);
    CAPTURE(text);
    CHECK(feltline::analyse::fold_tokens(text, tokens, folded, starts, scratch) ==
          feltline::analyse::estimate_tokens(text, tokens));
  }
}

TEST_CASE("CountMap counts by name in byte order, as a map would", "[stats]") {
  feltline::CountMap counts;
  CHECK(counts.empty());
  ++counts["shame"];
  ++counts["anxiety"];
  counts["shame"] += 2;
  ++counts["Zed"];  // capitals sort before lower case, as in std::map<std::string, ...>
  std::vector<std::pair<std::string, std::uint32_t>> items(counts.begin(), counts.end());
  CHECK(items == std::vector<std::pair<std::string, std::uint32_t>>{{"Zed", 1}, {"anxiety", 1}, {"shame", 3}});
  CHECK(counts == feltline::CountMap{{"shame", 1}, {"anxiety", 1}, {"Zed", 1}, {"shame", 2}});
  CHECK(counts != feltline::CountMap{{"shame", 3}});
  MentionTally a, b;
  a.emotion_categories = feltline::CountMap{{"anxiety", 1}};
  b.emotion_categories = feltline::CountMap{{"anxiety", 2}, {"anger", 1}};
  a.add(b);
  CHECK(a.emotion_categories == feltline::CountMap{{"anger", 1}, {"anxiety", 3}});
}
