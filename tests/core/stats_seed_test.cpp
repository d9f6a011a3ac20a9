// The figures a supervisor reads off the seed session (../shared/seed/): talk
// share, the therapist's rising repetition, the cumulative token estimate
// against the context limit the generator hit, and (from the parser and the
// mention analysers) the meta notes, the generation error and the 7/10 -> 4/10
// anxiety ratings.
#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "feltline/analyze.hpp"

using namespace feltline;

namespace {

bool read_seed(std::string& text) {
  std::ifstream f(std::string(FELTLINE_SHARED_DIR) + "/seed/000_13ba406fadc02f9e.txt", std::ios::binary);
  if (!f) return false;
  std::ostringstream s;
  s << f.rdbuf();
  text = s.str();
  return true;
}

// The seed analysed with the default options; none (and a warning) where
// ../shared/seed is not there.
std::vector<Transcript> analyze_seed() {
  std::string text;
  if (!read_seed(text)) {
    WARN("seed not found under " << FELTLINE_SHARED_DIR << "; skipped");
    return {};
  }
  return analyze_transcripts(text, Options{});
}

const SpeakerStats& speaker(const Transcript& t, Role role) {
  for (const auto& s : t.speakers)
    if (s.role == role) return s.stats;
  FAIL("no speaker with that role");
  return t.speakers.front().stats;
}

}  // namespace

TEST_CASE("the seed's statistics show what a supervisor looks for", "[stats][seed]") {
  const auto transcripts = analyze_seed();
  if (transcripts.empty()) return;  // no seed here: skipped
  REQUIRE(transcripts.size() == 1);
  const Transcript& t = transcripts[0];
  REQUIRE(t.turns.size() == 50);
  const SpeakerStats& patient = speaker(t, Role::client);
  const SpeakerStats& therapist = speaker(t, Role::therapist);

  // The patient talks more than the therapist.
  CHECK(*patient.talk_share + *therapist.talk_share == Approx(1.0));
  CHECK(*patient.talk_share > 0.5);
  CHECK(*t.session.therapist_client_talk_ratio < 1.0);

  // The LLM therapist repeats itself more as the session goes on.
  REQUIRE(therapist.repetition_by_third[0]);
  CHECK(*therapist.repetition_by_third[0] < 0.1);
  CHECK(*therapist.repetition_by_third[1] > 2 * *therapist.repetition_by_third[0]);
  CHECK(*therapist.repetition_by_third[2] > *therapist.repetition_by_third[0]);

  // The last spoken turn comes near the generator's limit: the error reports a
  // 9159-token prompt (system prompt and template included) against 9000.
  const Turn& last = t.turns.back();
  const Turn& before = t.turns[t.turns.size() - 2];
  CHECK(before.stats.cumulative_tokens_estimate > 5500);
  CHECK(before.stats.cumulative_tokens_estimate < 9159);
  CHECK(last.stats.cumulative_tokens_estimate == t.session.tokens_estimate);
}

// Issue 4's "Done when" on the seed: the client's felt sensations in the chest,
// stomach, hands, face and breath; shame, anxiety and frustration; analytic
// language; the self-ratings 1/10 -> 7/10 -> 4/10 as reported (the role-play of
// turn 36 tells them from outside the exercise: "Before I sat with it I'd put my
// anxiety at about 7/10"); and the opening "If I actually let it be a sensation,
// I think I'd feel ..." marked hypothetical.
TEST_CASE("the seed shows the sensations, emotions, ratings and imagined opening issue 4 names",
          "[mentions][seed]") {
  const auto transcripts = analyze_seed();
  if (transcripts.empty()) return;  // no seed here: skipped
  REQUIRE(transcripts.size() == 1);
  std::set<std::string> regions, categories;
  std::vector<double> ratings;
  int analytic = 0, opening = 0, opening_hypothetical = 0;
  for (const Turn& turn : transcripts[0].turns) {
    if (turn.role != Role::client) continue;
    const std::size_t opened = turn.text.find("If I actually let it be a sensation");
    for (const Mention& m : turn.mentions) {
      if (opened != std::string::npos && m.kind == MentionKind::sensation && m.begin > opened &&
          m.begin < opened + 200) {
        ++opening;
        if (m.hypothetical) ++opening_hypothetical;
      }
      if (m.negated || m.hypothetical) continue;
      if (m.kind == MentionKind::sensation) regions.insert(std::string(m.region));
      if (m.kind == MentionKind::emotion) categories.insert(std::string(m.category));
      if (m.kind == MentionKind::analytic) ++analytic;
      if (m.kind == MentionKind::rating) ratings.push_back(m.value);
    }
  }
  for (const char* region : {"chest", "stomach", "hands", "face", "breath"}) {
    CAPTURE(region);
    CHECK(regions.count(region) == 1);
  }
  for (const char* category : {"shame", "anxiety", "frustration"}) {
    CAPTURE(category);
    CHECK(categories.count(category) == 1);
  }
  CHECK(analytic > 20);
  CHECK(ratings == std::vector<double>{1, 7, 4});
  CHECK(opening >= 3);
  CHECK(opening_hypothetical == opening);
}
