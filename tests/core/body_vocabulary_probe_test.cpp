// The probe table of how people say what their body feels (tests/data/
// body_vocabulary_probes.tsv): utterances written from clinical knowledge, not
// from the annotated splits, each with the mentions it must yield (kind, region
// or category, quality, flags), whatever the covered words.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "mention_test_support.hpp"

namespace {

struct Probe {
  int line = 0;
  std::string text;
  std::vector<std::string> expected;
  bool gap = false;  // guideline and splits disagree: counted, not asserted
};

std::string trimmed(const std::string& s) {
  const auto b = s.find_first_not_of(' ');
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(' ') - b + 1);
}

std::vector<Probe> read_probes() {
  std::ifstream in(FELTLINE_SOURCE_DIR "/tests/data/body_vocabulary_probes.tsv");
  std::vector<Probe> probes;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> columns;
    std::stringstream row(line);
    for (std::string c; std::getline(row, c, '\t');) columns.push_back(c);
    Probe p;
    p.line = n;
    p.text = columns.at(0);
    if (columns.size() > 2) p.gap = columns[2].rfind("gap:", 0) == 0;
    std::stringstream items(columns.at(1));
    for (std::string item; std::getline(items, item, ';');)
      if (trimmed(item) != "-") p.expected.push_back(trimmed(item));
    std::sort(p.expected.begin(), p.expected.end());
    probes.push_back(std::move(p));
  }
  return probes;
}

// "s chest tightness neg" or "e anxiety hyp".
std::string label(const feltline::Mention& m) {
  std::string s = m.kind == feltline::MentionKind::sensation
                      ? "s " + std::string(m.region) + " " + std::string(m.quality)
                      : "e " + std::string(m.category);
  if (m.negated) s += " neg";
  if (m.hypothetical) s += " hyp";
  return s;
}

}  // namespace

TEST_CASE("body vocabulary probes: sensations and emotions as clients say them", "[mentions][lexicon][probes]") {
  const auto probes = read_probes();
  REQUIRE(probes.size() > 300);
  int gaps_open = 0;
  for (const auto& p : probes) {
    const auto t = feltline::test::find_mentions({{feltline::Role::client, p.text}});
    std::vector<std::string> got;
    for (const auto& m : t.turns[0].mentions)
      if (m.kind == feltline::MentionKind::sensation || m.kind == feltline::MentionKind::emotion)
        got.push_back(label(m));
    std::sort(got.begin(), got.end());
    if (p.gap) {
      gaps_open += got != p.expected;
      continue;
    }
    CAPTURE(p.line, p.text);
    CHECK(got == p.expected);
  }
  // Known disagreements between the guideline and the annotated splits (marked "gap:").
  WARN("probes still open as known gaps: " << gaps_open);
}
