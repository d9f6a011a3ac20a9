// Splits LF-separated text into lines with their byte offsets and 1-based numbers.
#pragma once

#include <string_view>
#include <vector>

namespace feltline::parse {

struct Line {
  std::string_view text;  // without the '\n'
  int number = 0;         // 1-based
};

std::vector<Line> split_lines(std::string_view text);

/// `s` without leading and trailing ASCII white space, NBSP (U+00A0) and
/// other Unicode spaces that exports leave at line ends.
std::string_view trim(std::string_view s);

/// True when the line holds only white space.
bool is_blank(std::string_view s);

}  // namespace feltline::parse
