#include <charconv>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/custom_lexicon_loaders.hpp"

namespace feltline::lexicon {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

// Calls f(field) for each run of non-blank characters.
template <typename F>
void for_each_field(std::string_view s, F&& f) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) f(s.substr(i, j - i));
    i = j;
  }
}

}  // namespace

bool load_liwc_dic(const std::string& text, Lexicon& lexicon, LexiconBuilder& builder, LoadReport& report) {
  std::string_view all(text);
  if (all.substr(0, 3) == "\xEF\xBB\xBF") all.remove_prefix(3);
  std::unordered_map<int, std::uint32_t> entry_of;  // category number -> shared entry
  int section = 0;                                  // 0 before the header, 1 in it, 2 after
  int line_number = 0;
  std::string error;
  std::vector<std::uint32_t> entries;
  std::size_t pos = 0;
  while (pos <= all.size()) {
    std::size_t end = all.find('\n', pos);
    if (end == std::string_view::npos) end = all.size();
    const std::string_view raw = all.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    const std::string_view line = trim(raw);
    if (line.empty()) {
      if (end == all.size()) break;
      continue;
    }
    if (line[0] == '%') {
      if (section < 2)
        ++section;
      else
        report.add(line_number, "a third '%' line; ignored");
      continue;
    }
    if (section == 0) {
      report.add(line_number, "text before the '%' header line; a .dic file starts with '%'");
      section = -1;  // report once
      continue;
    }
    if (section == -1) continue;
    if (section == 1) {
      // "<number> <name> [more]"
      int number = 0;
      std::string_view name;
      int field = 0;
      for_each_field(line, [&](std::string_view f) {
        if (field == 0 && !parse_int(f, number)) number = -1;
        if (field == 1) name = f;
        ++field;
      });
      if (number < 0 || name.empty()) {
        report.add(line_number, "header line is not '<number> <category name>'");
        continue;
      }
      if (entry_of.count(number)) {
        report.add(line_number,
                   "category number " + std::to_string(number) + " declared twice; the first is kept");
        continue;
      }
      Entry e;
      e.kind = EntryKind::custom;
      e.label = lexicon.intern_label(name);
      entry_of[number] = lexicon.add_entry(e);
      ++report.categories;
      continue;
    }
    // Body: the term, then category numbers. A tab separates the term when it holds spaces.
    std::string_view term, numbers;
    if (auto tab = line.find('\t'); tab != std::string_view::npos) {
      term = trim(line.substr(0, tab));
      numbers = line.substr(tab + 1);
    } else if (auto space = line.find(' '); space != std::string_view::npos) {
      term = line.substr(0, space);
      numbers = line.substr(space + 1);
    } else {
      report.add(line_number, "term \"" + std::string(line) + "\" has no category numbers");
      continue;
    }
    bool bad_field = false;
    entries.clear();
    for_each_field(numbers, [&](std::string_view f) {
      int number = 0;
      if (!parse_int(f, number)) {
        bad_field = true;  // LIWC2007's conditional entries ("02 134)131/125") are not supported
        return;
      }
      auto it = entry_of.find(number);
      if (it == entry_of.end()) {
        report.add(line_number, "category " + std::to_string(number) + " is not in the header; ignored");
        return;
      }
      entries.push_back(it->second);
    });
    if (bad_field)
      report.add(line_number,
                 "unsupported field after \"" + std::string(term) + "\" (only category numbers are read)");
    if (entries.empty()) continue;
    if (builder.attach_term(term, entries.data(), entries.size(), error))
      ++report.terms;
    else
      report.add(line_number, "term \"" + std::string(term) + "\": " + error);
  }
  if (section < 2) {
    report.add(0, section <= 0 ? "no '%' header found: not a LIWC .dic file"
                               : "the header is not closed by a second '%' line");
    return report.terms > 0;
  }
  return true;
}

}  // namespace feltline::lexicon
