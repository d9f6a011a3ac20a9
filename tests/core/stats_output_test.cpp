// The statistics as JSON, CSV (RFC 4180) and the corpus summary line.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "analyse/statistics/corpus_summary.hpp"
#include "feltline/analyze.hpp"
#include "output/corpus_summary_json.hpp"
#include "output/csv_writer.hpp"
#include "output/mentions_csv.hpp"
#include "output/turns_csv.hpp"
#include "stats_test_support.hpp"

using namespace stats_test;
using json = nlohmann::ordered_json;

namespace {

std::vector<std::string> keys(const json& object) {
  std::vector<std::string> out;
  for (auto it = object.begin(); it != object.end(); ++it) out.push_back(it.key());
  return out;
}

std::vector<std::string> lines(const std::string& csv) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < csv.size()) {
    const std::size_t end = csv.find("\r\n", pos);
    REQUIRE(end != std::string::npos);  // every row ends with CRLF
    out.push_back(csv.substr(pos, end - pos));
    pos = end + 2;
  }
  return out;
}

}  // namespace

TEST_CASE("CSV fields are quoted as RFC 4180 says", "[stats][csv]") {
  struct Case {
    const char* field;
    const char* written;
  };
  const std::vector<Case> cases = {
      {"plain", "plain"},
      {"", ""},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"cr\rhere", "\"cr\rhere\""},
      {"caf\u00E9; =1+1", "caf\u00E9; =1+1"},  // semicolons, formulas and UTF-8 pass as they are
  };
  for (const auto& c : cases) {
    std::string out;
    output::CsvWriter w(out);
    w.text(c.field).integer(3);
    w.end_row();
    CHECK(out == std::string(c.written) + ",3\r\n");
  }
  std::string out;
  output::CsvWriter w(out);
  w.number(output::rounded(2.0 / 3)).number(nullptr).boolean(true).empty();
  w.end_row();
  CHECK(out == "0.6667,,true,\r\n");
}

TEST_CASE("turns as CSV: a header and one row per turn, numbers as in the JSON", "[stats][csv]") {
  const std::string text = "Therapist: How was it, \"really\"?\nClient: I felt calm.\nI slept.\n";
  auto r = analyze_text(text, R"({"output":"turns_csv"})");
  REQUIRE(r.usable);
  const auto rows = lines(r.json);
  REQUIRE(rows.size() == 3);
  CHECK(
      rows[0] ==
      "dialogue_id,turn,speaker,role,line,time_start,time_end,flags,speech,words,non_speech_words,sentences,"
      "questions_open,questions_closed,own_voice_words,first_person,first_person_rate,cumulative_words,"
      "tokens_estimate,cumulative_tokens_estimate,trigrams,repeated_trigrams,repetition,echoes,echoed,"
      "emotion,"
      "sensation,analytic,rating,custom,negated,hypothetical,quoted,analytic_share,emotion_categories,"
      "sensation_regions,custom_categories,text");
  // The quoted text field holds the doubled quotes; the client's turn spans two lines.
  const std::string quoted_text = ",\"How was it, \"\"really\"\"?\"";
  CHECK(rows[1].substr(rows[1].size() - quoted_text.size()) == quoted_text);
  CHECK(rows[2].find(",\"I felt calm.\nI slept.\"") != std::string::npos);
  // Same digits as the JSON: the client's "I felt calm. I slept." has 5 words, 2 sentences, I twice: 2/5.
  const json doc = json::parse(analyze_text(text, "{}").json);
  CHECK(doc["turns"][1]["stats"]["first_person_rate"].dump() == "0.4");
  CHECK(rows[2].find(",true,5,0,2,0,0,5,2,0.4,") != std::string::npos);
}

TEST_CASE("mentions as CSV: one row per mention with its status and UTF-16 offsets", "[stats][csv]") {
  const Transcript t = build(
      {{"C",
        Role::client,
        "Ich f\u00FChle Angst, nicht Wut.",
        {{MentionKind::emotion, "Angst", "anxiety"}, {MentionKind::emotion, "Wut", "anger", "", true}}}},
      "d-7");
  std::string out;
  output::append_mentions_csv_header(out);
  output::append_mentions_csv(t, out);
  const auto rows = lines(out);
  REQUIRE(rows.size() == 3);
  CHECK(
      rows[0] ==
      "dialogue_id,turn,speaker,role,kind,status,start,end,text,category,region,quality,value,scale,negated,"
      "hypothetical,quoted,echo,intensity,source,cues,dictionary");
  // "Ich fühle " is 11 bytes but 10 UTF-16 units.
  CHECK(rows[1] == "d-7,0,C,client,emotion,asserted,10,15,Angst,anxiety,,,,,false,false,false,false,,test,,");
  CHECK(rows[2] == "d-7,0,C,client,emotion,negated,23,26,Wut,anger,,,,,true,false,false,false,,test,,");
}

