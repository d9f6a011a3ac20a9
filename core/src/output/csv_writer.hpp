// RFC 4180 CSV: a field holding a comma, a double quote, CR or LF is quoted,
// with its quotes doubled; every row ends with CRLF. Numbers are printed the
// way the JSON prints them (json_numbers.hpp), so the CSV and the JSON of the
// same analysis show the same digits, in both hosts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "output/json_numbers.hpp"

namespace feltline::output {

class CsvWriter {
 public:
  explicit CsvWriter(std::string& out) : out_(out) {}

  CsvWriter& text(std::string_view value);
  CsvWriter& integer(std::int64_t value);
  CsvWriter& boolean(bool value);
  /// A JSON number or null (an empty field), e.g. rounded(x) or optional_ratio(x).
  CsvWriter& number(const Json& value);
  CsvWriter& empty();
  void end_row();

 private:
  void separate();
  std::string& out_;
  bool row_started_ = false;
};

}  // namespace feltline::output
