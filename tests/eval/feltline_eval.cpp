// feltline-eval: precision, recall and F1 of Feltline's emotion and sensation
// mentions on hand-annotated transcripts, beside a plain word-count baseline.
//
//   feltline-eval [--check NAME=VALUE ...] [--verbose] DIR_OR_FILE...
//   feltline-eval --strip FILE      (the transcript without its annotations)
//   feltline-eval --agreement [--verbose] FIRST SECOND
//                                   (two annotators of the same transcripts)
//
// Each directory is one split (tests/eval/dev, tests/eval/heldout). --check
// takes thresholds on the figures of all files together (emotion_f1,
// sensation_f1, negated, hypothetical: minimum; false_flags: maximum) and
// exits 1 when one is not met; --verbose lists every miss, false positive and
// flag error. --agreement scores a second annotator's files (SECOND/NAME)
// against the first one's (FIRST/NAME) beside Feltline against each.
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "annotated_run.hpp"
#include "annotated_transcript.hpp"
#include "annotator_agreement.hpp"
#include "feltline/analyze.hpp"
#include "mention_scoring.hpp"
#include "word_count_baseline.hpp"

namespace {

using feltline::eval::files_in;
using feltline::eval::LocatedGold;
using feltline::eval::read_file;
using feltline::eval::PredictedMention;
using feltline::eval::Scores;
using nlohmann::json;

// The targets of docs/lexicon.md#evaluation, printed beside the figures.
constexpr double kTargetF1 = 0.90;
constexpr double kTargetCaught = 0.90;
constexpr double kMaxFalseFlags = 0.05;

struct Threshold {
  std::string name;
  double value;
};

struct FileResult {
  Scores feltline, baseline;
  std::size_t gold = 0;
};

bool evaluate(const std::string& path, FileResult& result, bool verbose) {
  feltline::eval::AnnotatedRun run;
  const bool ok = feltline::eval::run_annotated(path, run);
  if (!run.analysed) return false;
  result.gold = run.gold.size();
  result.feltline = feltline::eval::score(run.gold, run.predicted, run.turns);
  result.baseline = feltline::eval::score(run.gold, feltline::eval::word_count_baseline(run.turns), run.turns);
  if (verbose)
    for (const auto& n : result.feltline.notes) std::cout << "  " << path << ": " << n << "\n";
  return ok;
}

std::string fixed(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

void print_counts(const char* name, const feltline::eval::Counts& a, const feltline::eval::Counts& b) {
  std::printf("  %-24s %6s %6s %6s   %6s %6s %6s   (%zu annotated; %zu / %zu predicted)\n", name,
              fixed(a.precision()).c_str(), fixed(a.recall()).c_str(), fixed(a.f1()).c_str(),
              fixed(b.precision()).c_str(), fixed(b.recall()).c_str(), fixed(b.f1()).c_str(), a.gold,
              a.predicted, b.predicted);
}

void print_flags(const char* name, const feltline::eval::FlagCounts& a, const feltline::eval::FlagCounts& b) {
  // "found" splits a miss in two: the mention not found at all, or found without the flag.
  std::printf("  %-24s caught %s (%zu/%zu; %zu found), false %s (%zu/%zu)   baseline caught %s, false %s\n",
              name, fixed(a.caught_share()).c_str(), a.caught, a.flagged, a.found_flagged,
              fixed(a.false_share()).c_str(), a.false_flags, a.unflagged, fixed(b.caught_share()).c_str(),
              fixed(b.false_share()).c_str());
}

void print_targets(const Scores& s) {
  const auto mark = [](bool ok) { return ok ? "met" : "NOT MET"; };
  std::printf(
      "  targets: emotion F1 >= %.2f %s, sensation F1 >= %.2f %s, negations caught >= %.2f %s, "
      "hypotheticals caught >= %.2f %s, false flags <= %.2f %s\n",
      kTargetF1, mark(s.emotion.f1() >= kTargetF1), kTargetF1, mark(s.sensation_region.f1() >= kTargetF1),
      kTargetCaught, mark(s.negated.caught_share() >= kTargetCaught), kTargetCaught,
      mark(s.hypothetical.caught_share() >= kTargetCaught), kMaxFalseFlags,
      mark(s.negated.false_share() <= kMaxFalseFlags && s.hypothetical.false_share() <= kMaxFalseFlags));
}

// Checks the thresholds; prints each one that is not met.
bool meets(const Scores& s, const std::vector<Threshold>& thresholds) {
  bool ok = true;
  for (const auto& t : thresholds) {
    double value = 0;
    bool maximum = false;
    if (t.name == "emotion_f1")
      value = s.emotion.f1();
    else if (t.name == "sensation_f1")
      value = s.sensation_region.f1();
    else if (t.name == "negated")
      value = s.negated.caught_share();
    else if (t.name == "hypothetical")
      value = s.hypothetical.caught_share();
    else if (t.name == "false_flags")
      value = std::max(s.negated.false_share(), s.hypothetical.false_share()), maximum = true;
    const bool met = maximum ? value <= t.value : value >= t.value;
    if (!met) {
      std::printf("check failed: %s is %.3f, %s %.3f\n", t.name.c_str(), value, maximum ? "above" : "below",
                  t.value);
      ok = false;
    }
  }
  return ok;
}

void report(const std::string& name, std::size_t files, std::size_t gold, const Scores& f, const Scores& b) {
  std::printf("%s: %zu transcripts, %zu annotated mentions\n", name.c_str(), files, gold);
  std::printf("  %-24s %6s %6s %6s   %6s %6s %6s\n", "", "P", "R", "F1", "P", "R", "F1");
  std::printf("  %-24s %20s   %20s\n", "", "feltline", "word count");
  print_counts("emotion", f.emotion, b.emotion);
  print_counts("sensation (region)", f.sensation_region, b.sensation_region);
  print_counts("sensation (any region)", f.sensation_any, b.sensation_any);
  print_flags("negated", f.negated, b.negated);
  print_flags("hypothetical", f.hypothetical, b.hypothetical);
}

// --agreement: the second annotator against the first, and Feltline against
// each, on the same transcripts.
int run_agreement(const std::string& first_path, const std::string& second_path, bool verbose) {
  struct stat st {};
  const bool first_is_dir = stat(first_path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
  const auto files = files_in(first_path);
  if (files.empty()) {
    std::cerr << "feltline-eval: nothing to read in " << first_path << "\n";
    return 2;
  }
  bool ok = true;
  Scores annotators, vs_first, vs_second;
  std::size_t first_gold = 0, second_gold = 0, compared = 0;
  for (const auto& first_file : files) {
    const std::string second_file =
        first_is_dir ? second_path + "/" + feltline::eval::base_name(first_file) : second_path;
    std::string first_raw, second_raw;
    const bool read_first = read_file(first_file, first_raw);
    if (!read_first || !read_file(second_file, second_raw)) {
      std::cerr << (read_first ? second_file : first_file) << ": cannot read\n";
      ok = false;
      continue;
    }
    const auto first = feltline::eval::read_annotated(first_raw);
    const auto second = feltline::eval::read_annotated(second_raw);
    for (const auto& e : first.errors) std::cerr << first_file << ": " << e << "\n";
    for (const auto& e : second.errors) std::cerr << second_file << ": " << e << "\n";
    if (!first.errors.empty() || !second.errors.empty()) {
      ok = false;
      continue;
    }
    const auto agreement = feltline::eval::compare_annotations(first, second);
    if (!agreement.error.empty()) {
      std::cerr << second_file << ": " << agreement.error << " of " << first_file << "\n";
      ok = false;
      continue;
    }
    if (verbose)
      for (const auto& n : agreement.scores.notes) std::cout << "  " << second_file << ": " << n << "\n";
    annotators.add(agreement.scores);
    ++compared;
    first_gold += first.gold.size();
    second_gold += second.gold.size();
    FileResult a, b;
    ok = evaluate(first_file, a, false) && evaluate(second_file, b, false) && ok;
    vs_first.add(a.feltline);
    vs_second.add(b.feltline);
  }
  if (compared == 0) {
    std::cerr << "feltline-eval: no transcript could be compared\n";
    return 2;
  }
  const Scores* columns[] = {&annotators, &vs_first, &vs_second};
  std::printf("agreement: %zu transcripts; %zu mentions by the first annotator (%s), %zu by the second (%s)\n",
              compared, first_gold, first_path.c_str(), second_gold, second_path.c_str());
  std::printf("  %-30s %19s %19s %19s\n", "", "second vs first", "feltline vs first", "feltline vs second");
  const auto row = [&](const char* name, auto value) {
    std::printf("  %-30s", name);
    for (const Scores* s : columns) std::printf(" %19s", value(*s).c_str());
    std::printf("\n");
  };
  const auto share = [](double v, std::size_t n, std::size_t d) {
    return fixed(v) + " (" + std::to_string(n) + "/" + std::to_string(d) + ")";
  };
  row("emotion F1", [](const Scores& s) { return fixed(s.emotion.f1()); });
  row("sensation (region) F1", [](const Scores& s) { return fixed(s.sensation_region.f1()); });
  row("sensation (any region) F1", [](const Scores& s) { return fixed(s.sensation_any.f1()); });
  for (const bool hyp : {false, true}) {
    const auto flag = [hyp](const Scores& s) -> const feltline::eval::FlagCounts& {
      return hyp ? s.hypothetical : s.negated;
    };
    const std::string name = hyp ? "hypothetical" : "negated";
    row((name + " caught").c_str(),
        [&](const Scores& s) { return share(flag(s).caught_share(), flag(s).caught, flag(s).flagged); });
    row((name + " false").c_str(), [&](const Scores& s) {
      return share(flag(s).false_share(), flag(s).false_flags, flag(s).unflagged);
    });
    row((name + " kappa").c_str(), [&](const Scores& s) { return fixed(feltline::eval::flag_kappa(flag(s))); });
  }
  std::printf("  (\"caught\" and \"false\" take the annotator after \"vs\" as the reference; kappa is over the\n"
              "   mentions both sides found)\n");
  return ok ? 0 : 2;
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  std::vector<Threshold> thresholds;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--strip" && i + 1 < argc) {
      // Prints the transcript Feltline sees (annotations removed), to rerun it with the CLI.
      std::string raw;
      if (!read_file(argv[i + 1], raw)) return 2;
      std::cout << feltline::eval::read_annotated(raw).text;
      return 0;
    }
    if (a == "--agreement") {
      std::vector<std::string> rest;
      for (int j = i + 1; j < argc; ++j)
        if (std::string(argv[j]) == "--verbose")
          verbose = true;
        else
          rest.push_back(argv[j]);
      if (rest.size() != 2) {
        std::cerr << "feltline-eval: --agreement takes two folders (or files): FIRST SECOND\n";
        return 2;
      }
      return run_agreement(rest[0], rest[1], verbose);
    }
    if (a == "--check") {
      // NAME=VALUE arguments follow
      while (i + 1 < argc && std::string(argv[i + 1]).find('=') != std::string::npos) {
        const std::string arg = argv[++i];
        const auto eq = arg.find('=');
        const std::string name = arg.substr(0, eq);
        if (name != "emotion_f1" && name != "sensation_f1" && name != "negated" && name != "hypothetical" &&
            name != "false_flags") {
          std::cerr << "feltline-eval: unknown threshold " << name << "\n";
          return 2;
        }
        thresholds.push_back({name, std::atof(arg.c_str() + eq + 1)});
      }
      if (thresholds.empty()) {
        std::cerr
            << "feltline-eval: --check needs thresholds, e.g. --check emotion_f1=0.9 hypothetical=0.9\n";
        return 2;
      }
    } else if (a == "--verbose")
      verbose = true;
    else if (a == "--help" || a == "-h") {
      std::cout << "usage: feltline-eval [--check NAME=VALUE...] [--verbose] DIR_OR_FILE...\n"
                   "       feltline-eval --strip FILE\n"
                   "       feltline-eval --agreement [--verbose] FIRST SECOND\n";
      return 0;
    } else
      paths.push_back(a);
  }
  if (paths.empty()) {
    std::cerr << "feltline-eval: give the evaluation directories (tests/eval/dev tests/eval/heldout)\n";
    return 2;
  }
  bool ok = true;
  Scores all_f, all_b;
  std::size_t all_files = 0, all_gold = 0;
  for (const auto& path : paths) {
    Scores f, b;
    std::size_t gold = 0;
    const auto files = files_in(path);
    if (files.empty()) {
      std::cerr << "feltline-eval: nothing to read in " << path << "\n";
      ok = false;
    }
    for (const auto& file : files) {
      FileResult r;
      ok = evaluate(file, r, verbose) && ok;
      f.add(r.feltline);
      b.add(r.baseline);
      gold += r.gold;
    }
    report(feltline::eval::base_name(path), files.size(), gold, f, b);
    print_targets(f);
    all_f.add(f);
    all_b.add(b);
    all_files += files.size();
    all_gold += gold;
  }
  if (paths.size() > 1) {
    report("all", all_files, all_gold, all_f, all_b);
    print_targets(all_f);
  }
  if (!ok) return 2;
  return meets(all_f, thresholds) ? 0 : 1;
}
