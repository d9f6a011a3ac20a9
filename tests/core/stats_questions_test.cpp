// Open and closed questions (docs/metrics.md, "Questions"): a table coded by
// hand the way MITI 4.2 codes questions, quoted questions left out, and the
// agreement with the expert annotations of AnnoMI read from ../shared/corpora.
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "stats_test_support.hpp"

using namespace stats_test;

namespace {

QuestionCounts questions_of(const std::string& text, std::vector<FlagSpec> flags = {}) {
  const Transcript t = build({{"T", Role::therapist, text, {}, std::move(flags)}});
  return t.turns[0].stats.questions;
}

}  // namespace

TEST_CASE("questions are open or closed by the words they open with", "[stats][questions]") {
  struct Case {
    const char* text;
    std::uint32_t open;
    std::uint32_t closed;
  };
  const std::vector<Case> cases = {
      {"How did it go?", 1, 0},
      {"What else did you notice in your body?", 1, 0},
      {"So, what happened next?", 1, 0},
      {"Why do you think that is?", 1, 0},
      {"What's the value that's driving that feeling?", 1, 0},         // contraction of an open word
      {"And what would happen if you let it be?", 1, 0},               // filler skipped
      {"If you imagine the next presentation, what comes up?", 1, 0},  // open word after a clause mark
      {"Notice the words \"I'm frustrated\" - what's the value?", 1, 0},
      {"Can you tell me more about that?", 1, 0},  // an indirect request for elaboration
      {"Could you describe the tightness?", 1, 0},
      {"Tell me, what was that like?", 1, 0},
      {"Tell me more about that.", 1, 0},  // MITI: an open question without "?"
      {"Describe what you notice.", 1, 0},
      {"I wonder what that was like for you.", 1, 0},
      {"Did you sleep?", 0, 1},
      {"Would you be willing to try?", 0, 1},
      {"Is it a desire to be grounded, or is it a fear of the shame?", 0, 1},  // either/or
      {"How many drinks did you have?", 0, 1},                                 // asks for a number
      {"How often does that happen?", 0, 1},
      {"What time did you leave?", 0, 1},
      {"You felt anxious?", 0, 1},        // declarative question
      {"It was hard, wasn't it?", 0, 1},  // tag question
      {"When did it start?", 0, 1},       // a specific fact
      {"Where do you feel it?", 1, 0},    // where: open (AnnoMI codes it so)
      {"Where would you like to start today?", 1, 0},
      {"That sounds really hard.", 0, 0},
      {"What a day.", 0, 0},  // no question mark, no request
      {"Okay. Um, how are you feeling now? Did it help?", 1, 1},
      {"", 0, 0},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const QuestionCounts q = questions_of(c.text);
    CHECK(q.open == c.open);
    CHECK(q.closed == c.closed);
  }
}

TEST_CASE("quoted questions and questions in meta notes are not the speaker's", "[stats][questions]") {
  const std::string text =
      "Simply ask yourself: \"What is this sensation?\" Then notice it. (Note: Is this okay?)";
  QuestionCounts q = questions_of(text);
  CHECK(q.open == 1);    // without flags: the quoted question is counted...
  CHECK(q.closed == 1);  // ...and so is the one in the note
  q = questions_of(text, {{FlagKind::quoted, "\"What is this sensation?\""},
                          {FlagKind::meta_note, "(Note: Is this okay?)"}});
  CHECK(q.open == 0);
  CHECK(q.closed == 0);
}

// ---------------------------------------------------------------------------
// Agreement with AnnoMI (expert MI annotations; ../shared/corpora/annomi).

namespace {

// RFC 4180 rows (quoted fields, doubled quotes, line breaks inside quotes).
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else if (c != '\r') {
      field += c;
    }
  }
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(field);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

std::string label_of(const QuestionCounts& q) { return q.open ? "open" : q.closed ? "closed" : "none"; }

}  // namespace

