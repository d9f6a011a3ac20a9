// Session figures on small sessions written for the test, worked out by hand.
#include <catch2/catch.hpp>

#include "stats_test_support.hpp"

using namespace stats_test;

namespace {

MentionSpec rating(const char* words, const char* category, double value, double scale, bool negated = false,
                   bool hypothetical = false, bool quoted = false) {
  MentionSpec m{MentionKind::rating, words, category};
  m.value = value;
  m.scale = scale;
  m.negated = negated;
  m.hypothetical = hypothetical;
  m.quoted = quoted;
  return m;
}

}  // namespace

TEST_CASE("talk ratio, reflection-to-question ratio, flags and the client trend", "[stats][session]") {
  // T0 (9 words, 2 open questions), C1 (17 words; anxiety, chest), T2 (14 words, 1 open question,
  // 2 echoes: a reflection), C3 (8 speech words + a 3-word note), T4 a generation error (7 words).
  const Transcript t = build({
      {"T", Role::therapist, "How are you feeling today? Tell me about it."},
      {"C",
       Role::client,
       "I'm anxious and my chest is tight. I'm not sad though. If I went, I'd feel dread.",
       {{MentionKind::emotion, "anxious", "anxiety"},
        {MentionKind::sensation, "chest is tight", "", "chest"}}},
      {"T",
       Role::therapist,
       "Your chest is tight and you feel anxious. How are you feeling about that?",
       {{MentionKind::sensation, "chest is tight", "", "chest", false, false, false, true},
        {MentionKind::emotion, "anxious", "anxiety", "", false, false, false, true}}},
      {"C",
       Role::client,
       "(Note: client sighs.) Yes. My model says the posterior is low.",
       {},
       {{FlagKind::meta_note, "(Note: client sighs.)"}}},
      {"T",
       Role::therapist,
       "[generation error: The prompt is too long.]",
       {},
       {{FlagKind::generation_error, ""}}},
  });
  const SessionStats& s = t.session;
  CHECK(s.turns == 5);
  CHECK(s.speech_turns == 4);
  CHECK(s.words == 48);
  CHECK(s.non_speech_words == 10);  // 3 in the note + 7 in the error
  CHECK(s.tokens_estimate == 69);
  CHECK_FALSE(s.duration_seconds.has_value());
  CHECK(s.therapist_words == 23);
  CHECK(s.client_words == 25);
  CHECK(*s.therapist_client_talk_ratio == Approx(0.92));  // 23 / 25
  CHECK(s.therapist_questions.open == 3);
  CHECK(s.therapist_questions.closed == 0);
  CHECK(s.therapist_reflections == 1);
  CHECK(*s.reflection_to_question_ratio == Approx(1.0 / 3));
  CHECK(*s.client_first_sensation_turn == 1);
  CHECK(s.flagged_turns ==
        std::array<std::uint32_t, kFlagKindCount>{1, 1, 0, 0});  // meta_note, generation_error
  // Thirds of 5 turns: 0-1, 2-3, 4. C1 in the first (17 words, 1 emotion, 1 sensation: 100/17 each),
  // C3 in the second (8 words, none), no client turn in the last.
  const auto& trend = s.client_trend;
  CHECK(trend[0].first_turn == 0);
  CHECK(trend[0].last_turn == 1);
  CHECK(trend[2].first_turn == 4);
  CHECK(trend[0].client_words == 17);
  CHECK(*trend[0].emotion_per_100_words == Approx(100.0 / 17));
  CHECK(*trend[0].sensation_per_100_words == Approx(100.0 / 17));
  CHECK(trend[1].client_words == 8);
  CHECK(*trend[1].emotion_per_100_words == 0.0);
  CHECK_FALSE(trend[2].emotion_per_100_words.has_value());
}

