#include "text/input_cleanup.hpp"

#include <unicode/utf8.h>

#include <cstring>
#include <string>

#include "text/utf16_input.hpp"

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
  std::string converted;
  if (utf16_to_utf8(raw, converted)) {
    CleanInput result = clean_input(converted);
    result.diagnostics.insert(result.diagnostics.begin(),
                              {Severity::info, "UTF-16 text (it starts with a UTF-16 byte-order mark) read as UTF-8", 0});
    return result;
  }
  CleanInput result;
  std::string& out = result.text;
  out.reserve(raw.size());

  std::size_t i = 0;
  if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // BOM is not content

  std::vector<int> bad_lines, nul_lines;
  std::size_t bad_line_count = 0, nul_line_count = 0;
  int last_bad_line = 0, last_nul_line = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(raw.data());
  const int32_t length = static_cast<int32_t>(raw.size());
  int32_t pos = static_cast<int32_t>(i);

  // Line numbers are only needed for what is reported, so LF is counted
  // lazily (up to `counted`) and only CR, NUL and bad bytes stop the scan.
  int line = 1;
  int32_t counted = pos;
  auto line_at = [&](int32_t at) {
    for (; counted < at; ++counted) line += bytes[counted] == '\n';
    return line;
  };

  int32_t run = pos;  // start of bytes not yet copied: they are copied as they are
  auto flush = [&](int32_t until) {
    out.append(raw.data() + run, static_cast<std::size_t>(until - run));
  };
  while (pos < length) {
    // Eight bytes at a time through plain ASCII (no byte >= 0x80, CR or NUL).
    if (pos + 8 <= length) {
      std::uint64_t w;
      std::memcpy(&w, bytes + pos, 8);
      constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
      const std::uint64_t cr = w ^ (ones * '\r');
      if (!((w | (((w - ones) & ~w) | ((cr - ones) & ~cr))) & highs)) {
        pos += 8;
        continue;
      }
    }
    const uint8_t b = bytes[pos];
    if (b >= 0x80) {
      const int32_t start = pos;
      UChar32 c;
      U8_NEXT(bytes, pos, length, c);  // ICU's validating decoder
      if (c >= 0) continue;            // valid: stays in the run
      flush(start);
      run = pos;
      out += kReplacement;
      ++result.replaced_sequences;
      const int at = line_at(start);
      if (last_bad_line != at) {
        ++bad_line_count;
        if (bad_lines.size() < kMaxReportedLines) bad_lines.push_back(at);
        last_bad_line = at;
      }
    } else if (b == '\r') {
      flush(pos);
      out.push_back('\n');
      line_at(pos);
      ++line;
      pos += (pos + 1 < length && bytes[pos + 1] == '\n') ? 2 : 1;
      run = counted = pos;
    } else if (b == 0) {
      flush(pos);
      out += kReplacement;
      ++result.nul_bytes;
      const int at = line_at(pos);
      if (last_nul_line != at) {
        ++nul_line_count;
        if (nul_lines.size() < kMaxReportedLines) nul_lines.push_back(at);
        last_nul_line = at;
      }
      run = ++pos;
    } else {
      ++pos;  // any other ASCII byte
    }
  }
  flush(length);

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
