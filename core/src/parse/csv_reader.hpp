// Reads CSV and TSV records as RFC 4180 defines them: fields separated by a
// delimiter, optionally in double quotes; a quoted field may hold delimiters,
// line breaks and doubled quotes (""). Linear in the input, one pass.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace feltline::parse {

struct CsvRecord {
  std::vector<std::string> fields;
  int line = 0;  // 1-based line where the record starts
};

class CsvReader {
 public:
  /// `text` must outlive the reader; `first_line` is the line `text` starts on.
  CsvReader(std::string_view text, char delimiter, int first_line = 1)
      : text_(text), delimiter_(delimiter), line_(first_line) {}

  /// Reads the next record; false at the end of the input.
  bool next(CsvRecord& record);

  /// Line where a quoted field opened and never closed (it then runs to the
  /// end of the input), or 0.
  int unclosed_quote_line() const { return unclosed_quote_line_; }
  /// Line of the first quote found inside an unquoted field or after a
  /// closing quote (kept as text, as spreadsheets do), or 0.
  int stray_quote_line() const { return stray_quote_line_; }
  /// Bytes read so far.
  std::size_t position() const { return pos_; }

 private:
  std::string_view text_;
  char delimiter_;
  std::size_t pos_ = 0;
  int line_;
  int unclosed_quote_line_ = 0;
  int stray_quote_line_ = 0;
};

/// The delimiter a header line uses: a tab when it holds one, else ',' or ';'
/// (whichever occurs more outside quotes); 0 when it holds none of them.
char detect_delimiter(std::string_view header_line);

}  // namespace feltline::parse
