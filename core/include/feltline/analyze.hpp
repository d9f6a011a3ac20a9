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

#include <functional>
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
  std::string json;      // the analysis; JSON Lines (one per dialogue, then a
                         // corpus summary line) for a corpus; CSV when
                         // options.output asks for it
  std::string error;     // one line, set when !usable
  /// CSV output only: the diagnostics the JSON would have carried, each once,
  /// so a host can still show them (the CLI prints them on stderr).
  std::vector<Diagnostic> diagnostics;
};

/// analyze_transcripts + serialisation.
Result analyze_text(std::string_view text, const Options& options);

/// The function both hosts expose: options as JSON (see options.hpp); problems
/// with the options are reported as diagnostics of each analysis.
Result analyze_text(std::string_view text, std::string_view options_json);

/// Receives an analysis's output in pieces, in order.
using OutputSink = std::function<void(std::string_view piece)>;

/// analyze_text, handing the output to `sink` in pieces of about a megabyte
/// (whole turns) as it is written, instead of in `Result::json`, which stays
/// empty. The JSON of a session is about seven times its text: a host that
/// writes each piece out (the CLI) never holds the whole document. The
/// pieces, joined, are byte for byte what analyze_text returns. Nothing is
/// handed over when the result is not usable.
Result analyze_text(std::string_view text, std::string_view options_json, const OutputSink& sink);

/// analyze_text (with a sink: as the overload above) for a host that has no
/// further use for `text`: its memory is released as soon as it is cleaned,
/// for the analysis to reuse (the CLI and the WebAssembly module hold a
/// session's text once, not twice). `text` is left empty.
Result analyze_owned_text(std::string&& text, std::string_view options_json, const OutputSink* sink = nullptr);

/// The library version, e.g. "0.1.0".
const char* version();

}  // namespace feltline
