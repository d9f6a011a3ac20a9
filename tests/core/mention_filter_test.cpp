// The learned mention filter: the features it reads of a mention
// (mention_filter_features.hpp) and what a model's decision does to the output
// (mention_filter.hpp). Sentences written for these tests.
#include "analyse/mention_filter.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::analyse::feature_hash;
using feltline::analyse::FilterRecord;
using feltline::analyse::MentionFilterModel;

namespace {

// The features of every emotion and sensation mention of the turns, as the rules left them.
std::vector<FilterRecord> record(const std::vector<feltline::test::TurnSpec>& turns) {
  std::vector<FilterRecord> out;
  feltline::analyse::record_mention_filter_features(&out);
  feltline::test::find_mentions(turns);
  feltline::analyse::record_mention_filter_features(nullptr);
  return out;
}

bool has(const FilterRecord& m, std::string_view prefix, std::string_view value = {}) {
  std::string names;
  for (const auto& n : m.names) names += n + "; ";
  CAPTURE(names);
  CHECK(std::find(m.names.begin(), m.names.end(), std::string(prefix) + "=" + std::string(value)) !=
        m.names.end());
  return std::find(m.hashes.begin(), m.hashes.end(), feature_hash(prefix, value)) != m.hashes.end();
}

// A model that keeps every mention (bias above the threshold) but for one feature's weight.
MentionFilterModel one_feature(std::string_view prefix, std::string_view value, std::int32_t weight) {
  MentionFilterModel m;
  m.buckets = 4096;
  m.weights.assign(m.buckets, 0);
  m.weights[feature_hash("bias", "") % m.buckets] = 10;
  m.weights[feature_hash(prefix, value) % m.buckets] += weight;
  return m;
}

std::size_t emotions_and_sensations(const feltline::Transcript& t) {
  std::size_t n = 0;
  for (const auto& turn : t.turns)
    for (const auto& m : turn.mentions)
      n += m.kind == feltline::MentionKind::emotion || m.kind == feltline::MentionKind::sensation;
  return n;
}

}  // namespace

TEST_CASE("the filter's features hold the entry, the rule, the flags and the words around",
          "[filter][model]") {
  const auto r = record({{Role::client, "I was so anxious about the meeting."}});
  REQUIRE(r.size() == 1);
  CHECK(has(r[0], "bias"));
  CHECK(has(r[0], "kind", "emotion"));
  CHECK(has(r[0], "category", "anxiety"));
  CHECK(has(r[0], "source*after 1", "anxious:a,about"));
  CHECK(has(r[0], "role", "client"));
  CHECK(has(r[0], "before 1", "so"));
  CHECK(has(r[0], "before 2", "was"));
  CHECK(has(r[0], "after 1", "about"));
  CHECK(has(r[0], "bigram before", "was,so"));
  CHECK(has(r[0], "first word", "i"));
  CHECK(has(r[0], "subject", "i,client"));
  CHECK(has(r[0], "intensity"));
  CHECK(has(r[0], "sentence", "only"));
  // a name and a hash for every feature, the hash the name's (names of two values aside)
  REQUIRE(r[0].names.size() == r[0].hashes.size());
  for (std::size_t i = 0; i < r[0].names.size(); ++i) {
    const auto eq = r[0].names[i].find('=');
    if (r[0].names[i].find(',', eq) != std::string::npos) continue;
    CHECK(feature_hash(r[0].names[i].substr(0, eq), r[0].names[i].substr(eq + 1)) == r[0].hashes[i]);
  }
}

TEST_CASE("the filter's features see a topic, a named condition, a generic subject and a question",
          "[filter][model]") {
  auto r = record({{Role::therapist, "We talked about the fear of failure."}});
  REQUIRE(r.size() == 1);
  CHECK(has(r[0], "topic", "the X of"));
  CHECK(has(r[0], "role", "therapist"));
  r = record({{Role::client, "Her anxiety attacks started in May."}});
  REQUIRE(r.size() == 1);
  CHECK(has(r[0], "condition", "attacks"));
  r = record({{Role::client, "People get angry when they wait."}});
  REQUIRE(r.size() == 1);
  CHECK(has(r[0], "generic", "people"));
  r = record({{Role::therapist, "Were you scared?"}});
  REQUIRE(r.size() == 1);
  CHECK(has(r[0], "question", "therapist"));
  CHECK(has(r[0], "sentence asks", "therapist"));
  CHECK(has(r[0], "subject", "you,therapist"));
}

TEST_CASE("a mention the model does not keep leaves the output, the others stay in order",
          "[filter][model]") {
  const std::vector<feltline::test::TurnSpec> turns = {
      {Role::client, "I felt sad. We read about the fear of heights. My chest was tight."}};
  const auto rules = feltline::test::find_mentions(turns);
  REQUIRE(emotions_and_sensations(rules) == 3);
  // the bias alone: every mention kept
  MentionFilterModel keep = one_feature("bias", "", 0);
  feltline::analyse::use_mention_filter_model(&keep);
  const auto kept = feltline::test::find_mentions(turns, {}, {}, true);
  CHECK(emotions_and_sensations(kept) == 3);
  // "the X of" costs more than the bias: that mention goes
  MentionFilterModel topic = one_feature("topic", "the X of", -20);
  feltline::analyse::use_mention_filter_model(&topic);
  const auto filtered = feltline::test::find_mentions(turns, {}, {}, true);
  feltline::analyse::use_embedded_mention_filter_model();
  REQUIRE(emotions_and_sensations(filtered) == 2);
  const auto& text = turns[0].text;
  CHECK(feltline::test::describe(filtered.turns[0].mentions[0], text) == "emotion sadness 'sad'");
  CHECK(feltline::test::describe(filtered.turns[0].mentions[1], text).rfind("sensation chest", 0) == 0);
}

TEST_CASE("mention filter files: the compiled-in one reads, a bad one is refused", "[filter][model]") {
  MentionFilterModel m;
  CHECK(MentionFilterModel::from_json(R"({"buckets": 2, "scale": 64, "threshold": -3, "weights": [1, -2]})",
                                      m));
  CHECK(m.usable());
  CHECK(m.threshold == -3);
  CHECK(m.score({0, 1, 3}) == 1 - 2 - 2);
  CHECK(MentionFilterModel::from_json(R"({"buckets": 0, "scale": 1, "threshold": 0, "weights": []})", m));
  CHECK_FALSE(m.usable());  // every mention stays
  CHECK_FALSE(MentionFilterModel::from_json(R"({"buckets": 3, "weights": [1, 2]})", m));
  CHECK_FALSE(m.usable());
  CHECK_FALSE(MentionFilterModel::from_json("not json", m));
  const MentionFilterModel& embedded = MentionFilterModel::embedded();
  CHECK((embedded.buckets == 0 || embedded.usable()));
}
