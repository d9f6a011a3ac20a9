#include "parse/labelled_text_parser.hpp"

#include <map>
#include <string>

#include "lexicon/role_words.hpp"
#include "parse/line_splitter.hpp"
#include "parse/turn_text_builder.hpp"
#include "text/case_fold.hpp"

namespace feltline::parse {
namespace {

constexpr std::size_t kMaxLabelBytes = 60;
constexpr int kMaxLabelWords = 6;

bool is_ascii_letter(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Characters that end sentences or open quotes do not occur in speaker names.
bool is_forbidden_in_name(unsigned char c) {
  switch (c) {
    case '?': case '!': case ';': case '"': case '<': case '>': case '{': case '}':
    case '[': case ']': case '|': case '=': case '/': case '\\': case '*': case '`':
      return true;
    default:
      return false;
  }
}

std::string label_key(std::string_view name) {
  std::string key;
  text::fold_for_matching(name, key);
  return key;
}

}  // namespace

std::optional<LabelMatch> match_label(std::string_view line) {
  std::string_view s = trim(line);
  bool bold = false;
  if (s.substr(0, 2) == "**") {
    bold = true;
    s.remove_prefix(2);
  }
  std::size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > kMaxLabelBytes) return std::nullopt;
  std::string_view name = s.substr(0, colon);
  std::string_view rest = s.substr(colon + 1);
  if (bold) {
    // **Name:** text   or   **Name**: text
    if (rest.substr(0, 2) == "**") {
      rest.remove_prefix(2);
    } else if (name.size() >= 2 && name.substr(name.size() - 2) == "**") {
      name.remove_suffix(2);
    } else {
      return std::nullopt;
    }
  }
  if (!rest.empty() && rest.front() == '/') return std::nullopt;  // http://...
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  if (!rest.empty() && is_digit(rest.front()) && is_digit(name.back())) return std::nullopt;  // 10:30
  name = trim(name);
  if (name.empty()) return std::nullopt;
  auto first = static_cast<unsigned char>(name.front());
  if (!(is_ascii_letter(first) || first >= 0x80)) return std::nullopt;
  int words = 1;
  for (unsigned char c : name) {
    if (is_forbidden_in_name(c)) return std::nullopt;
    if (c == ' ') ++words;
  }
  if (words > kMaxLabelWords) return std::nullopt;
  return LabelMatch{name, trim(rest)};
}

ParsedDocument parse_labelled_text(std::string_view text) {
  ParsedDocument doc;
  doc.format = "labelled_text";
  const auto lines = split_lines(text);
  const auto& roles = lexicon::RoleWords::defaults();

  // Pass 1: how often each candidate label starts a line.
  std::map<std::string, int> starts;
  for (const auto& line : lines)
    if (auto m = match_label(line.text)) ++starts[label_key(m->name)];
  auto is_speaker_label = [&](std::string_view name) {
    auto it = starts.find(label_key(name));
    return (it != starts.end() && it->second >= 2) || roles.is_role_word(name);
  };

  // Pass 2: label lines open turns; every other line continues the current one.
  ParsedDialogue dialogue;
  TurnTextBuilder current;
  bool any_label = false;
  for (const auto& line : lines) {
    auto m = match_label(line.text);
    if (m && is_speaker_label(m->name)) {
      any_label = true;
      current.finish_into(dialogue.turns);
      current.start(std::string(m->name), line.number);
      current.add_line(m->rest);
    } else {
      if (!current.started()) {
        if (is_blank(line.text)) continue;
        current.start(std::nullopt, line.number);  // text before the first label
      }
      current.add_line(line.text);
    }
  }
  current.finish_into(dialogue.turns);
  if (any_label) doc.dialogues.push_back(std::move(dialogue));
  return doc;
}

}  // namespace feltline::parse
