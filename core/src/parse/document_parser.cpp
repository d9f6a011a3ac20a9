#include "parse/document_parser.hpp"

#include "parse/labelled_text_parser.hpp"
#include "parse/plain_paragraph_parser.hpp"

namespace feltline::parse {

bool is_known_format(std::string_view format) {
  return format == "labelled_text" || format == "plain";
}

ParsedDocument parse_document(std::string_view text, std::string_view format) {
  if (format == "plain") return parse_plain_paragraphs(text);
  ParsedDocument doc = parse_labelled_text(text);
  if (!doc.dialogues.empty() || format == "labelled_text") return doc;
  return parse_plain_paragraphs(text);
}

}  // namespace feltline::parse
