#include "annotated_run.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "feltline/analyze.hpp"

namespace feltline::eval {

using nlohmann::json;

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  out = s.str();
  return true;
}

std::string base_name(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path.substr(path.find_last_of('/') + 1);
}

std::vector<std::string> files_in(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return {};
  if (!S_ISDIR(st.st_mode)) return {path};
  std::vector<std::string> out;
  if (DIR* d = opendir(path.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string name = e->d_name;
      if (name.empty() || name[0] == '.' || name == "README.md") continue;
      out.push_back(path + "/" + name);
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}


namespace {

// Byte offset in `s` of UTF-16 offset `u`.
std::size_t byte_of_utf16(const std::string& s, std::size_t u) {
  std::size_t units = 0, i = 0;
  while (i < s.size() && units < u) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    units += len == 4 ? 2 : 1;
    i += len;
  }
  return i;
}

bool is_word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b >= 0x80 || std::isalnum(b) || c == '\'';
}

// The next occurrence of `needle` in `text` from `from`; with `whole_words`,
// only one not inside a longer word ("rage" is not in "Encourage").
std::size_t find_occurrence(const std::string& text, const std::string& needle, std::size_t from,
                            bool whole_words) {
  for (std::size_t at = text.find(needle, from); at != std::string::npos; at = text.find(needle, at + 1)) {
    if (!whole_words) return at;
    const std::size_t end = at + needle.size();
    const bool starts = at == 0 || !is_word_byte(text[at - 1]) || !is_word_byte(needle.front());
    const bool ends = end >= text.size() || !is_word_byte(text[end]) || !is_word_byte(needle.back());
    if (starts && ends) return at;
  }
  return std::string::npos;
}

std::size_t count_occurrences_before(const std::string& text, const std::string& needle, std::size_t limit,
                                     bool whole_words) {
  std::size_t n = 0;
  for (std::size_t at = find_occurrence(text, needle, 0, whole_words); at != std::string::npos && at < limit;
       at = find_occurrence(text, needle, at + 1, whole_words))
    ++n;
  return n;
}

// Where annotated words are in the turns' texts: the k-th occurrence of the
// words in the input is the k-th in the turns. When text outside the turns
// (a chat's system prompt: "Encourage") holds the words inside a longer word
// and so shifts the count of "rage" past the turns, whole words are counted
// instead. (Not whole words first: in a JSON input "\ntight" is a word "ntight".)
std::size_t locate(const std::string& input, const std::string& joined, const std::string& words,
                   std::size_t begin) {
  if (words.empty()) return std::string::npos;
  for (bool whole_words : {false, true}) {
    std::size_t k = count_occurrences_before(input, words, begin, whole_words);
    std::size_t at = find_occurrence(joined, words, 0, whole_words);
    while (at != std::string::npos && k > 0) {
      at = find_occurrence(joined, words, at + 1, whole_words);
      --k;
    }
    if (at != std::string::npos) return at;
  }
  return std::string::npos;
}


}  // namespace

bool run_annotated(const std::string& path, AnnotatedRun& out) {
  std::string raw;
  if (!read_file(path, raw)) {
    std::cerr << path << ": cannot read\n";
    return false;
  }
  const auto annotated = read_annotated(raw);
  for (const auto& e : annotated.errors) std::cerr << path << ": " << e << "\n";
  if (!annotated.errors.empty()) return false;

  const auto r = feltline::analyze_text(annotated.text, "{}");
  out.text = annotated.text;
  if (!r.usable) {
    std::cerr << path << ": " << r.error << "\n";
    return false;
  }
  json doc = json::parse(r.json, nullptr, false);
  if (doc.is_discarded()) {
    std::cerr << path << ": the analysis is not JSON\n";
    return false;
  }
  auto& turns = out.turns;
  auto& predicted = out.predicted;
  for (const auto& t : doc["turns"]) {
    const std::string& text = t["text"].get_ref<const std::string&>();
    for (const auto& m : t["mentions"]) {
      const std::string kind = m["kind"];
      if (kind != "emotion" && kind != "sensation") continue;
      PredictedMention p;
      p.turn = turns.size();
      p.begin = byte_of_utf16(text, m["start"].get<std::size_t>());
      p.end = byte_of_utf16(text, m["end"].get<std::size_t>());
      p.kind = kind;
      p.label = kind == "emotion" ? m["category"].get<std::string>() : m["region"].get<std::string>();
      p.negated = m["negated"].get<bool>();
      p.hypothetical = m["hypothetical"].get<bool>();
      p.text = m["text"].get<std::string>();
      predicted.push_back(p);
    }
    turns.push_back(text);
  }

  // Place each annotation in its turn (locate()).
  std::string joined;
  std::vector<std::size_t> turn_start;
  for (const auto& t : turns) {
    turn_start.push_back(joined.size());
    joined += t;
    joined += '\x01';
  }
  auto& gold = out.gold;
  bool ok = true;
  for (const auto& g : annotated.gold) {
    const std::string words = annotated.text.substr(g.begin, g.end - g.begin);
    const std::size_t at = locate(annotated.text, joined, words, g.begin);
    if (at == std::string::npos) {
      std::cerr << path << ": line " << g.line << ": \"" << words << "\" is not in any turn\n";
      ok = false;
      continue;
    }
    LocatedGold lg;
    lg.gold = g;
    lg.turn = static_cast<std::size_t>(std::upper_bound(turn_start.begin(), turn_start.end(), at) -
                                       turn_start.begin()) -
              1;
    lg.begin = at - turn_start[lg.turn];
    lg.end = lg.begin + words.size();
    gold.push_back(lg);
  }
  out.analysed = true;
  return ok;
}

}  // namespace feltline::eval
