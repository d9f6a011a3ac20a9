// train-mention-filter: trains the learned mention filter
// (core/src/analyse/mention_filter.hpp) on annotated splits, and measures it by
// leave-one-split-out cross-validation.
//
//   train-mention-filter [--out FILE] [--lambda L] [--threshold P] [--label kind|strict] SPLIT...
//   train-mention-filter --cross-validate [--lambda L] [--threshold P] [--label kind|strict] SPLIT...
//
// Each SPLIT is a folder of annotated transcripts (tests/eval/README.md). The
// rules run on every file with the filter off; each emotion and sensation mention
// they emit becomes one example: its features, and whether the scorer
// (mention_scoring.hpp) matches it to an annotation: of the same kind (--label
// kind, the default: a sensation placed in the wrong region is still a mention),
// or of the same kind and category or region (--label strict). The solver is
// logistic_regression.hpp's; a mention is kept when the model gives it a
// probability above P (default 0.15; λ default 0.0003) of being one.
//
// --cross-validate trains on all splits but one and scores the one left out
// with that model in the pipeline, for each split; then, for several thresholds,
// the pooled figures found by taking the dropped mentions out of the rules'
// output (the model's own scores; no pipeline run). Only aggregate figures are
// printed, so blind splits may be among the splits.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "analyse/mention_filter.hpp"
#include "annotated_run.hpp"
#include "logistic_regression.hpp"
#include "mention_scoring.hpp"
#include "training_splits.hpp"

namespace {

using feltline::analyse::FilterRecord;
using feltline::analyse::MentionFilterModel;
using feltline::eval::Scores;

constexpr std::uint32_t kBuckets = 4096;
constexpr std::int32_t kScale = 64;  // weights in 1/64

struct File {
  feltline::eval::AnnotatedRun run;  // the rules alone
  std::vector<std::size_t> example;  // per prediction: its example in the split
};

struct Split {
  std::string name;
  std::vector<std::string> paths;
  std::vector<File> files;
  std::vector<feltline::eval::LabelledExample> examples;
  Scores rules;  // the rules alone, as feltline-eval counts them
};

bool g_strict = false;  // --label strict

bool collect(Split& split) {
  for (const auto& path : split.paths) {
    std::vector<FilterRecord> recorded;
    feltline::analyse::record_mention_filter_features(&recorded);
    File f;
    feltline::eval::run_annotated(path, f.run);
    feltline::analyse::record_mention_filter_features(nullptr);
    if (!f.run.analysed) return false;
    const auto& predicted = f.run.predicted;
    // The recorded mentions are the predicted ones, in the same order.
    if (recorded.size() != predicted.size()) {
      std::cerr << path << ": " << recorded.size() << " mentions recorded, " << predicted.size()
                << " in the output\n";
      return false;
    }
    const auto matched = g_strict ? feltline::eval::strict_matches(f.run.gold, predicted)
                                  : feltline::eval::flag_matches(f.run.gold, predicted);
    std::vector<bool> kept(predicted.size(), false);
    for (int p : matched)
      if (p >= 0) kept[p] = true;
    for (std::size_t i = 0; i < recorded.size(); ++i) {
      if (recorded[i].turn != predicted[i].turn || recorded[i].begin != predicted[i].begin ||
          recorded[i].end != predicted[i].end) {
        std::cerr << path << ": recorded mention " << i << " is not the output's\n";
        return false;
      }
      feltline::eval::LabelledExample e;
      for (std::uint32_t h : recorded[i].hashes) e.buckets.push_back(h % kBuckets);
      e.label = kept[i];
      f.example.push_back(split.examples.size());
      split.examples.push_back(std::move(e));
    }
    split.rules.add(feltline::eval::score(f.run.gold, predicted, f.run.turns));
    split.files.push_back(std::move(f));
  }
  return true;
}

MentionFilterModel train(const std::vector<Split>& splits, std::size_t left_out, double lambda,
                         double threshold) {
  std::vector<const feltline::eval::LabelledExample*> data;
  for (std::size_t s = 0; s < splits.size(); ++s)
    if (s != left_out)
      for (const auto& e : splits[s].examples) data.push_back(&e);
  MentionFilterModel m;
  static_cast<feltline::analyse::LinearModel&>(m) = feltline::eval::quantise(
      feltline::eval::fit_logistic_regression(data, kBuckets, lambda), kScale, threshold);
  return m;
}

// The split's figures with `model` in the pipeline.
Scores with_model(const Split& split, const MentionFilterModel& model) {
  Scores scores;
  feltline::analyse::use_mention_filter_model(&model);
  for (const auto& path : split.paths) {
    feltline::eval::AnnotatedRun run;
    feltline::eval::run_annotated(path, run);
    scores.add(feltline::eval::score(run.gold, run.predicted, run.turns));
  }
  feltline::analyse::use_embedded_mention_filter_model();
  return scores;
}

// How many of the split's mentions the model drops at `threshold`, and how many of them the label says to
// keep.
void dropped(const Split& split, const MentionFilterModel& model, std::int32_t threshold, long& out,
             long& labelled) {
  for (const auto& e : split.examples) {
    std::int64_t sum = 0;
    for (std::uint32_t b : e.buckets) sum += model.weights[b];
    if (sum <= threshold) ++out, labelled += e.label;
  }
}

// The split's figures with the mentions whose model score is at most `threshold` taken out of the rules'
// output.
Scores without_dropped(const Split& split, const MentionFilterModel& model, std::int32_t threshold) {
  Scores scores;
  for (const auto& f : split.files) {
    std::vector<feltline::eval::PredictedMention> kept;
    for (std::size_t i = 0; i < f.run.predicted.size(); ++i) {
      std::int64_t sum = 0;
      for (std::uint32_t b : split.examples[f.example[i]].buckets) sum += model.weights[b];
      if (sum > threshold) kept.push_back(f.run.predicted[i]);
    }
    scores.add(feltline::eval::score(f.run.gold, kept, f.run.turns));
  }
  return scores;
}

std::string f1(const feltline::eval::Counts& c) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.4f/%.4f/%.4f", c.precision(), c.recall(), c.f1());
  return buf;
}

