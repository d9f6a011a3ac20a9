// The learned hypothetical flag: the features it reads of a mention
// (hypothetical_features.hpp) and how a model's decision is written
// (hypothetical_model.hpp). Sentences written for these tests.
#include <catch2/catch.hpp>

#include <algorithm>

#include "analyse/hypothetical_model.hpp"
#include "mention_test_support.hpp"

using feltline::Role;
using feltline::analyse::feature_hash;
using feltline::analyse::HypotheticalModel;
using feltline::analyse::RecordedMention;

namespace {

// The features of every emotion and sensation mention of the turns, the rules deciding.
std::vector<RecordedMention> record(const std::vector<feltline::test::TurnSpec>& turns) {
  std::vector<RecordedMention> out;
  feltline::analyse::use_hypothetical_model(nullptr);
  feltline::analyse::record_hypothetical_features(&out);
  feltline::test::find_mentions(turns);
  feltline::analyse::record_hypothetical_features(nullptr);
  feltline::analyse::use_embedded_hypothetical_model();
  return out;
}

bool has(const RecordedMention& m, std::string_view prefix, std::string_view value = {}) {
  std::string names;
  for (const auto& n : m.names) names += n + "; ";
  CAPTURE(names);
  CHECK(std::find(m.names.begin(), m.names.end(), std::string(prefix) + "=" + std::string(value)) !=
        m.names.end());
  return std::find(m.hashes.begin(), m.hashes.end(), feature_hash(prefix, value)) != m.hashes.end();
}

// A model that gives `weight` to one feature and nothing to the others.
HypotheticalModel one_feature(std::string_view prefix, std::string_view value, std::int32_t weight) {
  HypotheticalModel m;
  m.buckets = 2048;
  m.weights.assign(m.buckets, 0);
  m.weights[feature_hash(prefix, value) % m.buckets] = weight;
  return m;
}

}  // namespace

TEST_CASE("the features hold the rules' decision, its cue and the words around", "[hypothetical][model]") {
  const auto r = record({{Role::client, "If I fail, I'd be ashamed."}});
  REQUIRE(r.size() == 1);
  CHECK(r[0].rules);
  CHECK(has(r[0], "rule", "hyp"));
  CHECK(has(r[0], "rule*role", "hyp,client"));
  CHECK(has(r[0], "role", "client"));
  CHECK(has(r[0], "cueset", "hypothetical"));
  CHECK(has(r[0], "kind", "emotion"));
  CHECK(has(r[0], "sentence before", "if"));
  CHECK(has(r[0], "clause before", "'d"));
  CHECK(has(r[0], "bigram before", "'d,be"));
  CHECK(has(r[0], "opener tense", "if,none"));
  CHECK(has(r[0], "first turn"));
  CHECK(std::find(r[0].names.begin(), r[0].names.end(), "negated=") == r[0].names.end());
  // a name and a hash for every feature, the hash the name's
  REQUIRE(r[0].names.size() == r[0].hashes.size());
  for (std::size_t i = 0; i < r[0].names.size(); ++i) {
    const auto eq = r[0].names[i].find('=');
    if (r[0].names[i].compare(0, eq, "rule*role") == 0 || r[0].names[i].compare(0, eq, "rule*kind") == 0 ||
        r[0].names[i].compare(0, eq, "previous turn") == 0)
      continue;  // (also names of two values, checked above)
    CHECK(feature_hash(r[0].names[i].substr(0, eq), r[0].names[i].substr(eq + 1)) == r[0].hashes[i]);
  }
}

TEST_CASE("the features see a reported state, a negation and a question", "[hypothetical][model]") {
  const auto r = record({{Role::client, "I wasn't angry yesterday. Were you scared?"}});
  REQUIRE(r.size() == 2);
  CHECK_FALSE(r[0].rules);
  CHECK(has(r[0], "rule", "no"));
  CHECK(has(r[0], "negated"));
  CHECK(has(r[0], "next sentence mention", "no"));
  CHECK(has(r[1], "question"));
  CHECK(has(r[1], "previous sentence mention", "no"));
}

TEST_CASE("the features carry what the previous turn held", "[hypothetical][model]") {
  const auto r = record({
      {Role::therapist, "Imagine you walk in tomorrow. What would you feel?"},
      {Role::client, "Terrified."},
      {Role::client, "Anyway, I felt calm at lunch."},
  });
  REQUIRE(r.size() == 2);
  CHECK(r[0].turn == 1);
  CHECK(has(r[0], "previous turn", "other"));
  CHECK(has(r[0], "previous turn scope", "other"));
  CHECK(has(r[0], "previous turn asks", std::string("other,") + (r[0].rules ? "hyp" : "no")));
  CHECK(has(r[1], "previous turn", "same"));
  CHECK(has(r[1], "previous turn hyp", "same") == r[0].rules);
}

