#include "parse/document_parser.hpp"

#include <string>

#include "parse/csv_parser.hpp"
#include "parse/format_detector.hpp"
#include "parse/html_entities.hpp"
#include "parse/json_parser.hpp"
#include "parse/jsonl_parser.hpp"
#include "parse/labelled_text_parser.hpp"
#include "parse/plain_paragraph_parser.hpp"
#include "parse/srt_parser.hpp"
#include "parse/webvtt_parser.hpp"

namespace feltline::parse {
namespace {

const char* describe(std::string_view format) {
  if (format == "webvtt") return "WebVTT";
  if (format == "srt") return "SRT";
  if (format == "json") return "JSON";
  if (format == "jsonl") return "JSON Lines";
  if (format == "csv") return "CSV";
  if (format == "tsv") return "TSV";
  if (format == "plain") return "plain text";
  return "labelled text";
}

ParsedDocument parse_structured(std::string_view format, std::string_view text, const Options& options) {
  if (format == "webvtt") return parse_webvtt(text);
  if (format == "srt") return parse_srt(text);
  if (format == "json") return parse_json(text, options.columns);
  if (format == "jsonl") return parse_jsonl(text, options.columns);
  if (format == "csv") return parse_csv(text, 0, options.columns);
  return parse_csv(text, '\t', options.columns);  // tsv
}

// Labelled text and plain paragraphs: HTML character references ("we&#39;re")
// are decoded first, so that names holding them are still names.
ParsedDocument parse_text(std::string_view text, bool labels) {
  std::string decoded(text);
  const std::size_t references = decode_html_entities(decoded);
  ParsedDocument doc;
  if (labels) doc = parse_labelled_text(decoded);
  if (doc.dialogues.empty()) doc = parse_plain_paragraphs(decoded);
  if (references) {
    doc.diagnostics.push_back(
        {Severity::info, std::to_string(references) + " HTML character reference(s) such as &amp; decoded",
         0});
  }
  return doc;
}

}  // namespace

bool is_known_format(std::string_view format) {
  for (std::string_view f : kFormats)
    if (f == format) return true;
  return false;
}

ParsedDocument parse_document(std::string_view text, const Options& options) {
  std::string_view format = options.format;
  if (format.empty() || format == "auto") format = detect_format(text, options.columns);
  if (format == "labelled_text" || format == "plain") return parse_text(text, format == "labelled_text");

  ParsedDocument doc = parse_structured(format, text, options);
  if (!doc.dialogues.empty() || doc.no_fallback) return doc;
  // Not that format after all: say why, and read the text as a person would.
  ParsedDocument fallback = parse_text(text, true);
  std::vector<Diagnostic> diagnostics = std::move(doc.diagnostics);
  diagnostics.push_back({Severity::warning,
                         std::string("the input could not be read as ") + describe(format) + "; read as " +
                             describe(fallback.format) + " instead",
                         0});
  diagnostics.insert(diagnostics.end(), fallback.diagnostics.begin(), fallback.diagnostics.end());
  fallback.diagnostics = std::move(diagnostics);
  return fallback;
}

}  // namespace feltline::parse
