// Feltline's entry point: transcript text in, analysis JSON out.
//
//   feltline::Options options;             // or parse_options_json(...)
//   feltline::Result r = feltline::analyze_text(text, options);
//   if (r.usable) std::cout << r.json;     // one JSON document, or JSON Lines for a corpus
//   else std::cerr << r.error;             // one line: why nothing usable remained
//
// The native CLI and the WebAssembly module both call analyze_text, so they
// print the same bytes for the same input.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "feltline/options.hpp"
#include "feltline/transcript.hpp"

namespace feltline {

/// Schema name written into every analysis.
inline constexpr const char* kSchema = "feltline/1";

/// Parses and analyses one input (a dialogue, or a corpus of dialogues).
std::vector<Transcript> analyze_transcripts(std::string_view text, const Options& options);

struct Result {
  bool usable = false;   // false when nothing usable remained (CLI exit 2)
  std::string json;      // the analysis; JSON Lines (one per dialogue) for a corpus
  std::string error;     // one line, set when !usable
};

/// analyze_transcripts + serialisation.
Result analyze_text(std::string_view text, const Options& options);

/// The function both hosts expose: options as JSON (see options.hpp); problems
/// with the options are reported as diagnostics of each analysis.
Result analyze_text(std::string_view text, std::string_view options_json);

/// One line of a JSON Lines corpus (one dialogue, e.g. {"id", "messages"}),
/// for streaming a corpus of any size one line at a time (the CLI's --jobs):
/// gives what analyze_text gives for that dialogue inside the whole corpus,
/// `line_number` (1-based) being the line's place in it. `option_problems` are
/// the diagnostics parse_options_json reported, added as analyze_text adds them.
/// Thread-safe: each thread uses its own tokenizer.
Result analyze_corpus_line(std::string_view line, int line_number, const Options& options,
                           const std::vector<Diagnostic>& option_problems = {});

/// The library version, e.g. "0.1.0".
const char* version();

}  // namespace feltline
