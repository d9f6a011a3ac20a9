#include "mention_scoring.hpp"

#include <algorithm>

namespace feltline::eval {
namespace {

std::size_t overlap(const LocatedGold& g, const PredictedMention& p) {
  if (g.turn != p.turn) return 0;
  const std::size_t b = std::max(g.begin, p.begin), e = std::min(g.end, p.end);
  return e > b ? e - b : 0;
}

// For each annotation of `kind`, the prediction it is matched with (or -1).
std::vector<int> match(const std::vector<LocatedGold>& gold, const std::vector<PredictedMention>& predicted,
                       const std::string& kind, bool same_label) {
  std::vector<int> out(gold.size(), -1);
  std::vector<bool> taken(predicted.size(), false);
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (gold[g].gold.kind != kind) continue;
    std::size_t best_overlap = 0;
    int best = -1;
    for (std::size_t p = 0; p < predicted.size(); ++p) {
      if (taken[p] || predicted[p].kind != kind) continue;
      if (same_label && predicted[p].label != gold[g].gold.label) continue;
      const std::size_t o = overlap(gold[g], predicted[p]);
      if (o > best_overlap) {
        best_overlap = o;
        best = static_cast<int>(p);
      }
    }
    if (best >= 0) {
      taken[best] = true;
      out[g] = best;
    }
  }
  return out;
}

Counts count(const std::vector<LocatedGold>& gold, const std::vector<PredictedMention>& predicted,
             const std::string& kind, const std::vector<int>& matched) {
  Counts c;
  for (std::size_t g = 0; g < gold.size(); ++g)
    if (gold[g].gold.kind == kind) {
      ++c.gold;
      if (matched[g] >= 0) ++c.correct;
    }
  for (const auto& p : predicted)
    if (p.kind == kind) ++c.predicted;
  return c;
}

std::string where(std::size_t turn, Place place) {
  return place == Place::line ? "line " + std::to_string(turn + 1) : "turn " + std::to_string(turn);
}

std::string describe(const LocatedGold& g, const std::vector<std::string>& turns, Place place) {
  return where(g.turn, place) + " \"" + turns[g.turn].substr(g.begin, g.end - g.begin) + "\" " +
         g.gold.kind + " " + g.gold.label + (g.gold.negated ? " neg" : "") +
         (g.gold.hypothetical ? " hyp" : "");
}

std::string describe(const PredictedMention& p, Place place) {
  return where(p.turn, place) + " \"" + p.text + "\" " + p.kind + " " + p.label +
         (p.negated ? " neg" : "") + (p.hypothetical ? " hyp" : "");
}

}  // namespace

std::vector<int> flag_matches(const std::vector<LocatedGold>& gold, const std::vector<PredictedMention>& predicted) {
  const auto emotion = match(gold, predicted, "emotion", false);
  const auto sensation = match(gold, predicted, "sensation", false);
  std::vector<int> out(gold.size(), -1);
  for (std::size_t g = 0; g < gold.size(); ++g) out[g] = gold[g].gold.kind == "emotion" ? emotion[g] : sensation[g];
  return out;
}

std::vector<int> strict_matches(const std::vector<LocatedGold>& gold, const std::vector<PredictedMention>& predicted) {
  const auto emotion = match(gold, predicted, "emotion", true);
  const auto region = match(gold, predicted, "sensation", true);
  std::vector<int> out(gold.size(), -1);
  for (std::size_t g = 0; g < gold.size(); ++g) out[g] = gold[g].gold.kind == "emotion" ? emotion[g] : region[g];
  return out;
}

Scores score(const std::vector<LocatedGold>& gold, const std::vector<PredictedMention>& predicted,
             const std::vector<std::string>& turn_texts, Place place) {
  Scores s;
  const auto emotion = match(gold, predicted, "emotion", true);
  const auto region = match(gold, predicted, "sensation", true);
  const auto any = match(gold, predicted, "sensation", false);
  s.emotion = count(gold, predicted, "emotion", emotion);
  s.sensation_region = count(gold, predicted, "sensation", region);
  s.sensation_any = count(gold, predicted, "sensation", any);

  // Flags, on mentions found with the right kind (label mistakes are counted above).
  const auto emotion_any = match(gold, predicted, "emotion", false);
  std::vector<bool> used(predicted.size(), false);
  for (std::size_t g = 0; g < gold.size(); ++g) {
    const int p = gold[g].gold.kind == "emotion" ? emotion_any[g] : any[g];
    if (p >= 0) used[p] = true;
    const auto judge = [&](bool annotated, bool flagged, FlagCounts& f, const char* name) {
      if (annotated) {
        ++f.flagged;
        if (p >= 0) ++f.found_flagged;
        if (p >= 0 && flagged)
          ++f.caught;
        else
          s.notes.push_back(std::string("missed ") + name + ": " + describe(gold[g], turn_texts, place) +
                            (p >= 0 ? "  (found as " + describe(predicted[p], place) + ")" : "  (not found)"));
      } else if (p >= 0) {
        ++f.unflagged;
        if (flagged) {
          ++f.false_flags;
          s.notes.push_back(std::string("false ") + name + ": " + describe(gold[g], turn_texts, place) +
                            "  (found as " + describe(predicted[p], place) + ")");
        }
      }
    };
    const bool found = p >= 0;
    judge(gold[g].gold.negated, found && predicted[p].negated, s.negated, "negation");
    judge(gold[g].gold.hypothetical, found && predicted[p].hypothetical, s.hypothetical, "hypothetical");
    const int strict = gold[g].gold.kind == "emotion" ? emotion[g] : region[g];
    if (strict < 0)
      s.notes.push_back("miss: " + describe(gold[g], turn_texts, place) +
                        (p >= 0 ? "  (found as " + describe(predicted[p], place) + ")" : ""));
  }
  for (std::size_t p = 0; p < predicted.size(); ++p)
    if (!used[p] && (predicted[p].kind == "emotion" || predicted[p].kind == "sensation"))
      s.notes.push_back("false positive: " + describe(predicted[p], place));
  return s;
}

}  // namespace feltline::eval