TEST_CASE("the client's self-ratings in order, without denied, quoted or therapist ratings",
          "[stats][session][ratings]") {
  const Transcript t = build({
      {"C", Role::client, "Before, my anxiety was 7/10.", {rating("7/10", "anxiety", 7, 10)}},
      {"C",
       Role::client,
       "If it went well it'd be a 5/10, now it's a 4/10, and it's not a 9/10.",
       {rating("5/10", "anxiety", 5, 10, false, true), rating("4/10", "anxiety", 4, 10),
        rating("9/10", "anxiety", 9, 10, true)}},
      {"T", Role::therapist, "So about a 3/10 now?", {rating("3/10", "anxiety", 3, 10)}},
      {"C",
       Role::client,
       "She said \"I'm at 2/10\" about her fear.",
       {rating("2/10", "fear", 2, 10, false, false, true)}},
      {"C",
       Role::client,
       "Maybe a 1/10 for the warmth. Shame 60 out of 100.",
       {rating("1/10", "", 1, 10), rating("60 out of 100", "shame", 60, 100)}},
  });
  const auto& r = t.session.client_self_ratings;
  REQUIRE(r.size() == 5);
  CHECK((r[0].turn == 0 && r[0].category == "anxiety" && r[0].value == 7 && r[0].scale == 10 &&
         !r[0].hypothetical));
  CHECK((r[1].turn == 1 && r[1].value == 5 && r[1].hypothetical));
  CHECK((r[2].turn == 1 && r[2].value == 4 && !r[2].hypothetical));
  CHECK((r[3].turn == 4 && r[3].category.empty() && r[3].value == 1));
  CHECK((r[4].turn == 4 && r[4].category == "shame" && r[4].scale == 100));
  const auto& tr = t.session.client_rating_trajectories;
  REQUIRE(tr.size() == 3);
  CHECK(tr[0].category == "anxiety");
  CHECK(tr[0].values == std::vector<double>{7, 5, 4});
  CHECK(tr[0].turns == std::vector<int>{0, 1, 1});
  CHECK(tr[0].change == -3);
  CHECK(tr[1].category.empty());
  CHECK(tr[1].change == 0);
  CHECK(tr[2].category == "shame");
}

TEST_CASE("first client sensation: asserted, and any at all", "[stats][session]") {
  const Transcript t = build({
      {"T",
       Role::therapist,
       "Where do you feel it? My chest is tight too.",
       {{MentionKind::sensation, "chest is tight", "", "chest"}}},
      {"C",
       Role::client,
       "If I stayed, my chest would tighten.",
       {{MentionKind::sensation, "chest would tighten", "", "chest", false, true}}},
      {"C",
       Role::client,
       "No tension at all.",
       {{MentionKind::sensation, "tension", "", "unspecified", true}}},
      {"C", Role::client, "Now my hands shake.", {{MentionKind::sensation, "hands shake", "", "hands"}}},
  });
  CHECK(*t.session.client_first_sensation_turn_any == 1);  // the therapist's does not count
  CHECK(*t.session.client_first_sensation_turn == 3);
}

TEST_CASE("duration spans the first and last time of any turn", "[stats][session]") {
  const Transcript t = build({{"T", Role::therapist, "Hello.", {}, {}, 5.0, 12.5},
                              {"C", Role::client, "Hi.", {}, {}, 13.0},
                              {"T", Role::therapist, "Go on.", {}, {}, std::nullopt, 80.25}});
  CHECK(*t.session.duration_seconds == Approx(75.25));
}

TEST_CASE("no roles, no role figures: ratios are null, not zero", "[stats][session]") {
  const Transcript t =
      build({{"", Role::unknown, "I feel tense."}, {"", Role::unknown, "My shoulders ache."}});
  CHECK(t.session.words == 6);  // 3 + 3
  CHECK_FALSE(t.session.therapist_client_talk_ratio.has_value());
  CHECK_FALSE(t.session.reflection_to_question_ratio.has_value());
  CHECK_FALSE(t.turns[0].stats.repetition.has_value());  // no speaker, no "same speaker"
  CHECK(t.turns[1].stats.cumulative_words == 6);
}

TEST_CASE("a turn whose speaker is missing from the list keeps its turn figures", "[stats][session]") {
  Transcript t;
  Turn turn;
  turn.speaker = "Ghost";
  turn.role = Role::client;
  turn.text = "I feel odd.";
  t.turns.push_back(turn);
  analyse::compute_statistics(t, analyse::AnalysisContext::for_this_thread());
  CHECK(t.turns[0].stats.words == 3);
  CHECK_FALSE(t.turns[0].stats.repetition.has_value());
  CHECK(t.session.client_words == 3);
}
