#include "lexicon/inflection.hpp"

#include <algorithm>

namespace feltline::lexicon {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool is_letter(char c) { return c >= 'a' && c <= 'z'; }

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// "sad", "throb", "upset": a final consonant after a single vowel.
bool doubles(std::string_view w) {
  if (w.size() < 3) return false;
  const char last = w[w.size() - 1], mid = w[w.size() - 2], before = w[w.size() - 3];
  if (!is_letter(last) || is_vowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
  return is_vowel(mid) && is_letter(before) && !is_vowel(before);
}

// Stem for a vowel suffix (-ed, -ing, -er, -est): "tense" -> "tens", "worry" -> "worri" (for -ed).
void add_vowel_suffix(std::string_view w, std::string_view suffix, std::vector<std::string>& out) {
  std::string base(w);
  if (ends_with(w, "ie") && suffix == "ing") {  // lie -> lying
    out.push_back(base.substr(0, base.size() - 2) + "ying");
    return;
  }
  if (ends_with(w, "e") && !ends_with(w, "ee") && w.size() > 2) {
    out.push_back(base.substr(0, base.size() - 1) + std::string(suffix));  // tense -> tensed, tensing
    return;
  }
  if (ends_with(w, "y") && w.size() > 1 && !is_vowel(w[w.size() - 2]) && suffix != "ing") {
    out.push_back(base.substr(0, base.size() - 1) + "i" + std::string(suffix));  // worry -> worried
    return;
  }
  if (ends_with(w, "ic") && suffix != "er" && suffix != "est") {
    out.push_back(base + "k" + std::string(suffix));  // panic -> panicked, panicking
  }
  out.push_back(base + std::string(suffix));
  if (doubles(w)) out.push_back(base + base.back() + std::string(suffix));  // throb -> throbbing
}

void add_s(std::string_view w, std::vector<std::string>& out) {
  std::string base(w);
  if (ends_with(w, "y") && w.size() > 1 && !is_vowel(w[w.size() - 2])) {
    out.push_back(base.substr(0, base.size() - 1) + "ies");
  } else if (ends_with(w, "s") || ends_with(w, "x") || ends_with(w, "z") || ends_with(w, "ch") ||
             ends_with(w, "sh")) {
    out.push_back(base + "es");
  } else {
    out.push_back(base + "s");
  }
}

void add_ly(std::string_view w, std::vector<std::string>& out) {
  std::string base(w);
  if (ends_with(w, "y") && w.size() > 1 && !is_vowel(w[w.size() - 2]))
    out.push_back(base.substr(0, base.size() - 1) + "ily");
  else if (ends_with(w, "le") && w.size() > 2 && !is_vowel(w[w.size() - 3]))
    out.push_back(base.substr(0, base.size() - 1) + "y");
  else if (ends_with(w, "ic"))
    out.push_back(base + "ally");
  else if (ends_with(w, "ll"))
    out.push_back(base + "y");
  else
    out.push_back(base + "ly");
}

void add_ness(std::string_view w, std::vector<std::string>& out) {
  std::string base(w);
  if (ends_with(w, "y") && w.size() > 1 && !is_vowel(w[w.size() - 2]))
    out.push_back(base.substr(0, base.size() - 1) + "iness");
  else
    out.push_back(base + "ness");
}

void add_listed(const std::map<std::string, std::vector<std::string>, std::less<>>& table, std::string_view w,
                std::vector<std::string>& out) {
  if (auto it = table.find(w); it != table.end()) out.insert(out.end(), it->second.begin(), it->second.end());
}

}  // namespace

void inflect(std::string_view word, char pos, const IrregularForms& irregular,
             std::vector<std::string>& out) {
  const std::size_t first = out.size();
  out.emplace_back(word);
  // Only plain lower-case words inflect; "e.g", "self-pity" and the like stay as written.
  const bool plain =
      !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return is_letter(c); });
  if (plain) {
    switch (pos) {
      case 'n':
        add_s(word, out);
        add_listed(irregular.nouns, word, out);
        break;
      case 'v':
        add_s(word, out);
        add_vowel_suffix(word, "ed", out);
        add_vowel_suffix(word, "ing", out);
        add_listed(irregular.verbs, word, out);
        break;
      case 'a':
        add_vowel_suffix(word, "er", out);
        add_vowel_suffix(word, "est", out);
        add_ly(word, out);
        add_ness(word, out);
        add_listed(irregular.adjectives, word, out);
        break;
      case 'c':
        add_vowel_suffix(word, "er", out);
        add_vowel_suffix(word, "est", out);
        add_listed(irregular.adjectives, word, out);
        break;
      default:
        break;
    }
  }
  // Drop duplicates ("hurt" lists "hurt" as its past) while keeping the base first.
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first) + 1, out.end());
  out.erase(std::unique(out.begin() + static_cast<std::ptrdiff_t>(first) + 1, out.end()), out.end());
  out.erase(std::remove(out.begin() + static_cast<std::ptrdiff_t>(first) + 1, out.end(), out[first]),
            out.end());
}

}  // namespace feltline::lexicon
