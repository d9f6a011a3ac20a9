// train-hypothetical: trains the learned hypothetical flag
// (core/src/analyse/hypothetical_model.hpp) on annotated splits, and measures it
// by leave-one-split-out cross-validation.
//
//   train-hypothetical [--only-set] [--out FILE] [--lambda L] [--threshold P] SPLIT...
//   train-hypothetical --cross-validate [--only-set] [--lambda L] [--threshold P[,P...]] SPLIT...
//
// Each SPLIT is a folder of annotated transcripts (tests/eval/README.md). The
// rules run on every file with the model switched off; each emotion and
// sensation mention the scorer matches to an annotation (mention_scoring.hpp,
// the matching flags are judged by) becomes one example: its features as the
// rules left it, and whether the annotation is hypothetical. An L2-regularised
// logistic regression is fitted by Newton's method (conjugate gradients on the
// Hessian, in one thread, in a fixed order: the same bytes every run) and written
// with integer weights. With --only-set the model may add the flag to a mention
// the rules left unflagged but never clears theirs, and is fitted on those
// mentions only (what make train-hypothetical ships: docs/lexicon.md says why).
// --cross-validate trains on all splits but one, runs the pipeline with that model
// on the one left out and scores it, for each split, at each threshold given
// (0.7,0.5,...: the table is the first's, then a line each, pooled and for the
// five newest writers heldout18-22).
//
// The splits heldout29 and later are refused: they are blind, scored only by the lead.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "analyse/hypothetical_model.hpp"
#include "annotated_run.hpp"
#include "logistic_regression.hpp"
#include "mention_scoring.hpp"
#include "training_splits.hpp"

namespace {

using feltline::analyse::HypotheticalModel;
using feltline::analyse::RecordedMention;
using feltline::eval::FlagCounts;

constexpr std::uint32_t kBuckets = 2048;
constexpr std::int32_t kScale = 64;  // weights in 1/64

struct Example : feltline::eval::LabelledExample {
  bool rules = false;
};

struct Split {
  std::string name;
  std::vector<std::string> files;
  std::vector<Example> examples;
  FlagCounts rules;  // the rules alone, as feltline-eval counts them
};

// The rules alone on every file of the split: the examples and the rules' figures.
bool collect(Split& split) {
  bool ok = true;
  for (const auto& file : split.files) {
    std::vector<RecordedMention> recorded;
    feltline::analyse::use_hypothetical_model(nullptr);
    feltline::analyse::record_hypothetical_features(&recorded);
    feltline::eval::AnnotatedRun run;
    const bool read = feltline::eval::run_annotated(file, run);
    feltline::analyse::record_hypothetical_features(nullptr);
    if (!run.analysed) return false;
    ok = read && ok;
    // The recorded mentions are the predicted ones, in the same order.
    if (recorded.size() != run.predicted.size()) {
      std::cerr << file << ": " << recorded.size() << " mentions recorded, " << run.predicted.size()
                << " in the output\n";
      return false;
    }
    for (std::size_t i = 0; i < recorded.size(); ++i) {
      const auto& p = run.predicted[i];
      if (recorded[i].turn != p.turn || recorded[i].begin != p.begin || recorded[i].end != p.end) {
        std::cerr << file << ": recorded mention " << i << " is not the output's\n";
        return false;
      }
    }
    split.rules.add(feltline::eval::score(run.gold, run.predicted, run.turns).hypothetical);
    const auto matched = feltline::eval::flag_matches(run.gold, run.predicted);
    for (std::size_t g = 0; g < run.gold.size(); ++g) {
      if (matched[g] < 0) continue;
      const RecordedMention& r = recorded[matched[g]];
      Example e;
      for (std::uint32_t h : r.hashes) e.buckets.push_back(h % kBuckets);
      e.label = run.gold[g].gold.hypothetical;
      e.rules = r.rules;
      split.examples.push_back(std::move(e));
    }
  }
  return ok;
}

bool g_only_set = false;  // --only-set: the model may add flags, never clear the rules' ones

HypotheticalModel quantise(const std::vector<double>& w, double threshold_probability) {
  HypotheticalModel m;
  static_cast<feltline::analyse::LinearModel&>(m) =
      feltline::eval::quantise(w, kScale, threshold_probability);
  m.may_clear = !g_only_set;
  return m;
}

// Every split's examples but `left_out`'s; with --only-set, only the mentions the
// rules left unflagged, the only ones such a model decides.
std::vector<const feltline::eval::LabelledExample*> training_data(const std::vector<Split>& splits,
                                                                  std::size_t left_out) {
  std::vector<const feltline::eval::LabelledExample*> data;
  for (std::size_t s = 0; s < splits.size(); ++s)
    if (s != left_out)
      for (const auto& e : splits[s].examples)
        if (!g_only_set || !e.rules) data.push_back(&e);
  return data;
}

std::vector<double> fit(const std::vector<const feltline::eval::LabelledExample*>& data, double lambda) {
  return feltline::eval::fit_logistic_regression(data, kBuckets, lambda);
}

std::string to_json(const HypotheticalModel& m) {
  return feltline::eval::linear_model_json(m, m.may_clear ? "" : ", \"may_clear\": false");
}

// The split's figures with `model` in the pipeline.
FlagCounts with_model(const Split& split, const HypotheticalModel& model) {
  FlagCounts counts;
  feltline::analyse::use_hypothetical_model(&model);
  for (const auto& file : split.files) {
    feltline::eval::AnnotatedRun run;
    feltline::eval::run_annotated(file, run);
    counts.add(feltline::eval::score(run.gold, run.predicted, run.turns).hypothetical);
  }
  feltline::analyse::use_hypothetical_model(nullptr);
  return counts;
}

std::string share(std::size_t n, std::size_t d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%4zu/%-4zu %.3f", n, d, d ? double(n) / double(d) : 0.0);
  return buf;
}

void print_row(const std::string& name, const FlagCounts& rules, const FlagCounts& model) {
  std::printf("  %-12s %-16s %-16s   %-16s %-16s  %+4d caught %+4d false\n", name.c_str(),
              share(rules.caught, rules.flagged).c_str(), share(rules.false_flags, rules.unflagged).c_str(),
              share(model.caught, model.flagged).c_str(), share(model.false_flags, model.unflagged).c_str(),
              int(model.caught) - int(rules.caught), int(model.false_flags) - int(rules.false_flags));
}

}  // namespace

