// Native throughput of the Feltline core (Google Benchmark): the whole
// analysis, its stages, the word tokenizer, and ICU word segmentation alone
// (the floor), all on the same text; plus the analysis at every scaling size.
//
//   feltline_bench --text=build/bench/dialogue.txt [--scaling=build/bench] [benchmark flags]
//
// bench/run-benchmarks.mjs runs it with --benchmark_format=json and turns the
// times into MB/s; run it by hand for a quick look.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "analyse/analysis_context.hpp"
#include "feltline/analyze.hpp"
#include "icu_word_floor.hpp"
#include "output/analysis_json.hpp"
#include "parse/document_parser.hpp"
#include "text/input_cleanup.hpp"
#include "text/word_tokenizer.hpp"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "feltline_bench: cannot read %s\n", path.c_str());
    std::exit(2);
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Takes our own flags out of argv before Google Benchmark sees it.
std::string take_flag(int& argc, char** argv, const char* name) {
  const std::size_t n = std::strlen(name);
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], name, n) == 0 && argv[i][n] == '=') {
      std::string value = argv[i] + n + 1;
      for (int j = i; j + 1 < argc; ++j) argv[j] = argv[j + 1];
      --argc;
      return value;
    }
  }
  return {};
}

void set_bytes(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["input_bytes"] = static_cast<double>(bytes);
}

void register_throughput(const std::string& text) {
  const std::string* t = new std::string(text);  // lives as long as the benchmarks

  benchmark::RegisterBenchmark("analysis/full", [t](benchmark::State& state) {
    for (auto _ : state) {
      feltline::Result r = feltline::analyze_text(*t, "{}");
      if (!r.usable) state.SkipWithError("no usable analysis");
      benchmark::DoNotOptimize(r.json.data());
    }
    set_bytes(state, t->size());
  });

  benchmark::RegisterBenchmark("floor/icu_word_segmentation", [t](benchmark::State& state) {
    feltline::bench::IcuWordFloor floor;
    for (auto _ : state) benchmark::DoNotOptimize(floor.count_words(*t));
    set_bytes(state, t->size());
  });

  benchmark::RegisterBenchmark("tokenizer/word_tokenizer", [t](benchmark::State& state) {
    feltline::text::WordTokenizer tokenizer;
    std::vector<feltline::text::Token> tokens;
    for (auto _ : state) {
      tokenizer.tokenize(*t, tokens);
      benchmark::DoNotOptimize(tokens.data());
    }
    set_bytes(state, t->size());
  });

  // The stages of analyze_text, to see where the time goes.
  benchmark::RegisterBenchmark("stage/clean_input", [t](benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(feltline::text::clean_input(*t).text.data());
    set_bytes(state, t->size());
  });
  benchmark::RegisterBenchmark("stage/parse", [t](benchmark::State& state) {
    const std::string clean = feltline::text::clean_input(*t).text;
    for (auto _ : state) {
      auto doc = feltline::parse::parse_document(clean, feltline::Options{});
      benchmark::DoNotOptimize(doc.dialogues.data());
    }
    set_bytes(state, t->size());
  });
  benchmark::RegisterBenchmark("stage/analyse_without_json", [t](benchmark::State& state) {
    feltline::Options options;
    for (auto _ : state) {
      auto transcripts = feltline::analyze_transcripts(*t, options);
      benchmark::DoNotOptimize(transcripts.data());
    }
    set_bytes(state, t->size());
  });
  benchmark::RegisterBenchmark("stage/to_json", [t](benchmark::State& state) {
    const auto transcripts = feltline::analyze_transcripts(*t, feltline::Options{});
    for (auto _ : state) {
      for (const auto& tr : transcripts) benchmark::DoNotOptimize(feltline::output::to_json(tr, false).data());
    }
    set_bytes(state, t->size());
  });
}

void register_scaling(const std::string& dir) {
  std::vector<std::pair<std::uintmax_t, std::string>> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("scaling-", 0) == 0) files.emplace_back(entry.file_size(), entry.path().string());
  }
  std::sort(files.begin(), files.end());
  for (const auto& [size, path] : files) {
    const std::string* t = new std::string(read_file(path));
    const std::string name = "scaling/analysis/" + std::filesystem::path(path).stem().string().substr(8);
    benchmark::RegisterBenchmark(name.c_str(), [t](benchmark::State& state) {
      for (auto _ : state) {
        feltline::Result r = feltline::analyze_text(*t, "{}");
        benchmark::DoNotOptimize(r.json.data());
      }
      set_bytes(state, t->size());
    });
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::string text_path = take_flag(argc, argv, "--text");
  const std::string scaling_dir = take_flag(argc, argv, "--scaling");
  if (text_path.empty() && scaling_dir.empty()) {
    std::fprintf(stderr, "usage: feltline_bench --text=FILE [--scaling=DIR] [--benchmark_...]\n");
    return 2;
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  if (!text_path.empty()) register_throughput(read_file(text_path));
  if (!scaling_dir.empty()) register_scaling(scaling_dir);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
