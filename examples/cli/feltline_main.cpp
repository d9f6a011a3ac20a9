// feltline: the native command-line host of the Feltline core.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "cli_arguments.hpp"
#include "corpus_stream.hpp"
#include "huge_page_heap.hpp"
#include "feltline/analyze.hpp"
#include "feltline/corpus_stream.hpp"

namespace {

constexpr int kUnusable = 2;

int fail(const std::string& message) {
  std::cerr << "feltline: " << message << "\n";
  return kUnusable;
}

// Reads in large blocks into a string sized up front where the size is known:
// character-wise reading (istreambuf_iterator) and repeated regrowth cost
// more than the analysis itself on large inputs.
// Fills the whole reserved room first (the file size plus one, when known, so
// a file is one read and no regrowth), then doubles only when it is full.
bool read_all(std::istream& in, std::string& out) {
  constexpr std::size_t kBlock = 1 << 20;
  std::size_t size = 0;
  out.resize(std::max(out.capacity(), kBlock));
  for (;;) {
    if (size == out.size()) out.resize(2 * out.size());
    in.read(&out[size], static_cast<std::streamsize>(out.size() - size));
    size += static_cast<std::size_t>(in.gcount());
    if (!in) break;
  }
  out.resize(size);
  return !in.bad();
}

bool read_input(const std::string& path, std::string& out, std::string& error) {
  if (path == "-") {
    if (!read_all(std::cin, out)) {
      error = "cannot read standard input";
      return false;
    }
    return true;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = "cannot read '" + path + "': it is a directory";
    return false;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    error = "cannot open '" + path + "'";
    return false;
  }
  const auto size = std::filesystem::file_size(path, ec);  // a hint; pipes and devices have none
  if (!ec && size < (std::uintmax_t{1} << 36)) out.reserve(static_cast<std::size_t>(size) + 1);
  if (!read_all(file, out)) {
    error = "cannot read '" + path + "' (is it a directory?)";
    return false;
  }
  return true;
}

// Diagnostics on stderr, for CSV output (which has no place for them), each once.
class DiagnosticPrinter {
 public:
  void print(const std::vector<feltline::Diagnostic>& diagnostics) {
    for (const auto& d : diagnostics) {
      if (!seen_.insert(std::to_string(d.line) + ":" + d.message).second) continue;
      std::cerr << "feltline: " << feltline::severity_name(d.severity);
      if (d.line) std::cerr << ": line " << d.line;
      std::cerr << ": " << d.message << "\n";
    }
  }

 private:
  std::unordered_set<std::string> seen_;
};

// --stream / --jobs: a JSON Lines corpus, analysed line by line (corpus_stream.hpp).
int stream(const feltline::cli::Arguments& args) {
  feltline::CorpusStream corpus(args.options_json);
  std::ifstream file;
  if (args.input != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(args.input, ec)) return fail("cannot read '" + args.input + "': it is a directory");
    file.open(args.input, std::ios::binary);
    if (!file) return fail("cannot open '" + args.input + "'");
  }
  std::istream& in = args.input == "-" ? std::cin : file;
  DiagnosticPrinter diagnostics;
  std::cout << corpus.header();
  const auto report = feltline::cli::stream_corpus(
      in, std::cout, std::cerr,
      [&](std::string_view line, int line_number) { return corpus.analyse(line, line_number); }, args.jobs, 0,
      [&](const feltline::CorpusLine& line) {
        corpus.add(line);
        diagnostics.print(line.diagnostics);
      });
  if (in.bad()) return fail("cannot read '" + args.input + "'");
  if (report.analysed == 0) return fail("no dialogue found: the input held no usable JSON Lines dialogue");
  std::cout << corpus.footer();
  std::cout.flush();
  if (!std::cout) return fail("cannot write the output");
  if (report.skipped) std::cerr << "feltline: " << report.skipped << " of " << report.lines << " lines skipped\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string error;
  auto parsed = feltline::cli::parse_arguments(args, error);
  if (!parsed) return fail(error);
  if (parsed->command == "help") {
    std::cout << feltline::cli::usage();
    return 0;
  }
  if (parsed->command == "version") {
    std::cout << "feltline " << feltline::version() << "\n";
    return 0;
  }

  std::vector<std::string> lexicons;
  for (const auto& path : parsed->lexicon_files) {
    if (path == "-") return fail("--lexicon needs a file, not standard input");
    std::string content;
    if (!read_input(path, content, error)) return fail("--lexicon " + error);
    lexicons.push_back(std::move(content));
  }
  if (!feltline::cli::add_lexicons_to_options(parsed->options_json, parsed->lexicon_files, lexicons, error)) return fail(error);

  if (parsed->stream) return stream(*parsed);

  std::string input;
  if (!read_input(parsed->input, input, error)) return fail(error);
  feltline::cli::back_heap_with_huge_pages(input.size());
  // Written out piece by piece: the JSON is several times the input, and
  // holding it all would multiply the CLI's peak memory.
  const feltline::OutputSink print = [](std::string_view piece) { std::cout << piece; };
  feltline::Result result = feltline::analyze_owned_text(std::move(input), parsed->options_json, &print);
  if (!result.usable) return fail(result.error);
  // CSV carries no diagnostics; say them on stderr so nothing is lost.
  DiagnosticPrinter().print(result.diagnostics);
  std::cout.flush();
  return std::cout ? 0 : fail("cannot write the output");
}