TEST_CASE("an unknown output option is a warning, and JSON is printed", "[stats][csv]") {
  auto r = analyze_text("Client: hi\n", R"({"output":"xlsx"})");
  REQUIRE(r.usable);
  const json doc = json::parse(r.json);
  CHECK(doc["diagnostics"][0]["message"].get<std::string>().find("\"output\"") != std::string::npos);
}

TEST_CASE("CSV output hands the diagnostics to the host", "[stats][csv]") {
  auto r = analyze_text("Client: hi \xff\n", R"({"output":"turns_csv"})");
  REQUIRE(r.usable);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].line == 1);
}

TEST_CASE("every statistic is in the JSON", "[stats][json]") {
  const json doc = json::parse(analyze_text("Therapist: How are you?\nClient: Okay then.\n", "{}").json);
  CHECK(keys(doc["turns"][0]["stats"]) ==
        std::vector<std::string>{"speech", "words", "non_speech_words", "sentences", "questions",
                                 "own_voice_words", "first_person", "first_person_rate", "cumulative_words",
                                 "tokens_estimate", "cumulative_tokens_estimate", "trigrams",
                                 "repeated_trigrams", "repetition", "echoes", "echoed", "mentions",
                                 "analytic_share"});
  CHECK(keys(doc["turns"][0]["stats"]["mentions"]) ==
        std::vector<std::string>{"emotion", "sensation", "analytic", "rating", "custom", "emotion_categories",
                                 "sensation_regions", "custom_categories", "negated", "hypothetical",
                                 "quoted"});
  CHECK(keys(doc["speakers"][0]["stats"]) ==
        std::vector<std::string>{"turns", "speech_turns", "words", "talk_share", "mean_words_per_turn",
                                 "median_words_per_turn", "sentences", "questions", "reflections",
                                 "own_voice_words", "first_person", "first_person_rate", "trigrams",
                                 "repeated_trigrams", "repetition", "repetition_by_third", "mentions",
                                 "emotion_granularity", "analytic_share"});
  CHECK(keys(doc["session"]) ==
        std::vector<std::string>{
            "turns", "speech_turns", "words", "non_speech_words", "tokens_estimate", "duration_seconds",
            "therapist_words", "client_words", "therapist_client_talk_ratio", "therapist_questions",
            "therapist_reflections", "reflection_to_question_ratio", "client_first_sensation_turn",
            "client_first_sensation_turn_any", "client_self_ratings", "client_rating_trajectories",
            "client_trend", "flagged_turns", "flag_spans"});
  CHECK(doc["session"]["therapist_client_talk_ratio"] == 1.5);  // 3 words to 2
  CHECK(doc["turns"][1]["stats"]["analytic_share"].is_null());  // no analytic or felt mention
}

TEST_CASE("the corpus summary pools the dialogues and spreads per-dialogue figures", "[stats][corpus]") {
  // Dialogue a: therapist 4 words (1 open question), client 2 words. b: therapist 2, client 6,
  // a generation error.
  const Transcript a =
      build({{"T", Role::therapist, "How are you now?"}, {"C", Role::client, "Quite tense."}}, "a");
  const Transcript b = build({{"T", Role::therapist, "Go on."},
                              {"C",
                               Role::client,
                               "My chest is tight and sore today.",
                               {{MentionKind::sensation, "chest is tight", "", "chest"}}},
                              {"T", Role::therapist, "[error]", {}, {{FlagKind::generation_error, ""}}}},
                             "b");
  analyse::CorpusSummary summary;
  summary.add(a);
  summary.add(b);
  const analyse::CorpusFigures f = summary.figures();
  CHECK(f.dialogues == 2);
  CHECK(f.turns == 5);
  CHECK(f.words == 4 + 2 + 2 + 7);
  CHECK(f.therapist_words == 6);
  CHECK(f.client_words == 9);
  CHECK(*f.therapist_client_talk_ratio == Approx(6.0 / 9));
  CHECK(*f.talk_ratio.median == Approx((2.0 + 2.0 / 7) / 2));  // a: 4/2, b: 2/7
  CHECK(*f.turns_per_dialogue.median == 2.5);
  CHECK(*f.turns_per_dialogue.max == 3);
  CHECK(f.flagged_turns[static_cast<std::size_t>(FlagKind::generation_error)] == 1);
  CHECK(f.dialogues_with_flag[static_cast<std::size_t>(FlagKind::generation_error)] == 1);
  CHECK(f.therapist_questions.open == 1);
  CHECK(f.client_mentions.of(MentionKind::sensation) == 1);
  CHECK(f.dialogues_without_client_sensation == 1);
  CHECK(*f.client_first_sensation_turn.median == 1);
  const json line = json::parse(output::corpus_summary_json(f));
  CHECK(line["schema"] == "feltline/1");
  CHECK(line["corpus_summary"]["dialogues"] == 2);
  CHECK(line["corpus_summary"]["therapist_client_talk_ratio"] == 0.6667);
}
