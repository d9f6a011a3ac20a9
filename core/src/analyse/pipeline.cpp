// The whole pipeline: clean -> parse -> roles -> analysers -> JSON.
#include <string>

#include "analyse/analysis_context.hpp"
#include "analyse/role_assignment.hpp"
#include "analyse/statistics.hpp"
#include "feltline/analyze.hpp"
#include "output/analysis_json.hpp"
#include "parse/document_parser.hpp"
#include "text/input_cleanup.hpp"

namespace feltline {

std::vector<Transcript> analyze_transcripts(std::string_view text, const Options& options) {
  text::CleanInput clean = text::clean_input(text);
  parse::ParsedDocument doc = parse::parse_document(clean.text, options.format);
  auto& context = analyse::AnalysisContext::for_this_thread();

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
    result.error = "no transcript found: the input is empty or holds only white space";
    return result;
  }
  const bool corpus = transcripts.size() > 1 || (transcripts.size() == 1 && transcripts[0].id);
  for (const auto& t : transcripts) {
    output::append_json(t, corpus ? false : options.pretty, result.json);  // no copy of a large document
    result.json += '\n';
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

Result analyze_corpus_line(std::string_view line, int line_number, const Options& options,
                           const std::vector<Diagnostic>& option_problems) {
  auto transcripts = analyze_transcripts(line, options);
  // The line's place in the corpus.
  const int shift = line_number - 1;
  for (auto& t : transcripts) {
    for (auto& turn : t.turns) turn.line += shift;
    for (auto& d : t.diagnostics)
      if (d.line) d.line += shift;
    t.diagnostics.insert(t.diagnostics.begin(), option_problems.begin(), option_problems.end());
  }
  return serialise(std::move(transcripts), options);
}

const char* version() { return FELTLINE_VERSION; }

}  // namespace feltline