TEST_CASE("a model's integer score decides the flag, and its changes are traced in the cues", "[hypothetical][model]") {
  const std::string text = "I felt calm at lunch. If it goes wrong I'll be furious.";
  // every mention the rules leave unflagged is pushed over the threshold, every other under it
  HypotheticalModel set = one_feature("rule", "no", 5);
  REQUIRE(feature_hash("rule", "no") % set.buckets != feature_hash("rule", "hyp") % set.buckets);
  set.weights[feature_hash("rule", "hyp") % set.buckets] = -5;
  feltline::analyse::use_hypothetical_model(&set);
  auto t = feltline::test::find_mentions({{Role::client, text}});
  feltline::analyse::use_embedded_hypothetical_model();
  REQUIRE(t.turns[0].mentions.size() == 2);
  const auto& calm = t.turns[0].mentions[0];
  CHECK(calm.hypothetical);
  REQUIRE_FALSE(calm.cues.empty());
  CHECK(calm.cues.back() == "model:hypothetical by rule=no");
  // a mention the model agrees with keeps its cues as the rules wrote them
  const auto& furious = t.turns[0].mentions[1];
  CHECK_FALSE(furious.hypothetical);
  CHECK(furious.cues.back() == "model:not hypothetical by rule=hyp");
  CHECK(furious.cues.size() >= 2);  // the rules' cue stays beside the model's

  // a model that may only add flags leaves the rules' ones alone
  set.may_clear = false;
  feltline::analyse::use_hypothetical_model(&set);
  auto only_set = feltline::test::find_mentions({{Role::client, text}});
  feltline::analyse::use_embedded_hypothetical_model();
  CHECK(only_set.turns[0].mentions[0].hypothetical);
  CHECK(only_set.turns[0].mentions[1].hypothetical);
  CHECK(only_set.turns[0].mentions[1].cues.back() != "model:not hypothetical by rule=hyp");

  // a score of 0 is not above the threshold 0, and no feature pushed: the trace names none
  const HypotheticalModel zero = one_feature("rule", "no", 0);
  feltline::analyse::use_hypothetical_model(&zero);
  auto z = feltline::test::find_mentions({{Role::client, text}});
  feltline::analyse::use_embedded_hypothetical_model();
  CHECK_FALSE(z.turns[0].mentions[1].hypothetical);
  CHECK(z.turns[0].mentions[1].cues.back() == "model:not hypothetical");

  // a model that agrees with the rules changes nothing
  const HypotheticalModel agree = one_feature("rule", "hyp", 5);
  feltline::analyse::use_hypothetical_model(&agree);
  auto u = feltline::test::find_mentions({{Role::client, text}});
  feltline::analyse::use_hypothetical_model(nullptr);
  auto rules = feltline::test::find_mentions({{Role::client, text}});
  feltline::analyse::use_embedded_hypothetical_model();
  REQUIRE(u.turns[0].mentions.size() == rules.turns[0].mentions.size());
  for (std::size_t i = 0; i < u.turns[0].mentions.size(); ++i) {
    CHECK(u.turns[0].mentions[i].hypothetical == rules.turns[0].mentions[i].hypothetical);
    CHECK(u.turns[0].mentions[i].cues == rules.turns[0].mentions[i].cues);
  }
}

TEST_CASE("model files: the compiled-in one reads, a bad one is refused", "[hypothetical][model]") {
  HypotheticalModel m;
  CHECK(HypotheticalModel::from_json(R"({"buckets": 2, "scale": 64, "threshold": -3, "weights": [1, -2]})", m));
  CHECK(m.usable());
  CHECK(m.threshold == -3);
  CHECK(m.score({0, 1, 3}) == 1 - 2 - 2);
  CHECK(m.may_clear);
  CHECK(HypotheticalModel::from_json(R"({"buckets": 1, "threshold": 0, "may_clear": false, "weights": [0]})", m));
  CHECK_FALSE(m.may_clear);
  CHECK(HypotheticalModel::from_json(R"({"buckets": 0, "scale": 1, "threshold": 0, "weights": []})", m));
  CHECK_FALSE(m.usable());  // the rules decide alone
  CHECK_FALSE(HypotheticalModel::from_json(R"({"buckets": 3, "weights": [1, 2]})", m));
  CHECK_FALSE(HypotheticalModel::from_json("not json", m));
  const HypotheticalModel& embedded = HypotheticalModel::embedded();
  CHECK((embedded.buckets == 0 || embedded.usable()));
}

TEST_CASE("the features see a present report, the clause's tense and a request to notice", "[hypothetical][model]") {
  const auto r = record({
      {Role::therapist, "Imagine the meeting tomorrow. What do you notice?"},
      {Role::client, "Physically I'm aware of a tightness in my chest."},
      {Role::client, "I was angry."},
  });
  REQUIRE(r.size() == 2);
  CHECK(has(r[0], "present report", "clause"));
  CHECK(has(r[0], "clause tense", "present"));
  CHECK(has(r[0], "clause before.list", "present_reports"));
  CHECK(has(r[0], "previous turn present report", "other"));
  CHECK(has(r[1], "present report", "none"));
  CHECK(has(r[1], "clause tense", "past"));
}

