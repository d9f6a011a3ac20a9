#include "parse/artefact_cues.hpp"

#include <algorithm>
#include <cstdlib>

#include "data/embedded_data.hpp"
#include "parse/json_reader.hpp"

namespace feltline::parse {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

bool starts_with_cue(std::string_view lower, const std::vector<std::string>& prefixes) {
  for (const auto& p : prefixes) {
    // the first byte alone rules out nearly every prefix
    if (!p.empty() && (lower.empty() || lower[0] != p[0])) continue;
    if (lower.substr(0, p.size()) != p) continue;
    if (lower.size() == p.size()) return true;
    const char next = lower[p.size()];
    const char last = p.back();
    if (!((last >= 'a' && last <= 'z') || (last >= '0' && last <= '9')))
      return true;  // "note:" ends in punctuation
    if (!((next >= 'a' && next <= 'z') || (next >= '0' && next <= '9'))) return true;
  }
  return false;
}

const ArtefactCues& ArtefactCues::defaults() {
  static const ArtefactCues instance = [] {
    ArtefactCues cues;
    JsonRead read = read_json(data::kArtefactCuesJson);
    if (!read.ok) std::abort();  // compiled-in data; a test guards it
    const OrderedJson& doc = read.value;
    auto list = [&](const char* key, std::vector<std::string>& out) {
      for (const auto& w : doc[key]) out.push_back(ascii_lower(w.get<std::string>()));
    };
    list("note_openers", cues.note_openers);
    list("nonverbal", cues.nonverbal);
    list("generation_error_phrases", cues.error_phrases);
    list("error_openers", cues.error_openers);
    cues.nonverbal_max_words = doc["nonverbal_max_words"].get<int>();
    for (const auto& o : cues.error_openers) cues.longest_error_opener = std::max(cues.longest_error_opener, o.size());
    for (const auto* list : {&cues.nonverbal, &cues.note_openers})
      for (const auto& w : *list) cues.longest_inline_cue = std::max(cues.longest_inline_cue, w.size());
    return cues;
  }();
  return instance;
}

}  // namespace feltline::parse
