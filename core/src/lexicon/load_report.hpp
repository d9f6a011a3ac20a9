// What a dictionary loader tells the person about their file: malformed lines
// are skipped and reported, never fatal.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace feltline::lexicon {

struct LoadProblem {
  int line = 0;  // 1-based; 0 when the problem is about the whole file
  std::string message;
};

struct LoadReport {
  std::vector<LoadProblem> problems;
  std::size_t terms = 0;       // terms added
  std::size_t categories = 0;  // categories declared

  void add(int line, std::string message) {
    // A broken file could produce millions of messages; the first ones say enough.
    if (problems.size() < kMaxProblems)
      problems.push_back({line, std::move(message)});
    else
      ++suppressed;
  }
  std::size_t suppressed = 0;
  static constexpr std::size_t kMaxProblems = 20;
};

/// 1-based line of byte `offset` in `text`.
int line_of(const std::string& text, std::size_t offset);

}  // namespace feltline::lexicon