TEST_CASE("question labels agree with AnnoMI's expert annotations", "[stats][questions][annomi]") {
  const std::string dir = std::string(FELTLINE_SHARED_DIR) + "/corpora/annomi/";
  std::ifstream f(dir + "AnnoMI-full.sample.csv", std::ios::binary);
  if (!f) {
    WARN("AnnoMI sample not found under " << dir << "; skipped");
    return;
  }
  std::ostringstream s;
  s << f.rdbuf();
  const auto rows = read_csv(s.str());
  REQUIRE(rows.size() > 100);
  std::map<std::string, std::size_t> col;
  for (std::size_t i = 0; i < rows[0].size(); ++i) col[rows[0][i]] = i;
  for (const char* name : {"interlocutor", "utterance_text", "question_exists", "question_subtype"})
    REQUIRE(col.count(name));

  // Confusion of (annotated, ours) over therapist utterances.
  std::map<std::pair<std::string, std::string>, int> confusion;
  int utterances = 0;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.size() < rows[0].size() || row[col["interlocutor"]] != "therapist") continue;
    const std::string expected =
        row[col["question_exists"]] == "True" ? row[col["question_subtype"]] : "none";
    const std::string ours = label_of(questions_of(row[col["utterance_text"]]));
    ++confusion[{expected, ours}];
    ++utterances;
  }
  auto n = [&](const char* a, const char* b) { return confusion[{a, b}]; };
  const int questions = n("open", "open") + n("open", "closed") + n("open", "none") + n("closed", "open") +
                        n("closed", "closed") + n("closed", "none");
  const int detected = questions - n("open", "none") - n("closed", "none");
  const int same_type = n("open", "open") + n("closed", "closed");
  const int false_alarms = n("none", "open") + n("none", "closed");
  const int agree = same_type + n("none", "none");
  std::printf(
      "AnnoMI sample, %d therapist utterances (%d with a question):\n"
      "  annotated open:   ours open %d, closed %d, none %d\n"
      "  annotated closed: ours open %d, closed %d, none %d\n"
      "  annotated none:   ours open %d, closed %d, none %d\n"
      "  agreement %.3f; questions found %.3f; open/closed right where found %.3f\n",
      utterances, questions, n("open", "open"), n("open", "closed"), n("open", "none"), n("closed", "open"),
      n("closed", "closed"), n("closed", "none"), n("none", "open"), n("none", "closed"), n("none", "none"),
      double(agree) / utterances, double(detected) / questions, double(same_type) / detected);
  // Floors a little under what the rule measured when written (docs/metrics.md):
  // a change that makes the rule worse on real sessions fails here.
  CHECK(double(agree) / utterances >= 0.70);
  CHECK(double(detected) / questions >= 0.85);
  CHECK(double(same_type) / detected >= 0.65);
}

TEST_CASE("on AnnoMI's multiply-annotated session the rule agrees with coders as often as they agree",
          "[stats][questions][annomi]") {
  const std::string path =
      std::string(FELTLINE_SHARED_DIR) + "/corpora/annomi/AnnoMI-full.multi-annotator-transcript130.csv";
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    WARN("AnnoMI multi-annotator transcript not found at " << path << "; skipped");
    return;
  }
  std::ostringstream s;
  s << f.rdbuf();
  const auto rows = read_csv(s.str());
  REQUIRE(rows.size() > 10);
  std::map<std::string, std::size_t> col;
  for (std::size_t i = 0; i < rows[0].size(); ++i) col[rows[0][i]] = i;
  // utterance id -> (annotator -> label), and our label per utterance.
  std::map<std::string, std::map<std::string, std::string>> labels;
  std::map<std::string, std::string> ours;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.size() < rows[0].size() || row[col["interlocutor"]] != "therapist") continue;
    const std::string id = row[col["utterance_id"]];
    labels[id][row[col["annotator_id"]]] =
        row[col["question_exists"]] == "True" ? row[col["question_subtype"]] : "none";
    ours[id] = label_of(questions_of(row[col["utterance_text"]]));
  }
  int human_pairs = 0, human_agree = 0, our_pairs = 0, our_agree = 0;
  for (const auto& [id, by_annotator] : labels) {
    for (auto a = by_annotator.begin(); a != by_annotator.end(); ++a) {
      ++our_pairs;
      our_agree += a->second == ours[id];
      for (auto b = std::next(a); b != by_annotator.end(); ++b) {
        ++human_pairs;
        human_agree += a->second == b->second;
      }
    }
  }
  REQUIRE(human_pairs > 0);
  const double human = double(human_agree) / human_pairs, rule = double(our_agree) / our_pairs;
  std::printf(
      "AnnoMI transcript 130, %zu therapist utterances: coder-coder agreement %.3f, rule-coder %.3f\n",
      labels.size(), human, rule);
  CHECK(rule >= human - 0.05);
}
