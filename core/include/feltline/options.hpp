// Feltline analysis options. Both hosts take them as one JSON object (the CLI
// builds it from its flags), so the same options give the same JSON anywhere.
//
//   {
//     "format": "auto",                  // or "labelled_text", "webvtt", "srt", "json",
//                                        //    "jsonl", "csv", "tsv", "plain" (docs/formats.md)
//     "roles": {"Anna": "client"},       // override a speaker's role
//     "columns": {"speaker": "who", "text": "said", "time": "start",
//                 "end": "stop", "dialogue": "session"},
//                                        // CSV columns / JSON keys, when not found by name
//     "pretty": false,                   // indent the output JSON
//     "include_meta_notes": false,       // also find mentions inside "(Note: ...)" spans
//     "lexicons": [                      // custom dictionaries (docs/lexicon.md)
//       {"name": "my-words", "format": "dic", "content": "%\n1\tworry\n%\nfret*\t1\n"}
//     ],
//     "output": "json"                   // or "turns_csv", "mentions_csv" (docs/metrics.md)
//   }
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "feltline/transcript.hpp"

namespace feltline {

/// The CSV columns (or JSON keys) that hold each part of a transcript, when
/// the person names them; an empty name means "find it by its usual names".
struct ColumnChoice {
  std::string speaker;
  std::string text;
  std::string time;      // start time of the row or message
  std::string end;       // end time
  std::string dialogue;  // dialogue id: rows or objects with one value are one dialogue
};

/// A dictionary the person brings: LIWC .dic, LIWC-22 .dicx, or the project's
/// JSON lexicon format. Its hits become mentions of kind "custom".
struct LexiconSource {
  std::string name;     // shown as the mentions' "dictionary"
  std::string format;   // "dic", "dicx" or "json"
  std::string content;  // the file's text
};
/// What analyze_text prints: the analysis JSON (JSON Lines for a corpus, with a
/// summary line at the end), the per-turn table as CSV, or the mentions as CSV.
enum class OutputFormat { json, turns_csv, mentions_csv };
/// "json", "turns_csv" or "mentions_csv".
const char* output_format_name(OutputFormat format);

struct Options {
  std::string format = "auto";
  std::map<std::string, Role> roles;  // speaker name as written -> role
  ColumnChoice columns;
  bool pretty = false;
  bool include_meta_notes = false;    // find mentions inside meta_note spans too
  std::vector<LexiconSource> lexicons;
  OutputFormat output = OutputFormat::json;
};

/// Reads options from JSON. Unknown keys and bad values are reported in
/// `problems` (as warnings) and otherwise ignored; an unparsable document
/// gives the defaults plus an error.
Options parse_options_json(std::string_view json, std::vector<Diagnostic>& problems);

/// The options as the JSON object parse_options_json reads.
std::string options_to_json(const Options& options);

}  // namespace feltline
