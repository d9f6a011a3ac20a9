#include "parse/csv_reader.hpp"

namespace feltline::parse {

bool CsvReader::next(CsvRecord& record) {
  record.fields.clear();
  if (pos_ >= text_.size()) return false;
  record.line = line_;
  std::string field;
  while (true) {
    field.clear();
    if (pos_ < text_.size() && text_[pos_] == '"') {
      // Quoted field: runs to the next lone quote.
      const int opened = line_;
      ++pos_;
      while (true) {
        std::size_t q = text_.find('"', pos_);
        if (q == std::string_view::npos) {
          for (std::size_t i = pos_; i < text_.size(); ++i)
            if (text_[i] == '\n') ++line_;
          field.append(text_.substr(pos_));
          pos_ = text_.size();
          if (!unclosed_quote_line_) unclosed_quote_line_ = opened;
          break;
        }
        for (std::size_t i = pos_; i < q; ++i)
          if (text_[i] == '\n') ++line_;
        field.append(text_.substr(pos_, q - pos_));
        pos_ = q + 1;
        if (pos_ < text_.size() && text_[pos_] == '"') {  // "" is one quote
          field.push_back('"');
          ++pos_;
          continue;
        }
        break;
      }
      // Anything between the closing quote and the delimiter is kept.
      while (pos_ < text_.size() && text_[pos_] != delimiter_ && text_[pos_] != '\n') {
        if (!stray_quote_line_) stray_quote_line_ = line_;
        field.push_back(text_[pos_++]);
      }
    } else {
      while (pos_ < text_.size() && text_[pos_] != delimiter_ && text_[pos_] != '\n') {
        if (text_[pos_] == '"' && !stray_quote_line_) stray_quote_line_ = line_;
        field.push_back(text_[pos_++]);
      }
    }
    record.fields.push_back(std::move(field));
    if (pos_ >= text_.size()) return true;
    const char c = text_[pos_++];
    if (c == '\n') {
      ++line_;
      return true;
    }
    // c is the delimiter: another field follows (possibly empty, at the end of the line).
    if (pos_ >= text_.size()) {
      record.fields.emplace_back();
      return true;
    }
  }
}

char detect_delimiter(std::string_view header_line) {
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : header_line) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\t') return '\t';
    if (c == ',') ++commas;
    if (c == ';') ++semicolons;
  }
  if (!commas && !semicolons) return 0;
  return semicolons > commas ? ';' : ',';
}

}  // namespace feltline::parse
