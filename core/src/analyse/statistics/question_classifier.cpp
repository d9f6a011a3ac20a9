#include "analyse/statistics/question_classifier.hpp"

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "data/embedded_data.hpp"
#include "text/case_fold.hpp"

namespace feltline::analyse {
namespace {

// A phrase word matches the same word, or its contraction ("what" ~ "what's").
bool word_matches(std::string_view token, std::string_view word) {
  if (token == word) return true;
  return token.size() > word.size() && token.compare(0, word.size(), word) == 0 && token[word.size()] == '\'';
}

bool read_phrases(const nlohmann::ordered_json& doc, const char* key, std::vector<std::vector<std::string>>& out) {
  auto it = doc.find(key);
  if (it == doc.end() || !it->is_array()) return false;
  std::string folded;
  for (const auto& entry : *it) {
    if (!entry.is_string()) return false;
    std::vector<std::string> words;
    const std::string& s = entry.get_ref<const std::string&>();
    std::size_t pos = 0;
    while (pos < s.size()) {
      std::size_t space = s.find(' ', pos);
      if (space == std::string::npos) space = s.size();
      if (space > pos) {
        text::fold_for_matching(std::string_view(s).substr(pos, space - pos), folded);
        words.push_back(folded);
      }
      pos = space + 1;
    }
    if (!words.empty()) out.push_back(std::move(words));
  }
  return true;
}

}  // namespace

const QuestionClassifier& QuestionClassifier::defaults() {
  static const QuestionClassifier instance = [] {
    QuestionClassifier c;
    if (!c.load(data::kQuestionCuesJson)) std::abort();  // compiled-in data; a test guards it
    return c;
  }();
  return instance;
}

bool QuestionClassifier::load(std::string_view json) {
  auto doc = nlohmann::ordered_json::parse(json.begin(), json.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return false;
  QuestionClassifier c;
  if (!read_phrases(doc, "fillers", c.fillers_) || !read_phrases(doc, "closed_phrases", c.closed_) ||
      !read_phrases(doc, "open_phrases", c.open_) || !read_phrases(doc, "open_requests", c.requests_))
    return false;
  auto marks = doc.find("clause_marks");
  if (marks == doc.end() || !marks->is_array()) return false;
  for (const auto& m : *marks) {
    if (!m.is_string()) return false;
    c.clause_marks_.push_back(m.get<std::string>());
  }
  *this = std::move(c);
  return true;
}

std::size_t QuestionClassifier::match(const std::vector<Phrase>& phrases,
                                      const std::vector<std::string_view>& words, std::size_t pos) {
  std::size_t best = 0;
  for (const auto& phrase : phrases) {
    if (phrase.size() <= best || pos + phrase.size() > words.size()) continue;
    std::size_t k = 0;
    while (k < phrase.size() && word_matches(words[pos + k], phrase[k])) ++k;
    if (k == phrase.size()) best = k;
  }
  return best;
}

std::size_t QuestionClassifier::skip_fillers(const std::vector<std::string_view>& words,
                                             std::size_t pos) const {
  while (pos < words.size()) {
    if (is_clause_mark(words[pos])) {
      ++pos;  // "So, what ..." : a mark right after a filler does not start a new decision
      continue;
    }
    const std::size_t n = match(fillers_, words, pos);
    if (n == 0) break;
    pos += n;
  }
  return pos;
}

bool QuestionClassifier::is_clause_mark(std::string_view word) const {
  for (const auto& m : clause_marks_)
    if (word == m) return true;
  return false;
}

QuestionKind QuestionClassifier::classify(const std::vector<std::string_view>& words,
                                          bool question_mark) const {
  if (words.empty()) return QuestionKind::none;
  if (!question_mark) {
    const std::size_t start = skip_fillers(words, 0);
    return match(requests_, words, start) ? QuestionKind::open : QuestionKind::none;
  }
  // Clause starts: the sentence start and the word after each clause mark.
  for (std::size_t pos = 0; pos < words.size();) {
    const std::size_t start = skip_fillers(words, pos);
    if (match(closed_, words, start)) return QuestionKind::closed;
    if (match(open_, words, start)) return QuestionKind::open;
    std::size_t next = start;
    while (next < words.size() && !is_clause_mark(words[next])) ++next;
    pos = next + 1;
  }
  return QuestionKind::closed;
}

}  // namespace feltline::analyse
