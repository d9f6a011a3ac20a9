#include "annotated_run.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
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

// How many times `needle` occurs in `text` before `limit`.
std::size_t count_occurrences_before(const std::string& text, const std::string& needle, std::size_t limit) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos && at < limit; at = text.find(needle, at + 1))
    ++n;
  return n;
}

// How many bytes before `a_at` in `a` and before `b_at` in `b` agree,
// reading backwards, up to `cap`.
std::size_t agreeing_before(const std::string& a, std::size_t a_at, const std::string& b, std::size_t b_at,
                            std::size_t cap) {
  std::size_t n = 0;
  while (n < cap && n < a_at && n < b_at && a[a_at - 1 - n] == b[b_at - 1 - n]) ++n;
  return n;
}

// How many bytes from `a_at` in `a` and from `b_at` in `b` agree, up to `cap`.
std::size_t agreeing_after(const std::string& a, std::size_t a_at, const std::string& b, std::size_t b_at,
                           std::size_t cap) {
  std::size_t n = 0;
  while (n < cap && a_at + n < a.size() && b_at + n < b.size() && a[a_at + n] == b[b_at + n]) ++n;
  return n;
}

// Where annotated words are in the turns' texts. The words' occurrence in the
// turns is the one whose surrounding text agrees longest with the input's
// around the annotation: counting occurrences alone goes wrong when text
// outside the turns holds the words (a chat's "content" keys before "I feel
// content"; a system prompt's "Encourage" before "rage"). On a tie (a line
// said twice), the k-th occurrence in the turns for the k-th in the input.
// Occurrences inside longer words count too: "unease—" is not a whole word to
// is_word_byte, and in a JSON input "\ntight" is a word "ntight".
std::size_t locate(const std::string& input, const std::string& joined, const std::string& words,
                   std::size_t begin) {
  if (words.empty()) return std::string::npos;
  constexpr std::size_t context = 64;
  const std::size_t k = count_occurrences_before(input, words, begin);
  std::size_t best = std::string::npos, best_agreement = 0, i = 0;
  for (std::size_t at = joined.find(words); at != std::string::npos; at = joined.find(words, at + 1), ++i) {
    const std::size_t agreement = agreeing_before(input, begin, joined, at, context) +
                                  agreeing_after(input, begin + words.size(), joined, at + words.size(), context);
    if (best == std::string::npos || agreement > best_agreement || (agreement == best_agreement && i == k)) {
      best = at;
      best_agreement = agreement;
    }
  }
  return best;
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