TEST_CASE("the features tell a habit's \"when\" clause from an imagined one", "[hypothetical][model]") {
  const auto r = record({
      {Role::client, "Whenever I notice the mistake, my stomach churns."},
      {Role::client, "When I was small I felt ashamed all the time."},
      {Role::client, "It's a long story and I don't want to bore you, but when everything happens at once, "
                     "with the boss and the kids and the bills, I get anxious."},
  });
  REQUIRE(r.size() >= 3);
  CHECK(has(r[0], "opener tense", "whenever,present"));
  CHECK(has(r[1], "opener tense", "when,past"));
  // found before the window of words too, in a long sentence
  CHECK(has(r.back(), "opener tense", "when,none"));
}

TEST_CASE("a model's score found from the turn's cached sums is the sum of its features' weights",
          "[hypothetical][model]") {
  const std::vector<feltline::test::TurnSpec> turns = {
      {Role::therapist, "Picture yourself at the door. You walk in and she looks up. What do you feel?"},
      {Role::client, "I'd be terrified, my chest tight. Right now I notice some tension in my shoulders."},
      {Role::therapist, "Stay with that tension. If it were to grow, would you feel angry or sad?"},
      {Role::client, "Angry, I think. Yesterday I was calm, but now I feel nervous and hot."},
  };
  const auto recorded = record(turns);
  REQUIRE(recorded.size() >= 8);
  HypotheticalModel m;
  m.buckets = 2048;
  for (std::uint32_t b = 0; b < m.buckets; ++b)
    m.weights.push_back(static_cast<std::int32_t>((b * 2654435761u) >> 26) - 32);  // -32..31
  for (const std::int32_t threshold : {-60, 0, 60}) {
    m.threshold = threshold;
    feltline::analyse::use_hypothetical_model(&m);
    const auto t = feltline::test::find_mentions(turns);
    feltline::analyse::use_embedded_hypothetical_model();
    std::size_t i = 0;
    for (const auto& turn : t.turns)
      for (const auto& mention : turn.mentions) {
        if (mention.kind != feltline::MentionKind::emotion && mention.kind != feltline::MentionKind::sensation)
          continue;
        REQUIRE(i < recorded.size());
        CAPTURE(threshold, feltline::test::describe(mention, turn.text));
        CHECK(mention.hypothetical == (m.score(recorded[i].hashes) > threshold));
        ++i;
      }
    CHECK(i == recorded.size());
  }
}

// The seed session (../shared/seed/): inside a rehearsed scene, what the client
// and the therapist report as felt now, which the rules leave unflagged, stays
// unflagged by the compiled-in model (while it is switched off, trivially: this
// is the test to pass before switching it on; docs/lexicon.md, round two).
TEST_CASE("the compiled-in model adds no flag to a present report after a scene", "[hypothetical][model]") {
  const std::vector<feltline::test::TurnSpec> turns = {
      {Role::therapist,
       "Let's run the scene one more time. I'll play your manager, and this time I'll be more critical."},
      {Role::client, "Okay. I'm ready."},
      {Role::therapist,
       "\"You missed the deadline again. What are you going to do to make sure it doesn't happen again?\" "
       "Take three slow breaths, and remember to stay with the shame without trying to analyze or explain it."},
      {Role::client,
       "I hear the disappointment. I missed the deadline and I'm sorry. Physically I'm aware of a hot, punitive "
       "constriction in my chest, my hands jitter, and I'm trying to let that shame sit without explicating it."},
  };
  // (which mentions are the present reports: "shame" and the constriction, all of them)
  const auto present_reports = [](const feltline::Transcript& t) {
    std::vector<std::pair<std::string, const feltline::Mention*>> out;
    for (const auto& turn : t.turns)
      for (const auto& mention : turn.mentions) {
        const std::string words = turn.text.substr(mention.begin, mention.end - mention.begin);
        if (words == "shame" || words.find("constriction") != std::string::npos)
          out.push_back({feltline::test::describe(mention, turn.text), &mention});
      }
    return out;
  };
  feltline::analyse::use_hypothetical_model(nullptr);
  const auto rules = feltline::test::find_mentions(turns);
  feltline::analyse::use_embedded_hypothetical_model();
  const auto model = feltline::test::find_mentions(turns);
  const auto by_rules = present_reports(rules), by_model = present_reports(model);
  REQUIRE(by_rules.size() == 3);
  REQUIRE(by_model.size() == 3);
  for (std::size_t i = 0; i < by_model.size(); ++i) {
    CAPTURE(by_model[i].first);
    CHECK_FALSE(by_rules[i].second->hypothetical);  // the rules leave them to the model
    CHECK_FALSE(by_model[i].second->hypothetical);
    for (const auto& cue : by_model[i].second->cues) CHECK(cue.rfind("model:", 0) == std::string::npos);
  }
}
