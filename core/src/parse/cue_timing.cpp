#include "parse/cue_timing.hpp"

#include <string>

#include "parse/line_splitter.hpp"
#include "parse/timestamp.hpp"

namespace feltline::parse {
namespace {

std::optional<double> read_time(std::string_view time, int line_number, DiagnosticList& diagnostics) {
  double seconds = 0;
  std::string problem;
  switch (parse_timestamp(time, seconds, problem)) {
    case TimeStatus::ok:
      return seconds;
    case TimeStatus::malformed:
      diagnostics.add("bad_time", Severity::warning, malformed_time_message(time, problem), line_number);
      break;
    case TimeStatus::not_a_time:
      diagnostics.add("bad_time", Severity::warning,
                      "cue time '" + std::string(time.substr(0, 40)) + "' not understood; left empty",
                      line_number);
      break;
  }
  return std::nullopt;
}

}  // namespace

bool is_cue_timing_line(std::string_view line) { return line.find("-->") != std::string_view::npos; }

CueTiming parse_cue_timing(std::string_view line, int line_number, DiagnosticList& diagnostics) {
  CueTiming timing;
  std::size_t arrow = line.find("-->");
  if (arrow == std::string_view::npos) return timing;
  std::string_view left = trim(line.substr(0, arrow));
  std::string_view right = trim(line.substr(arrow + 3));
  std::size_t end = 0;
  while (end < right.size() && right[end] != ' ' && right[end] != '\t') ++end;
  timing.start = read_time(left, line_number, diagnostics);
  timing.end = read_time(right.substr(0, end), line_number, diagnostics);
  return timing;
}

}  // namespace feltline::parse
