// The whole pipeline: clean -> parse -> roles -> analysers -> JSON.
#include <string>
#include <unordered_set>

#include "analyse/analysis_context.hpp"
#include "analyse/mention_finder.hpp"
#include "analyse/role_assignment.hpp"
#include "analyse/statistics.hpp"
#include "analyse/statistics/corpus_summary.hpp"
#include "feltline/analyze.hpp"
#include "output/analysis_json.hpp"
#include "parse/artefact_detector.hpp"
#include "output/corpus_summary_json.hpp"
#include "output/mentions_csv.hpp"
#include "output/turns_csv.hpp"
#include "parse/document_parser.hpp"
#include "text/input_cleanup.hpp"

namespace feltline {

std::vector<Transcript> analyze_transcripts(std::string_view text, const Options& options) {
  text::CleanInput clean = text::clean_input(text);
  parse::ParsedDocument doc;
  // Mostly NUL bytes and invalid UTF-8: a binary file, not a transcript.
  const std::size_t bad = clean.nul_bytes + clean.replaced_sequences;
  if (bad >= 8 && bad * 10 > text.size()) {
    doc.diagnostics.push_back({Severity::error,
                               "the input looks like binary data, not text (" + std::to_string(bad) +
                                   " NUL bytes or invalid UTF-8 sequences in " + std::to_string(text.size()) + " bytes)",
                               0});
  } else {
    doc = parse::parse_document(clean.text, options);
  }
  // An input with no transcript still carries its diagnostics (why nothing was found).
  if (doc.dialogues.empty()) doc.dialogues.emplace_back();
  auto& context = analyse::AnalysisContext::for_this_thread();
  std::vector<Diagnostic> lexicon_diagnostics;
  const auto custom_lexicons = analyse::load_custom_lexicons(options, lexicon_diagnostics);

  std::vector<Transcript> out;
  out.reserve(doc.dialogues.size());
  for (auto& dialogue : doc.dialogues) {
    Transcript t;
    t.format = doc.format;
    t.id = dialogue.id;
    t.diagnostics = clean.diagnostics;
    t.diagnostics.insert(t.diagnostics.end(), doc.diagnostics.begin(), doc.diagnostics.end());
    t.diagnostics.insert(t.diagnostics.end(), dialogue.diagnostics.begin(), dialogue.diagnostics.end());
    t.metadata = std::move(dialogue.metadata);
    analyse::assign_roles(std::move(dialogue), options, t);
    parse::detect_artefacts(t);
    t.diagnostics.insert(t.diagnostics.end(), lexicon_diagnostics.begin(), lexicon_diagnostics.end());
    context.mentions.find(t, options, custom_lexicons, context.tokenizer);
    analyse::compute_statistics(t, context);
    out.push_back(std::move(t));
  }
  return out;
}

namespace {

Result serialise(std::vector<Transcript>&& transcripts, const Options& options) {
  Result result;
  for (const auto& t : transcripts) {
    if (!t.turns.empty()) result.usable = true;
  }
  if (!result.usable) {
    // The first error a parser reported says why; otherwise there was nothing but white space.
    for (const auto& t : transcripts) {
      for (const auto& d : t.diagnostics) {
        if (d.severity == Severity::error && result.error.empty()) {
          result.error = "no transcript found: " + d.message;
          if (d.line) result.error += " (line " + std::to_string(d.line) + ")";
        }
      }
    }
    if (result.error.empty()) result.error = "no transcript found: the input is empty or holds only white space";
    return result;
  }
  const bool corpus = transcripts.size() > 1 || (transcripts.size() == 1 && transcripts[0].id);
  switch (options.output) {
    case OutputFormat::json: {
      analyse::CorpusSummary summary;
      for (const auto& t : transcripts) {
        result.json += output::to_json(t, corpus ? false : options.pretty);
        result.json += '\n';
        if (corpus) summary.add(t);
      }
      if (corpus) {
        result.json += output::corpus_summary_json(summary.figures());
        result.json += '\n';
      }
      return result;
    }
    case OutputFormat::turns_csv:
      output::append_turns_csv_header(result.json);
      for (const auto& t : transcripts) output::append_turns_csv(t, result.json);
      break;
    case OutputFormat::mentions_csv:
      output::append_mentions_csv_header(result.json);
      for (const auto& t : transcripts) output::append_mentions_csv(t, result.json);
      break;
  }
  // CSV has no place for diagnostics: hand them to the host. Those about the
  // whole input are copied into every dialogue; report each message once.
  std::unordered_set<std::string> seen;
  for (const auto& t : transcripts) {
    for (const auto& d : t.diagnostics) {
      if (seen.insert(std::to_string(d.line) + ":" + d.message).second) result.diagnostics.push_back(d);
    }
  }
  return result;
}

}  // namespace

Result analyze_text(std::string_view text, const Options& options) {
  return serialise(analyze_transcripts(text, options), options);
}

Result analyze_text(std::string_view text, std::string_view options_json) {
  std::vector<Diagnostic> problems;
  Options options = parse_options_json(options_json, problems);
  auto transcripts = analyze_transcripts(text, options);
  for (auto& t : transcripts) t.diagnostics.insert(t.diagnostics.begin(), problems.begin(), problems.end());
  return serialise(std::move(transcripts), options);
}

const char* version() { return FELTLINE_VERSION; }

}  // namespace feltline
