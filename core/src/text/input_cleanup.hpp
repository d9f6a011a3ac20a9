// Makes raw input bytes safe to parse without losing anything a person wrote:
// converts UTF-16 text (with its byte-order mark) to UTF-8, strips a leading
// BOM, turns CRLF/CR into LF, replaces invalid UTF-8 with U+FFFD and NUL bytes
// with U+FFFD, and reports where that happened.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "feltline/transcript.hpp"

namespace feltline::text {

struct CleanInput {
  std::string text;                      // valid UTF-8, LF line ends
  std::vector<Diagnostic> diagnostics;   // replaced bytes, NULs, line-end changes
  std::size_t replaced_sequences = 0;    // invalid UTF-8 sequences replaced
  std::size_t nul_bytes = 0;
};

CleanInput clean_input(std::string_view raw);

}  // namespace feltline::text
