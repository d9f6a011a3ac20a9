#include "text/input_cleanup.hpp"

#include <unicode/utf8.h>

#include <string>

namespace feltline::text {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::size_t kMaxReportedLines = 20;     // enough to find them, not a flood

std::string line_list(const std::vector<int>& lines, std::size_t total) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i) out += ", ";
    out += std::to_string(lines[i]);
  }
  if (total > lines.size()) out += ", ...";
  return out;
}

}  // namespace

CleanInput clean_input(std::string_view raw) {
  CleanInput result;
  std::string& out = result.text;
  out.reserve(raw.size());

  std::size_t i = 0;
  if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // BOM is not content

  int line = 1;
  std::vector<int> bad_lines, nul_lines;
  std::size_t bad_line_count = 0, nul_line_count = 0;
  int last_bad_line = 0, last_nul_line = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(raw.data());
  const int32_t length = static_cast<int32_t>(raw.size());
  int32_t pos = static_cast<int32_t>(i);
  while (pos < length) {
    // The common case: a run of plain ASCII (no CR, NUL or LF), copied at once.
    int32_t run = pos;
    while (run < length && bytes[run] < 0x80 && bytes[run] != '\r' && bytes[run] != '\n' && bytes[run] != 0) ++run;
    if (run > pos) {
      out.append(raw.data() + pos, static_cast<std::size_t>(run - pos));
      pos = run;
      if (pos == length) break;
    }
    uint8_t b = bytes[pos];
    if (b < 0x80) {  // CR, LF or NUL
      ++pos;
      if (b == '\r') {
        out.push_back('\n');
        if (pos < length && bytes[pos] == '\n') ++pos;
        ++line;
      } else if (b == 0) {
        out += kReplacement;
        ++result.nul_bytes;
        if (last_nul_line != line) {
          ++nul_line_count;
          if (nul_lines.size() < kMaxReportedLines) nul_lines.push_back(line);
          last_nul_line = line;
        }
      } else {
        out.push_back(static_cast<char>(b));
        if (b == '\n') ++line;
      }
      continue;
    }
    int32_t start = pos;
    UChar32 c;
    U8_NEXT(bytes, pos, length, c);  // ICU's validating decoder
    if (c < 0) {
      out += kReplacement;
      ++result.replaced_sequences;
      if (last_bad_line != line) {
        ++bad_line_count;
        if (bad_lines.size() < kMaxReportedLines) bad_lines.push_back(line);
        last_bad_line = line;
      }
    } else {
      out.append(raw.data() + start, static_cast<std::size_t>(pos - start));
    }
  }

  if (result.replaced_sequences) {
    result.diagnostics.push_back(
        {Severity::warning,
         "invalid UTF-8: " + std::to_string(result.replaced_sequences) +
             " byte sequence(s) replaced with U+FFFD on line(s) " + line_list(bad_lines, bad_line_count),
         bad_lines.front()});
  }
  if (result.nul_bytes) {
    result.diagnostics.push_back(
        {Severity::warning,
         "binary data: " + std::to_string(result.nul_bytes) +
             " NUL byte(s) replaced with U+FFFD on line(s) " + line_list(nul_lines, nul_line_count),
         nul_lines.front()});
  }
  return result;
}

}  // namespace feltline::text