std::string flag(const feltline::eval::FlagCounts& f) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f %.3f", f.caught_share(), f.false_share());
  return buf;
}

// Mentions taken out, and how many of them the scorer counted right (emotions and sensations with their
// region).
void removals(const Scores& rules, const Scores& model, long& removed, long& wrong) {
  removed = long(rules.emotion.predicted + rules.sensation_region.predicted) -
            long(model.emotion.predicted + model.sensation_region.predicted);
  wrong = long(rules.emotion.correct + rules.sensation_region.correct) -
          long(model.emotion.correct + model.sensation_region.correct);
}

void print_header() {
  std::printf("  %-13s %-19s %-19s %-19s %-19s %8s %-23s %-23s\n", "split", "emotion P/R/F", "(rules)",
              "sens.region P/R/F", "(rules)", "out/wrong", "negated caught false", "hyp. caught false");
}

void print_row(const std::string& name, const Scores& rules, const Scores& model) {
  long removed = 0, wrong = 0;
  removals(rules, model, removed, wrong);
  std::printf("  %-13s %-22s %-22s %-22s %-22s %4ld/%-3ld %s (%s) %s (%s)\n", name.c_str(),
              f1(model.emotion).c_str(), f1(rules.emotion).c_str(), f1(model.sensation_region).c_str(),
              f1(rules.sensation_region).c_str(), removed, wrong, flag(model.negated).c_str(),
              flag(rules.negated).c_str(), flag(model.hypothetical).c_str(),
              flag(rules.hypothetical).c_str());
}

}  // namespace

