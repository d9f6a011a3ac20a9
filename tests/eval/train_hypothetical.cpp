// train-hypothetical: trains the learned hypothetical flag
// (core/src/analyse/hypothetical_model.hpp) on annotated splits, and measures it
// by leave-one-split-out cross-validation.
//
//   train-hypothetical [--only-set] [--out FILE] [--lambda L] [--threshold P] [--buckets N] [--drop P,...] SPLIT...
//   train-hypothetical --cross-validate [--only-set] [--lambda L] [--threshold P[,P...]] [--buckets N]
//                      [--drop P,...] [--check-recorded] SPLIT...
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

std::uint32_t g_buckets = 2048;  // --buckets N (a power of two)
constexpr std::int32_t kScale = 64;  // weights in 1/64
// --drop P,P...: features whose prefix (the name before "=") is one of these are
// left out of the fit and of the scoring (to measure what a group of features is
// worth by cross-validation before taking it out of the code).
std::vector<std::string> g_drop;
std::vector<std::string> g_prefixes;  // every prefix seen, by id

struct Example : feltline::eval::LabelledExample {
  bool rules = false;
};

// One file as the rules left it: what --cross-validate scores a model on without
// running the pipeline again (the model reads only the rules' decisions, so its
// decision on one mention never changes another's features).
struct File {
  feltline::eval::AnnotatedRun run;
  std::vector<std::vector<std::pair<std::uint32_t, std::uint16_t>>> features;  // per mention: (hash, prefix id)
  std::vector<std::vector<std::uint32_t>> hashes;  // per mention, the features kept (not dropped)
  std::vector<bool> rules;                          // per mention, the rules' flag
  std::vector<int> matched;                         // per annotation, its mention or -1
};

struct Split {
  std::string name;
  std::vector<std::string> files;
  std::vector<Example> examples;
  std::vector<File> runs;
  FlagCounts rules;  // the rules alone, as feltline-eval counts them
};

std::uint16_t prefix_id(const std::string& name) {
  const std::string prefix = name.substr(0, name.find('='));
  const auto at = std::find(g_prefixes.begin(), g_prefixes.end(), prefix);
  if (at != g_prefixes.end()) return static_cast<std::uint16_t>(at - g_prefixes.begin());
  g_prefixes.push_back(prefix);
  return static_cast<std::uint16_t>(g_prefixes.size() - 1);
}

// The examples and each mention's kept features, without the prefixes in g_drop.
void select_features(std::vector<Split>& splits) {
  std::vector<bool> drop(g_prefixes.size());
  for (std::size_t p = 0; p < g_prefixes.size(); ++p)
    drop[p] = std::find(g_drop.begin(), g_drop.end(), g_prefixes[p]) != g_drop.end();
  for (Split& split : splits) {
    split.examples.clear();
    for (File& f : split.runs) {
      f.hashes.assign(f.features.size(), {});
      for (std::size_t i = 0; i < f.features.size(); ++i)
        for (const auto& [h, p] : f.features[i])
          if (!drop[p]) f.hashes[i].push_back(h);
      for (std::size_t g = 0; g < f.matched.size(); ++g) {
        if (f.matched[g] < 0) continue;
        Example e;
        for (std::uint32_t h : f.hashes[f.matched[g]]) e.buckets.push_back(h % g_buckets);
        e.label = f.run.gold[g].gold.hypothetical;
        e.rules = f.rules[f.matched[g]];
        split.examples.push_back(std::move(e));
      }
    }
  }
}

// The rules alone on every file of the split: its mentions' features and the rules' figures.
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
    File f;
    for (const RecordedMention& r : recorded) {
      std::vector<std::pair<std::uint32_t, std::uint16_t>> features;
      for (std::size_t i = 0; i < r.hashes.size(); ++i)
        features.push_back({r.hashes[i], prefix_id(i < r.names.size() ? r.names[i] : std::string())});
      f.features.push_back(std::move(features));
      f.rules.push_back(r.rules);
    }
    f.matched = feltline::eval::flag_matches(run.gold, run.predicted);
    f.run = std::move(run);
    split.runs.push_back(std::move(f));
  }
  return ok;
}

