// The whole pipeline: clean -> parse -> roles -> analysers -> JSON, for a
// whole input (analyze_text) or one JSON Lines corpus line at a time
// (CorpusStream).
#include <string>
#include <unordered_set>

#include "analyse/analysis_context.hpp"
#include "analyse/mention_finder.hpp"
#include "analyse/role_assignment.hpp"
#include "analyse/statistics.hpp"
#include "analyse/statistics/corpus_summary.hpp"
#include "analyse/turn_words.hpp"
#include "feltline/analyze.hpp"
#include "feltline/corpus_stream.hpp"
#include "output/analysis_json.hpp"
#include "output/corpus_summary_json.hpp"
#include "output/mentions_csv.hpp"
#include "output/turns_csv.hpp"
#include "parse/artefact_detector.hpp"
#include "parse/document_parser.hpp"
#include "parse/jsonl_corpus_line.hpp"
#include "text/input_cleanup.hpp"

namespace feltline {
namespace {

using CustomLexicons = std::vector<std::shared_ptr<const lexicon::CustomLexicon>>;

// Mostly NUL bytes and invalid UTF-8: a binary file, not a transcript.
bool looks_binary(const text::CleanInput& clean, std::size_t input_size) {
  const std::size_t bad = clean.nul_bytes + clean.replaced_sequences;
  return bad >= 8 && bad * 10 > input_size;
}

Diagnostic binary_input_error(const text::CleanInput& clean, std::size_t input_size) {
  const std::size_t bad = clean.nul_bytes + clean.replaced_sequences;
  return {Severity::error,
          "the input looks like binary data, not text (" + std::to_string(bad) +
              " NUL bytes or invalid UTF-8 sequences in " + std::to_string(input_size) + " bytes)",
          0};
}

// Roles, artefact flags, mentions and statistics of one parsed dialogue.
// `input_diagnostics` are about the whole input (cleaning, the parser); the
// dialogue's own follow them, then the custom dictionaries' problems.
Transcript analyse_dialogue(parse::ParsedDialogue&& dialogue, const std::string& format,
                            const std::vector<Diagnostic>& input_diagnostics, const Options& options,
                            const CustomLexicons& custom_lexicons,
                            const std::vector<Diagnostic>& lexicon_diagnostics, analyse::AnalysisContext& context) {
  Transcript t;
  t.format = format;
  t.id = dialogue.id;
  t.diagnostics = input_diagnostics;
  t.diagnostics.insert(t.diagnostics.end(), dialogue.diagnostics.begin(), dialogue.diagnostics.end());
  t.metadata = std::move(dialogue.metadata);
  analyse::assign_roles(std::move(dialogue), options, t);
  // Their texts have moved into t.turns: free the rest now, for the mentions to reuse.
  std::vector<parse::RawTurn>().swap(dialogue.turns);
  parse::detect_artefacts(t);
  t.diagnostics.insert(t.diagnostics.end(), lexicon_diagnostics.begin(), lexicon_diagnostics.end());
  // Statistics turn by turn as the mentions are found, on the same tokens.
  analyse::StatisticsBuilder statistics(t);
  context.mentions.find(t, options, custom_lexicons, context.tokenizer,
                        [&](std::size_t position, Turn&, const analyse::TurnWords& words) {
                          statistics.add_turn(position, {words.tokens, words.folded, words.folded_start, words.tokens_estimate, &words.token_ids});
                        });
  statistics.finish();
  return t;
}

// `owned`, when given, holds `text`: it is released once the text is cleaned.
std::vector<Transcript> analyse_input(std::string_view text, const Options& options, std::string* owned) {
  text::CleanInput clean = text::clean_input(text);
  const std::size_t input_size = text.size();
  if (owned) std::string().swap(*owned);  // for the analysis to reuse
  parse::ParsedDocument doc;
  if (looks_binary(clean, input_size)) {
    doc.diagnostics.push_back(binary_input_error(clean, input_size));
  } else {
    doc = parse::parse_document(clean.text, options);
  }
  std::string().swap(clean.text);  // parsed: the turns own their texts; its memory goes to the analysis
  // An input with no transcript still carries its diagnostics (why nothing was found).
  if (doc.dialogues.empty()) doc.dialogues.emplace_back();
  auto& context = analyse::AnalysisContext::for_this_thread();
  std::vector<Diagnostic> lexicon_diagnostics;
  const auto custom_lexicons = analyse::load_custom_lexicons(options, lexicon_diagnostics);

  std::vector<Diagnostic> input_diagnostics = std::move(clean.diagnostics);
  input_diagnostics.insert(input_diagnostics.end(), doc.diagnostics.begin(), doc.diagnostics.end());
  std::vector<Transcript> out;
  out.reserve(doc.dialogues.size());
  for (auto& dialogue : doc.dialogues) {
    out.push_back(analyse_dialogue(std::move(dialogue), doc.format, input_diagnostics, options, custom_lexicons,
                                   lexicon_diagnostics, context));
  }
  return out;
}

}  // namespace

std::vector<Transcript> analyze_transcripts(std::string_view text, const Options& options) {
  return analyse_input(text, options, nullptr);
}

namespace {

// Why nothing usable remained: the first error a parser reported, else white space.
std::string unusable_reason(const std::vector<Transcript>& transcripts) {
  for (const auto& t : transcripts) {
    for (const auto& d : t.diagnostics) {
      if (d.severity == Severity::error) {
        std::string reason = "no transcript found: " + d.message;
        if (d.line) reason += " (line " + std::to_string(d.line) + ")";
        return reason;
      }
    }
  }
  return "no transcript found: the input is empty or holds only white space";
}

// Writes the output into result.json or, with a sink, hands it over in pieces.
Result serialise(std::vector<Transcript>&& transcripts, const Options& options, const OutputSink* sink = nullptr) {
  Result result;
  for (const auto& t : transcripts) {
    if (!t.turns.empty()) result.usable = true;
  }
  if (!result.usable) {
    result.error = unusable_reason(transcripts);
    return result;
  }
  const output::OutputFlush flush = [sink](std::string& written) {
    if (written.empty()) return;
    (*sink)(written);
    written.clear();
  };
  const output::OutputFlush* flush_if_streamed = sink ? &flush : nullptr;
  const bool corpus = transcripts.size() > 1 || (transcripts.size() == 1 && transcripts[0].id);
  switch (options.output) {
    case OutputFormat::json: {
      analyse::CorpusSummary summary;
      for (const auto& t : transcripts) {
        output::append_json(t, corpus ? false : options.pretty, result.json, flush_if_streamed);
        result.json += '\n';
        if (corpus) summary.add(t);
      }
      if (corpus) {
        result.json += output::corpus_summary_json(summary.figures());
        result.json += '\n';
      }
      if (sink) flush(result.json);
      return result;
    }
    case OutputFormat::turns_csv:
      output::append_turns_csv_header(result.json);
      for (const auto& t : transcripts) {
        output::append_turns_csv(t, result.json);
        if (sink && result.json.size() >= output::kFlushBytes) flush(result.json);
      }
      break;
    case OutputFormat::mentions_csv:
      output::append_mentions_csv_header(result.json);
      for (const auto& t : transcripts) {
        output::append_mentions_csv(t, result.json);
        if (sink && result.json.size() >= output::kFlushBytes) flush(result.json);
      }
      break;
  }
  if (sink) flush(result.json);
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

namespace {

std::vector<Transcript> analyze_with_options_json(std::string_view text, std::string_view options_json,
                                                  Options& options, std::string* owned = nullptr) {
  std::vector<Diagnostic> problems;
  options = parse_options_json(options_json, problems);
  auto transcripts = analyse_input(text, options, owned);
  for (auto& t : transcripts) t.diagnostics.insert(t.diagnostics.begin(), problems.begin(), problems.end());
  return transcripts;
}

}  // namespace

Result analyze_text(std::string_view text, std::string_view options_json) {
  Options options;
  auto transcripts = analyze_with_options_json(text, options_json, options);
  return serialise(std::move(transcripts), options);
}

Result analyze_text(std::string_view text, std::string_view options_json, const OutputSink& sink) {
  Options options;
  auto transcripts = analyze_with_options_json(text, options_json, options);
  return serialise(std::move(transcripts), options, &sink);
}

Result analyze_owned_text(std::string&& text, std::string_view options_json, const OutputSink* sink) {
  Options options;
  auto transcripts = analyze_with_options_json(text, options_json, options, &text);
  return serialise(std::move(transcripts), options, sink);
}

const char* version() { return FELTLINE_VERSION; }

// ---- CorpusStream -----------------------------------------------------------

CorpusStream::CorpusStream(std::string_view options_json)
    : options_(parse_options_json(options_json, option_problems_)),
      summary_(std::make_unique<analyse::CorpusSummary>()) {
  custom_lexicons_ = std::make_shared<CustomLexicons>(analyse::load_custom_lexicons(options_, lexicon_diagnostics_));
}

CorpusStream::~CorpusStream() = default;

CorpusLine CorpusStream::analyse(std::string_view line, int line_number) const {
  CorpusLine out;
  text::CleanInput clean = text::clean_input(line);
  if (looks_binary(clean, line.size())) {
    out.error = binary_input_error(clean, line.size()).message;
    return out;
  }
  // Cleaning counts lines from 1; this line is line_number of the corpus.
  for (auto& d : clean.diagnostics)
    if (d.line) d.line += line_number - 1;
  auto dialogue = parse::parse_jsonl_corpus_line(clean.text, line_number, options_.columns, out.error);
  if (!dialogue) return out;

  std::vector<Diagnostic> input_diagnostics = option_problems_;
  input_diagnostics.insert(input_diagnostics.end(), clean.diagnostics.begin(), clean.diagnostics.end());
  Transcript t = analyse_dialogue(std::move(*dialogue), "jsonl", input_diagnostics, options_, *custom_lexicons_,
                                  lexicon_diagnostics_, analyse::AnalysisContext::for_this_thread());
  if (t.turns.empty()) {
    out.error = unusable_reason({t});
    return out;
  }
  out.usable = true;
  switch (options_.output) {
    case OutputFormat::json:
      output::append_json(t, false, out.text);
      out.text += '\n';
      break;
    case OutputFormat::turns_csv:
      output::append_turns_csv(t, out.text);
      break;
    case OutputFormat::mentions_csv:
      output::append_mentions_csv(t, out.text);
      break;
  }
  if (options_.output != OutputFormat::json) out.diagnostics = t.diagnostics;
  auto part = std::make_shared<analyse::CorpusSummary>();
  part->add(t);
  out.summary_part = std::move(part);
  return out;
}

std::string CorpusStream::header() const {
  std::string out;
  if (options_.output == OutputFormat::turns_csv) output::append_turns_csv_header(out);
  if (options_.output == OutputFormat::mentions_csv) output::append_mentions_csv_header(out);
  return out;
}

void CorpusStream::add(const CorpusLine& line) {
  if (!line.usable || !line.summary_part) return;
  summary_->merge(*line.summary_part);
  ++dialogues_;
}

std::string CorpusStream::footer() const {
  if (options_.output != OutputFormat::json || dialogues_ == 0) return {};
  return output::corpus_summary_json(summary_->figures()) + '\n';
}

}  // namespace feltline
