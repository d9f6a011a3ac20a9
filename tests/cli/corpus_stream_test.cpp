// The CLI's streaming pipeline (examples/cli/corpus_stream.cpp): output in
// input order whatever order workers finish in, a bounded number of lines in
// flight, blank lines ignored, unusable lines reported and skipped, and the
// same bytes as analysing each line on its own.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <random>
#include <sstream>
#include <string>
#include <thread>

#include "corpus_stream.hpp"
#include "feltline/analyze.hpp"

using feltline::Result;
using feltline::cli::stream_corpus;

namespace {

// An input that hands out one character at a time and counts the lines read.
class CountingInput : public std::streambuf {
 public:
  CountingInput(std::string s, std::atomic<int>& lines) : s_(std::move(s)), lines_(lines) {}

 protected:
  int_type underflow() override {
    if (pos_ >= s_.size()) return traits_type::eof();
    ch_ = s_[pos_++];
    if (ch_ == '\n') ++lines_;
    setg(&ch_, &ch_, &ch_ + 1);
    return traits_type::to_int_type(ch_);
  }

 private:
  std::string s_;
  std::size_t pos_ = 0;
  char ch_ = 0;
  std::atomic<int>& lines_;
};

std::string numbered_lines(int n) {
  std::string s;
  for (int i = 1; i <= n; ++i) s += "line " + std::to_string(i) + "\n";
  return s;
}

}  // namespace

TEST_CASE("stream_corpus writes results in input order with any number of jobs", "[cli][stream]") {
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    CAPTURE(jobs);
    std::istringstream in(numbered_lines(300));
    std::ostringstream out, errors;
    std::mt19937 seed_source(jobs);
    auto report = stream_corpus(
        in, out, errors,
        [&](std::string_view line, int number) {
          // Uneven work so that workers finish out of order.
          thread_local std::mt19937 rng(std::random_device{}());
          std::this_thread::sleep_for(std::chrono::microseconds(rng() % 300));
          return Result{true, std::to_string(number) + ":" + std::string(line) + "\n", ""};
        },
        jobs);
    std::string expected;
    for (int i = 1; i <= 300; ++i) expected += std::to_string(i) + ":line " + std::to_string(i) + "\n";
    CHECK(out.str() == expected);
    CHECK(report.lines == 300);
    CHECK(report.analysed == 300);
    CHECK(errors.str().empty());
  }
}

TEST_CASE("stream_corpus keeps at most its window of lines in flight", "[cli][stream]") {
  std::atomic<int> read{0}, written{0}, worst{0};
  CountingInput buffer(numbered_lines(500), read);
  std::istream in(&buffer);
  std::ostringstream out, errors;
  const std::size_t window = 6;
  stream_corpus(
      in, out, errors,
      [&](std::string_view, int number) {
        const int ahead = read.load() - written.load();
        int w = worst.load();
        while (ahead > w && !worst.compare_exchange_weak(w, ahead)) {
        }
        if (number % 7 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(2));  // a slow dialogue
        ++written;  // counted as written once its result is handed back: an upper bound
        return Result{true, "x\n", ""};
      },
      4, window);
  // The reader may hold one more line while it waits for a free slot.
  CHECK(worst.load() <= static_cast<int>(window) + 1);
  CHECK(worst.load() >= 2);  // the measure saw lines in flight at all
  CHECK(out.str().size() == 500 * 2);
}

TEST_CASE("stream_corpus skips blank lines and reports unusable ones", "[cli][stream]") {
  std::istringstream in("good 1\n\n   \r\nbad\r\ngood 2\n");
  std::ostringstream out, errors;
  auto report = stream_corpus(
      in, out, errors,
      [](std::string_view line, int number) {
        if (line == "bad") return Result{false, "", "no dialogue in this line"};
        return Result{true, std::string(line) + "@" + std::to_string(number) + "\n", ""};
      },
      2);
  CHECK(out.str() == "good 1@1\ngood 2@5\n");
  CHECK(errors.str() == "feltline: line 4: no dialogue in this line; skipped\n");
  CHECK(report.lines == 3);
  CHECK(report.analysed == 2);
  CHECK(report.skipped == 1);
}

TEST_CASE("streaming gives the bytes of analysing each line on its own", "[cli][stream]") {
  const std::string corpus =
      "Client: I feel tense.\n"
      "Therapist: Where do you feel it?\n"
      "\n"
      "Client: In my chest \xE2\x80\x94 tight, maybe 7/10.\n";
  feltline::Options options;
  std::string expected;
  int number = 0;
  std::istringstream lines(corpus);
  for (std::string line; std::getline(lines, line);) {
    ++number;
    if (line.empty()) continue;
    expected += feltline::analyze_corpus_line(line, number, options).json;
  }
  for (unsigned jobs : {1u, 2u}) {
    std::istringstream in(corpus);
    std::ostringstream out, errors;
    stream_corpus(
        in, out, errors,
        [&](std::string_view line, int n) { return feltline::analyze_corpus_line(line, n, options); }, jobs);
    CHECK(out.str() == expected);
  }
}