std::vector<std::string> g_ablate;  // --ablate NAME:P,P;NAME:P...: groups of prefixes to leave out in turn
std::size_t g_folds = 0;  // --folds K (with --ablate): K folds instead of one a split
bool g_check_recorded = false;  // --check-recorded: score each fold by the pipeline too, and compare
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
  return feltline::eval::fit_logistic_regression(data, g_buckets, lambda);
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

// The same figures from the recorded features, without running the pipeline:
// what --cross-validate uses (with every feature kept it gives with_model's).
FlagCounts with_model_recorded(const Split& split, const HypotheticalModel& model) {
  FlagCounts counts;
  for (const File& f : split.runs) {
    std::vector<feltline::eval::PredictedMention> predicted = f.run.predicted;
    for (std::size_t i = 0; i < predicted.size(); ++i) {
      if (!model.may_clear && f.rules[i]) continue;
      predicted[i].hypothetical = model.decide(f.hashes[i]);
    }
    counts.add(feltline::eval::score(f.run.gold, predicted, f.run.turns).hypothetical);
  }
  return counts;
}

// --check-recorded found a split where the pipeline with `model` and the recorded
// features disagree: name each mention whose flag differs, with the flags the model
// changed in the three turns before it. A flag the model set there reaches later
// turns through the rules that read earlier turns' mentions (imagined references,
// permissions): a cascade the recorded features cannot show, not a fault. Returns
// the differences with no such change before them (features recorded wrongly).
std::size_t report_disagreement(const Split& split, const HypotheticalModel& model) {
  std::size_t unexplained = 0;
  feltline::analyse::use_hypothetical_model(&model);
  for (std::size_t f = 0; f < split.runs.size(); ++f) {
    const File& recorded = split.runs[f];
    feltline::eval::AnnotatedRun run;
    feltline::eval::run_annotated(split.files[f], run);
    if (run.predicted.size() != recorded.run.predicted.size()) {
      std::cerr << "  " << split.files[f] << ": " << run.predicted.size() << " mentions with the model, "
                << recorded.run.predicted.size() << " recorded\n";
      ++unexplained;
      continue;
    }
    for (std::size_t i = 0; i < run.predicted.size(); ++i) {
      const bool from_recorded = (!model.may_clear && recorded.rules[i]) ? recorded.run.predicted[i].hypothetical
                                                                          : model.decide(recorded.hashes[i]);
      if (run.predicted[i].hypothetical == from_recorded) continue;
      std::cerr << "  " << split.files[f] << " turn " << run.predicted[i].turn << " \"" << run.predicted[i].text
                << "\": pipeline " << run.predicted[i].hypothetical << ", recorded " << from_recorded
                << " (rules " << recorded.rules[i] << ")\n";
      bool cascade = false;
      for (std::size_t j = 0; j < i; ++j)
        if (run.predicted[j].turn + 3 >= run.predicted[i].turn && run.predicted[j].turn < run.predicted[i].turn &&
            run.predicted[j].hypothetical != recorded.run.predicted[j].hypothetical) {
          std::cerr << "    after the model changed turn " << run.predicted[j].turn << " \"" << run.predicted[j].text
                    << "\" to " << run.predicted[j].hypothetical << "\n";
          cascade = true;
        }
      if (!cascade) ++unexplained;
    }
  }
  feltline::analyse::use_hypothetical_model(nullptr);
  return unexplained;
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
    else if (a == "--buckets" && i + 1 < argc)
      g_buckets = static_cast<std::uint32_t>(std::atoi(argv[++i]));
    else if (a == "--drop" && i + 1 < argc) {
      for (std::string rest = argv[++i]; !rest.empty();) {
        const std::size_t comma = rest.find(',');
        g_drop.push_back(rest.substr(0, comma));
        rest = comma == std::string::npos ? "" : rest.substr(comma + 1);
      }
    } else if (a == "--ablate" && i + 1 < argc) {
      // NAME:P,P;NAME:P,...
      for (std::string rest = argv[++i]; !rest.empty();) {
        const std::size_t semi = rest.find(';');
        g_ablate.push_back(rest.substr(0, semi));
        rest = semi == std::string::npos ? "" : rest.substr(semi + 1);
      }
    } else if (a == "--folds" && i + 1 < argc)
      g_folds = static_cast<std::size_t>(std::atoi(argv[++i]));
    else if (a == "--check-recorded")
      g_check_recorded = true;
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
      std::cout << "usage: train-hypothetical [--only-set] [--out FILE] [--lambda L] [--threshold P] [--buckets N]\n"
                   "                          [--drop PREFIX,...] SPLIT...\n"
                   "       train-hypothetical --cross-validate [--only-set] [--lambda L] [--threshold P[,P...]]\n"
                   "                          [--buckets N] [--drop PREFIX,...] [--check-recorded] SPLIT...\n";
      return 0;
    } else
      paths.push_back(a);
  }
  if (thresholds.empty()) thresholds.push_back(0.5);
  const bool thresholds_ok = std::all_of(thresholds.begin(), thresholds.end(), [](double t) { return t > 0 && t < 1; });
  const bool buckets_ok = g_buckets > 0 && (g_buckets & (g_buckets - 1)) == 0;
  if (paths.empty() || !thresholds_ok || !buckets_ok || lambda <= 0 || (thresholds.size() > 1 && !cross_validate)) {
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
  const std::vector<std::string> base_drop = g_drop;
  select_features(splits);
  std::size_t examples = 0, positive = 0;
  for (const auto& s : splits)
    for (const auto& e : s.examples) ++examples, positive += e.label;
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  std::printf("%zu splits, %zu mentions matched to annotations (%zu hypothetical); lambda %g, threshold %g\n",
              splits.size(), examples, positive, lambda, thresholds[0]);

  if (!cross_validate) {
    const HypotheticalModel model = quantise(fit(training_data(splits, splits.size()), lambda), thresholds[0]);
    if (!feltline::eval::write_model(to_json(model), out_path, "train-hypothetical")) return 2;
    FlagCounts rules, model_counts;
    for (const auto& s : splits) {
      rules.add(s.rules);
      model_counts.add(g_drop.empty() ? with_model(s, model) : with_model_recorded(s, model));
    }
    std::printf("on the training splits themselves (not an estimate for a new writer):\n");
    print_row("all", rules, model_counts);
    return 0;
  }

  // --ablate: the pooled figures with each group of features left out in turn
  // (the splits are run once), one line per group and threshold.
  if (!g_ablate.empty()) {
    FlagCounts all_rules;
    for (const auto& s : splits) all_rules.add(s.rules);
    for (const std::string& group : g_ablate) {
      const std::size_t colon = group.find(':');
      g_drop = base_drop;
      for (std::string rest = group.substr(colon + 1); !rest.empty();) {
        const std::size_t comma = rest.find(',');
        g_drop.push_back(rest.substr(0, comma));
        rest = comma == std::string::npos ? "" : rest.substr(comma + 1);
      }
      select_features(splits);
      // (with --folds K: K folds of every K-th split, K fits instead of one a split)
      std::vector<FlagCounts> pooled(thresholds.size());
      const std::size_t folds = g_folds ? g_folds : splits.size();
      for (std::size_t k = 0; k < folds; ++k) {
        std::vector<const feltline::eval::LabelledExample*> data;
        for (std::size_t s = 0; s < splits.size(); ++s)
          if (s % folds != k)
            for (const auto& e : splits[s].examples)
              if (!g_only_set || !e.rules) data.push_back(&e);
        const std::vector<double> weights = fit(data, lambda);
        for (std::size_t s = k; s < splits.size(); s += folds)
          for (std::size_t t = 0; t < thresholds.size(); ++t)
            pooled[t].add(with_model_recorded(splits[s], quantise(weights, thresholds[t])));
      }
      for (std::size_t t = 0; t < thresholds.size(); ++t) {
        char label[64];
        std::snprintf(label, sizeof label, "%s %.2f", group.substr(0, colon).c_str(), thresholds[t]);
        print_row(label, all_rules, pooled[t]);
      }
      std::fflush(stdout);
    }
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
      const HypotheticalModel model = quantise(weights, thresholds[t]);
      const FlagCounts counts = with_model_recorded(splits[k], model);
      if (g_check_recorded) {
        const FlagCounts piped = with_model(splits[k], model);
        if (piped.caught != counts.caught || piped.false_flags != counts.false_flags) {
          std::cerr << name << ": the pipeline and the recorded features disagree\n";
          if (report_disagreement(splits[k], model)) return 2;
          std::cerr << name << ": every difference follows a flag the model set in an earlier turn\n";
        }
      }
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