int main(int argc, char** argv) {
  bool cross_validate = false;
  std::string out_path;
  double lambda = 3e-4, threshold = 0.15;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--cross-validate")
      cross_validate = true;
    else if (a == "--out" && i + 1 < argc)
      out_path = argv[++i];
    else if (a == "--lambda" && i + 1 < argc)
      lambda = std::atof(argv[++i]);
    else if (a == "--threshold" && i + 1 < argc)
      threshold = std::atof(argv[++i]);
    else if (a == "--label" && i + 1 < argc)
      g_strict = std::string(argv[++i]) == "strict";
    else if (a == "--help" || a == "-h") {
      std::cout
          << "usage: train-mention-filter [--out FILE] [--lambda L] [--threshold P] [--label kind|strict] "
             "SPLIT...\n"
             "       train-mention-filter --cross-validate [--lambda L] [--threshold P] [--label "
             "kind|strict] "
             "SPLIT...\n";
      return 0;
    } else
      paths.push_back(a);
  }
  if (paths.empty() || threshold <= 0 || threshold >= 1 || lambda <= 0) {
    std::cerr << "train-mention-filter: give the annotated splits (tests/eval/dev tests/eval/heldout ...)\n";
    return 2;
  }
  // Blind splits are read too: the cross-validation prints only aggregate figures.
  std::vector<feltline::eval::TrainingSplit> folders;
  if (!feltline::eval::read_training_splits(paths, "train-mention-filter", false, folders)) return 2;
  std::vector<Split> splits;
  for (auto& folder : folders) {
    Split s;
    s.name = std::move(folder.name);
    s.paths = std::move(folder.files);
    if (!collect(s)) return 2;
    splits.push_back(std::move(s));
  }
  std::size_t examples = 0, positive = 0;
  for (const auto& s : splits)
    for (const auto& e : s.examples) ++examples, positive += e.label;
  std::printf("%zu splits, %zu mentions (%zu matched to annotations, label %s); lambda %g, threshold %g\n",
              splits.size(), examples, positive, g_strict ? "strict" : "kind", lambda, threshold);

  if (!cross_validate) {
    const MentionFilterModel model = train(splits, splits.size(), lambda, threshold);
    if (!feltline::eval::write_model(feltline::eval::linear_model_json(model), out_path,
                                     "train-mention-filter"))
      return 2;
    Scores rules, with;
    for (const auto& s : splits) rules.add(s.rules), with.add(with_model(s, model));
    std::printf("on the training splits themselves (not an estimate for a new writer):\n");
    print_header();
    print_row("all", rules, with);
    return 0;
  }

  std::printf("leave-one-split-out: trained on the others, scored on the split (model, then rules alone)\n");
  print_header();
  static const double kSweep[] = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};
  constexpr std::size_t kSweeps = sizeof kSweep / sizeof kSweep[0];
  Scores all_rules, all_model, new_rules, new_model, swept[kSweeps];
  long drops[kSweeps] = {}, labelled[kSweeps] = {};
  for (std::size_t k = 0; k < splits.size(); ++k) {
    const MentionFilterModel model = train(splits, k, lambda, threshold);
    const Scores scores = with_model(splits[k], model);
    print_row(splits[k].name, splits[k].rules, scores);
    all_rules.add(splits[k].rules);
    all_model.add(scores);
    if (feltline::eval::is_newest_writer(splits[k].name)) new_rules.add(splits[k].rules), new_model.add(scores);
    for (std::size_t t = 0; t < kSweeps; ++t) {
      const auto at = static_cast<std::int32_t>(std::lround(std::log(kSweep[t] / (1 - kSweep[t])) * kScale));
      swept[t].add(without_dropped(splits[k], model, at));
      dropped(splits[k], model, at, drops[t], labelled[t]);
    }
  }
  print_row("pooled", all_rules, all_model);
  if (new_rules.emotion.gold) print_row("heldout18-22", new_rules, new_model);
  std::printf("pooled, by threshold (dropped mentions taken out of the rules' output):\n");
  print_header();
  for (std::size_t t = 0; t < kSweeps; ++t) {
    char name[32];
    std::snprintf(name, sizeof name, "keep > %.2f", kSweep[t]);
    print_row(name, all_rules, swept[t]);
    std::printf("  %13s (%ld dropped, %ld of them matched to an annotation of their kind)\n", "", drops[t],
                labelled[t]);
  }
  return 0;
}
