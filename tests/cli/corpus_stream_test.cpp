// The CLI's streaming pipeline (examples/cli/corpus_stream.cpp): output in
// input order whatever order workers finish in, a bounded number of lines in
// flight, blank lines ignored, unusable lines reported and skipped, and the
// same bytes as analysing each line on its own.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <thread>

#include "corpus_stream.hpp"
#include "feltline/analyze.hpp"
#include "feltline/corpus_stream.hpp"

using feltline::CorpusLine;
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
          return CorpusLine{true, std::to_string(number) + ":" + std::string(line) + "\n", ""};
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
        return CorpusLine{true, "x\n", ""};
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
        if (line == "bad") return CorpusLine{false, "", "no dialogue in this line"};
        return CorpusLine{true, std::string(line) + "@" + std::to_string(number) + "\n", ""};
      },
      2);
  CHECK(out.str() == "good 1@1\ngood 2@5\n");
  CHECK(errors.str() == "feltline: line 4: no dialogue in this line; skipped\n");
  CHECK(report.lines == 3);
  CHECK(report.analysed == 2);
  CHECK(report.skipped == 1);
}

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// What the CLI's --stream does (feltline_main.cpp), with `jobs` workers.
std::string streamed(const std::string& corpus, const std::string& options_json, unsigned jobs,
                     std::string* errors_out = nullptr) {
  feltline::CorpusStream stream(options_json);
  std::istringstream in(corpus);
  std::ostringstream out, errors;
  out << stream.header();
  stream_corpus(
      in, out, errors, [&](std::string_view line, int n) { return stream.analyse(line, n); }, jobs, 0,
      [&](const CorpusLine& line) { stream.add(line); });
  out << stream.footer();
  if (errors_out) *errors_out = errors.str();
  return out.str();
}

// A corpus of `n` dialogues dealt from the example transcripts' turns.
std::string generated_corpus(int n) {
  const auto examples = feltline::analyze_transcripts(
      read_file(FELTLINE_SOURCE_DIR "/examples/transcripts/panic-at-work.txt") +
          read_file(FELTLINE_SOURCE_DIR "/examples/transcripts/grief-and-numbness.txt"),
      feltline::Options{});
  const auto& turns = examples.at(0).turns;
  nlohmann::ordered_json line;
  std::string corpus;
  std::size_t next = 0;
  for (int d = 1; d <= n; ++d) {
    nlohmann::ordered_json messages = nlohmann::ordered_json::array();
    for (int k = 0; k < 1 + d % 7; ++k) {
      const auto& t = turns[next++ % turns.size()];
      messages.push_back({{"role", k % 2 ? "assistant" : "user"}, {"content", t.text}});
    }
    line = {{"id", "d" + std::to_string(d)}, {"messages", messages}};
    if (d % 5 == 0) line.erase("id");  // the line number is the id then
    corpus += line.dump() + (d % 9 == 0 ? "\r\n" : "\n");
  }
  return corpus;
}

}  // namespace

TEST_CASE("a streamed corpus prints the bytes analyze_text prints for the whole input", "[cli][stream]") {
  const std::vector<std::string> corpora = {
      read_file(FELTLINE_SOURCE_DIR "/examples/transcripts/peer-support-corpus.jsonl"),
      generated_corpus(60),
  };
  const std::vector<std::string> options = {"{}", R"({"output": "turns_csv"})", R"({"output": "mentions_csv"})",
                                            R"({"roles": {"user": "client"}, "pretty": true})"};
  for (const auto& corpus : corpora) {
    REQUIRE(!corpus.empty());
    for (const auto& o : options) {
      const feltline::Result whole = feltline::analyze_text(corpus, o);
      REQUIRE(whole.usable);
      for (unsigned jobs : {1u, 2u, 3u}) {
        CAPTURE(o, jobs, corpus.size());
        CHECK(streamed(corpus, o, jobs) == whole.json);
      }
    }
  }
}

TEST_CASE("a streamed corpus reports the lines that hold no dialogue and goes on", "[cli][stream]") {
  const std::string corpus =
      R"({"id": "a", "messages": [{"role": "user", "content": "I feel tense."}]})"
      "\n{not json\n"
      R"({"role": "user", "content": "one message"})"
      "\n"
      R"({"id": "b", "messages": [{"role": "user", "content": "My chest is tight."}]})"
      "\n";
  std::string errors;
  const std::string out = streamed(corpus, "{}", 2, &errors);
  CHECK(errors.find("line 2: not valid JSON") != std::string::npos);
  CHECK(errors.find("line 3: line holds one message, not a dialogue") != std::string::npos);
  std::istringstream lines(out);
  std::vector<nlohmann::json> docs;
  for (std::string l; std::getline(lines, l);) docs.push_back(nlohmann::json::parse(l, nullptr, false));
  REQUIRE(docs.size() == 3);
  CHECK(docs[0]["id"] == "a");
  CHECK(docs[1]["id"] == "b");
  CHECK(docs[1]["turns"][0]["line"] == 4);
  CHECK(docs[2]["corpus_summary"]["dialogues"] == 2);
}
