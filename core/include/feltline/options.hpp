// Feltline analysis options. Both hosts take them as one JSON object (the CLI
// builds it from its flags), so the same options give the same JSON anywhere.
//
//   {
//     "format": "auto",                  // or "labelled_text", "plain", ...
//     "roles": {"Anna": "client"},       // override a speaker's role
//     "pretty": false,                   // indent the output JSON
//     "output": "json"                   // or "turns_csv", "mentions_csv" (docs/metrics.md)
//   }
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "feltline/transcript.hpp"

namespace feltline {

/// What analyze_text prints: the analysis JSON (JSON Lines for a corpus, with a
/// summary line at the end), the per-turn table as CSV, or the mentions as CSV.
enum class OutputFormat { json, turns_csv, mentions_csv };
/// "json", "turns_csv" or "mentions_csv".
const char* output_format_name(OutputFormat format);

struct Options {
  std::string format = "auto";
  std::map<std::string, Role> roles;  // speaker name as written -> role
  bool pretty = false;
  OutputFormat output = OutputFormat::json;
};

/// Reads options from JSON. Unknown keys and bad values are reported in
/// `problems` (as warnings) and otherwise ignored; an unparsable document
/// gives the defaults plus an error.
Options parse_options_json(std::string_view json, std::vector<Diagnostic>& problems);

/// The options as the JSON object parse_options_json reads.
std::string options_to_json(const Options& options);

}  // namespace feltline
