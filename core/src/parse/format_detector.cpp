#include "parse/format_detector.hpp"

#include "parse/csv_parser.hpp"
#include "parse/json_reader.hpp"
#include "parse/jsonl_parser.hpp"
#include "parse/line_splitter.hpp"
#include "parse/srt_parser.hpp"
#include "parse/webvtt_parser.hpp"

namespace feltline::parse {

std::string_view detect_format(std::string_view text, const ColumnChoice& columns) {
  std::string_view start = text;
  while (!start.empty() && (start.front() == '\n' || start.front() == ' ' || start.front() == '\t'))
    start.remove_prefix(1);
  if (has_webvtt_header(start)) return "webvtt";
  if (looks_like_srt(start)) return "srt";
  if (looks_like_json(start)) return looks_like_jsonl(start) ? "jsonl" : "json";
  char delimiter = 0;
  if (looks_like_csv(start, columns, delimiter)) return delimiter == '\t' ? "tsv" : "csv";
  return "labelled_text";
}

}  // namespace feltline::parse
