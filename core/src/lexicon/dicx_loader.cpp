#include <string_view>
#include <vector>

#include "lexicon/custom_lexicon_loaders.hpp"

namespace feltline::lexicon {
namespace {

// Reads one CSV record (RFC 4180: quoted fields may hold commas, doubled
// quotes and line breaks) starting at `pos`; advances `pos` and `line`.
bool read_record(std::string_view text, std::size_t& pos, int& line, std::vector<std::string>& fields) {
  fields.clear();
  if (pos >= text.size()) return false;
  std::string field;
  bool quoted = false;
  while (pos < text.size()) {
    const char c = text[pos++];
    if (quoted) {
      if (c == '"') {
        if (pos < text.size() && text[pos] == '"') {
          field += '"';
          ++pos;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"' && field.empty()) {
      quoted = true;
    } else if (c == ',') {
      fields.push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      ++line;
      break;
    } else if (c != '\r') {
      field += c;
    }
  }
  fields.push_back(std::move(field));
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

}  // namespace

bool load_dicx(const std::string& text, Lexicon& lexicon, LexiconBuilder& builder, LoadReport& report) {
  std::string_view all(text);
  if (all.substr(0, 3) == "\xEF\xBB\xBF") all.remove_prefix(3);
  std::size_t pos = 0;
  int line = 1;
  std::vector<std::string> fields;
  if (!read_record(all, pos, line, fields)) {
    report.add(0, "the file is empty");
    return false;
  }
  std::size_t term_column = fields.size();
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (equals_ignoring_case(trim(fields[i]), "DicTerm")) term_column = i;
  if (term_column == fields.size()) {
    report.add(1, "no \"DicTerm\" column in the first row: not a .dicx file");
    return false;
  }
  std::vector<std::uint32_t> entry_of(fields.size(), 0xFFFFFFFFu);
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string_view name = trim(fields[i]);
    if (i == term_column || name.empty()) continue;
    Entry e;
    e.kind = EntryKind::custom;
    e.label = lexicon.intern_label(name);
    entry_of[i] = lexicon.add_entry(e);
    ++report.categories;
  }
  std::string error;
  std::vector<std::uint32_t> entries;
  while (true) {
    const int record_line = line;
    if (!read_record(all, pos, line, fields)) break;
    if (fields.size() == 1 && trim(fields[0]).empty()) continue;  // blank line
    if (term_column >= fields.size() || trim(fields[term_column]).empty()) {
      report.add(record_line, "row without a term");
      continue;
    }
    if (fields.size() > entry_of.size())
      report.add(record_line, "more cells than header columns; the extra ones are ignored");
    const std::string_view term = trim(fields[term_column]);
    entries.clear();
    for (std::size_t i = 0; i < fields.size() && i < entry_of.size(); ++i) {
      if (i == term_column || entry_of[i] == 0xFFFFFFFFu || trim(fields[i]).empty()) continue;
      entries.push_back(entry_of[i]);
    }
    if (entries.empty()) {
      report.add(record_line, "term \"" + std::string(term) + "\" is in no category");
      continue;
    }
    if (builder.attach_term(term, entries.data(), entries.size(), error))
      ++report.terms;
    else
      report.add(record_line, "term \"" + std::string(term) + "\": " + error);
  }
  return true;
}

}  // namespace feltline::lexicon
