// feltline: the native command-line host of the Feltline core.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "cli_arguments.hpp"
#include "feltline/analyze.hpp"

namespace {

constexpr int kUnusable = 2;

int fail(const std::string& message) {
  std::cerr << "feltline: " << message << "\n";
  return kUnusable;
}

bool read_input(const std::string& path, std::string& out, std::string& error) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    out = buffer.str();
    return true;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    error = "cannot open '" + path + "'";
    return false;
  }
  out.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  if (file.bad()) {
    error = "cannot read '" + path + "' (is it a directory?)";
    return false;
  }
  return true;
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

  std::string input;
  if (!read_input(parsed->input, input, error)) return fail(error);
  feltline::Result result = feltline::analyze_text(input, parsed->options_json);
  if (!result.usable) return fail(result.error);
  // CSV carries no diagnostics; say them on stderr so nothing is lost.
  for (const auto& d : result.diagnostics) {
    std::cerr << "feltline: " << feltline::severity_name(d.severity);
    if (d.line) std::cerr << ": line " << d.line;
    std::cerr << ": " << d.message << "\n";
  }
  std::cout << result.json;
  std::cout.flush();
  return std::cout ? 0 : fail("cannot write the output");
}
