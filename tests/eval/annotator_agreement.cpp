#include "annotator_agreement.hpp"

#include <algorithm>

namespace feltline::eval {

double flag_kappa(const FlagCounts& f) {
  // The 2x2 table over mentions found by both sides: the first side's flag
  // (rows) against the second side's (columns).
  const double both = double(f.caught);
  const double first_only = double(f.found_flagged - f.caught);
  const double second_only = double(f.false_flags);
  const double neither = double(f.unflagged - f.false_flags);
  const double n = both + first_only + second_only + neither;
  if (n == 0) return 0;
  const double observed = (both + neither) / n;
  const double first_yes = (both + first_only) / n, second_yes = (both + second_only) / n;
  const double expected = first_yes * second_yes + (1 - first_yes) * (1 - second_yes);
  return expected >= 1 ? 1 : (observed - expected) / (1 - expected);
}

Agreement compare_annotations(const AnnotatedTranscript& first, const AnnotatedTranscript& second) {
  Agreement out;
  if (first.text != second.text) {
    // Report the first line where the texts part, so the annotator can mend it.
    const auto diff = std::mismatch(first.text.begin(), first.text.end(), second.text.begin(), second.text.end());
    const auto line = 1 + std::count(first.text.begin(), diff.first, '\n');
    out.error = "the texts differ from line " + std::to_string(line) + " (markup removed)";
    return out;
  }
  // Each line is one "turn", so that notes say where a disagreement is; both
  // sides' spans are placed in the line they start in.
  std::vector<std::string> lines;
  std::vector<std::size_t> line_start;
  for (std::size_t pos = 0; pos <= first.text.size();) {
    const std::size_t end = std::min(first.text.find('\n', pos), first.text.size());
    line_start.push_back(pos);
    lines.push_back(first.text.substr(pos, end - pos));
    pos = end + 1;
  }
  const auto line_of = [&](std::size_t byte) {
    return static_cast<std::size_t>(std::upper_bound(line_start.begin(), line_start.end(), byte) -
                                    line_start.begin()) - 1;
  };
  std::vector<LocatedGold> gold;
  for (const auto& g : first.gold) {
    const std::size_t line = line_of(g.begin);
    gold.push_back({g, line, g.begin - line_start[line], g.end - line_start[line]});
  }
  std::vector<PredictedMention> predicted;
  for (const auto& g : second.gold) {
    PredictedMention p;
    p.turn = line_of(g.begin);
    p.begin = g.begin - line_start[p.turn];
    p.end = g.end - line_start[p.turn];
    p.kind = g.kind;
    p.label = g.label;
    p.negated = g.negated;
    p.hypothetical = g.hypothetical;
    p.text = second.text.substr(g.begin, g.end - g.begin);
    predicted.push_back(std::move(p));
  }
  out.scores = score(gold, predicted, lines, Place::line);
  return out;
}

}  // namespace feltline::eval
