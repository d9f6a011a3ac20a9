// Command-line parsing for the `feltline` tool.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace feltline::cli {

struct Arguments {
  std::string command;          // "analyze", "version", "help"
  std::string input;            // a path, or "-" for stdin
  std::string options_json;     // the analysis options, as both hosts take them
  bool stream = false;          // --stream / --jobs: a JSON Lines corpus, one dialogue per line
  unsigned jobs = 1;            // worker threads for --stream (--jobs 0: one per core)
  std::vector<std::string> lexicon_files;  // --lexicon FILE (read by the caller into the options)
};

/// The dictionary format a file name implies: "dic", "dicx" or "json"; "" when unknown.
std::string lexicon_format_for(const std::string& path);

/// Adds the custom dictionaries (name = file name, format from the extension,
/// content = the file's text) to `options_json`. False with `error` set when
/// a file cannot be read or its format is unknown.
bool add_lexicons_to_options(std::string& options_json, const std::vector<std::string>& paths,
                             const std::vector<std::string>& contents, std::string& error);

/// Parses argv. On a wrong call returns nullopt and sets `error` to one line.
std::optional<Arguments> parse_arguments(const std::vector<std::string>& args, std::string& error);

/// The usage text printed by `feltline help`.
const char* usage();

}  // namespace feltline::cli