int main(int argc, char** argv) {
  bool cross_validate = false;
  std::string out_path;
  double lambda = 3e-3;
  std::vector<double> thresholds;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--cross-validate")
      cross_validate = true;
    else if (a == "--only-set")
      g_only_set = true;
    else if (a == "--out" && i + 1 < argc)
      out_path = argv[++i];
    else if (a == "--lambda" && i + 1 < argc)
      lambda = std::atof(argv[++i]);
    else if (a == "--threshold" && i + 1 < argc) {
      // one probability, or (for --cross-validate) several: 0.5,0.6,0.7
      for (std::string rest = argv[++i]; !rest.empty();) {
        const std::size_t comma = rest.find(',');
        thresholds.push_back(std::atof(rest.substr(0, comma).c_str()));
        rest = comma == std::string::npos ? "" : rest.substr(comma + 1);
      }
    }
    else if (a == "--help" || a == "-h") {
      std::cout << "usage: train-hypothetical [--only-set] [--out FILE] [--lambda L] [--threshold P] SPLIT...\n"
                   "       train-hypothetical --cross-validate [--only-set] [--lambda L] [--threshold P[,P...]] SPLIT...\n";
      return 0;
    } else
      paths.push_back(a);
  }
  if (thresholds.empty()) thresholds.push_back(0.5);
  const bool thresholds_ok = std::all_of(thresholds.begin(), thresholds.end(), [](double t) { return t > 0 && t < 1; });
  if (paths.empty() || !thresholds_ok || lambda <= 0 || (thresholds.size() > 1 && !cross_validate)) {
    std::cerr << "train-hypothetical: give the annotated splits (tests/eval/dev tests/eval/heldout ...)\n";
    return 2;
  }
  std::vector<feltline::eval::TrainingSplit> folders;
  if (!feltline::eval::read_training_splits(paths, "train-hypothetical", true, folders)) return 2;
  std::vector<Split> splits;
  for (auto& folder : folders) {
    Split s;
    s.name = std::move(folder.name);
    s.files = std::move(folder.files);
    if (!collect(s)) return 2;
    splits.push_back(std::move(s));
  }
  std::size_t examples = 0, positive = 0;
  for (const auto& s : splits)
    for (const auto& e : s.examples) ++examples, positive += e.label;
  std::printf("%zu splits, %zu mentions matched to annotations (%zu hypothetical); lambda %g, threshold %g\n",
              splits.size(), examples, positive, lambda, thresholds[0]);

  if (!cross_validate) {
    const HypotheticalModel model = quantise(fit(training_data(splits, splits.size()), lambda), thresholds[0]);
    if (!feltline::eval::write_model(to_json(model), out_path, "train-hypothetical")) return 2;
    FlagCounts rules, model_counts;
    for (const auto& s : splits) {
      rules.add(s.rules);
      model_counts.add(with_model(s, model));
    }
    std::printf("on the training splits themselves (not an estimate for a new writer):\n");
    print_row("all", rules, model_counts);
    return 0;
  }

  // Each fold is fitted once and scored at every threshold asked for; the table is the first's.
  std::printf("leave-one-split-out: trained on the others, scored on the split\n");
  std::printf("  %-12s %-33s   %-33s\n", "", "rules alone", "rules + model");
  std::printf("  %-12s %-16s %-16s   %-16s %-16s\n", "split", "hyp caught", "false flags", "hyp caught",
              "false flags");
  FlagCounts all_rules, new_rules;
  std::vector<FlagCounts> all_model(thresholds.size()), new_model(thresholds.size());
  for (std::size_t k = 0; k < splits.size(); ++k) {
    const std::vector<double> weights = fit(training_data(splits, k), lambda);
    const std::string& name = splits[k].name;
    const bool newest = feltline::eval::is_newest_writer(name);
    all_rules.add(splits[k].rules);
    if (newest) new_rules.add(splits[k].rules);
    for (std::size_t t = 0; t < thresholds.size(); ++t) {
      const FlagCounts counts = with_model(splits[k], quantise(weights, thresholds[t]));
      if (t == 0) print_row(name, splits[k].rules, counts);
      all_model[t].add(counts);
      if (newest) new_model[t].add(counts);
    }
  }
  print_row("pooled", all_rules, all_model[0]);
  std::printf("  (%zu of the %zu hypotheticals were found at all, with or without the flag: the most a flag can catch)\n",
              all_rules.found_flagged, all_rules.flagged);
  if (new_rules.flagged) print_row("heldout18-22", new_rules, new_model[0]);
  if (thresholds.size() > 1) {
    std::printf("by threshold (pooled, then heldout18-22):\n");
    for (std::size_t t = 0; t < thresholds.size(); ++t) {
      char label[32];
      std::snprintf(label, sizeof label, "p > %.2f", thresholds[t]);
      print_row(label, all_rules, all_model[t]);
      if (new_rules.flagged) print_row("  18-22", new_rules, new_model[t]);
    }
  }
  return 0;
}
