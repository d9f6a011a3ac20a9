#include "analyse/statistics/question_classifier.hpp"

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "data/embedded_data.hpp"
#include "lexicon/json_document.hpp"
#include "text/byte_scan.hpp"
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
  nlohmann::ordered_json doc;
  if (!lexicon::parse_json_document(json, doc) || !doc.is_object()) return false;
  QuestionClassifier c;
  if (!read_phrases(doc, "fillers", c.fillers_.phrases) || !read_phrases(doc, "closed_phrases", c.closed_.phrases) ||
      !read_phrases(doc, "open_phrases", c.open_.phrases) || !read_phrases(doc, "open_requests", c.requests_.phrases))
    return false;
  auto marks = doc.find("clause_marks");
  if (marks == doc.end() || !marks->is_array()) return false;
  for (const auto& m : *marks) {
    if (!m.is_string()) return false;
    c.clause_marks_.push_back(m.get<std::string>());
    if (!c.clause_marks_.back().empty())
      c.clause_mark_first_byte_[static_cast<unsigned char>(c.clause_marks_.back()[0])] = true;
  }
  *this = std::move(c);
  for (PhraseList* list : {&fillers_, &closed_, &open_, &requests_}) list->index();
  return true;
}

void QuestionClassifier::PhraseList::index() {
  by_first_word.clear();
  for (std::size_t i = 0; i < phrases.size(); ++i) by_first_word.push_back(static_cast<std::uint32_t>(i));
  std::stable_sort(by_first_word.begin(), by_first_word.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return phrases[a].front() < phrases[b].front(); });
  firsts.clear();
  for (std::uint32_t k = 0; k < by_first_word.size(); ++k) {
    const std::string_view w = phrases[by_first_word[k]].front();
    if (firsts.empty() || firsts.back().word != w) firsts.push_back({std::string(w), k, k});
    firsts.back().end = k + 1;
  }
  std::uint32_t f = 0;
  for (std::size_t b = 0; b <= 256; ++b) {  // firsts are sorted, so each first byte's are one run
    while (f < firsts.size() && (firsts[f].word.empty() || static_cast<unsigned char>(firsts[f].word[0]) < b))
      ++f;
    firsts_from[b] = f;
  }
  std::fill(std::begin(first_byte), std::end(first_byte), false);
  for (const Phrase& phrase : phrases) {
    if (phrase.front().empty()) {
      std::fill(std::begin(first_byte), std::end(first_byte), true);
      break;
    }
    first_byte[static_cast<unsigned char>(phrase.front()[0])] = true;
  }
}

std::size_t QuestionClassifier::PhraseList::match(Words words, std::size_t pos) const {
  if (pos >= words.size()) return 0;
  const std::string_view token = words[pos];
  // Every first word tried below starts with the token's first byte.
  if (!token.empty() && !first_byte[static_cast<unsigned char>(token[0])]) return 0;
  std::size_t best = 0;
  // The phrase's first word is the token, or the token up to an apostrophe ("what's").
  auto try_first_word = [&](std::string_view first) {
    const FirstWord* fw = nullptr;
    const std::size_t from = first.empty() ? 0 : firsts_from[static_cast<unsigned char>(first[0])];
    const std::size_t to =
        first.empty() ? firsts.size() : firsts_from[static_cast<unsigned char>(first[0]) + 1];
    for (std::size_t f = from; f < to && !fw; ++f)
      if (text::same_bytes(firsts[f].word, first)) fw = &firsts[f];
    if (!fw) return;
    for (std::uint32_t j = fw->begin; j < fw->end; ++j) {
      const Phrase& phrase = phrases[by_first_word[j]];
      if (phrase.size() <= best || pos + phrase.size() > words.size()) continue;
      std::size_t k = 1;
      while (k < phrase.size() && word_matches(words[pos + k], phrase[k])) ++k;
      if (k == phrase.size()) best = k;
    }
  };
  try_first_word(token);
  for (std::size_t i = 1; i < token.size(); ++i)
    if (token[i] == '\'') try_first_word(token.substr(0, i));
  return best;
}

std::size_t QuestionClassifier::skip_fillers(Words words, std::size_t pos) const {
  while (pos < words.size()) {
    if (is_clause_mark(words[pos])) {
      ++pos;  // "So, what ..." : a mark right after a filler does not start a new decision
      continue;
    }
    const std::size_t n = fillers_.match(words, pos);
    if (n == 0) break;
    pos += n;
  }
  return pos;
}

bool QuestionClassifier::is_clause_mark(std::string_view word) const {
  if (word.empty() || !clause_mark_first_byte_[static_cast<unsigned char>(word[0])]) return false;
  for (const auto& m : clause_marks_)
    if (word == m) return true;
  return false;
}

QuestionKind QuestionClassifier::classify(Words words, bool question_mark) const {
  if (words.empty()) return QuestionKind::none;
  if (!question_mark) {
    const std::size_t start = skip_fillers(words, 0);
    return requests_.match(words, start) ? QuestionKind::open : QuestionKind::none;
  }
  // Clause starts: the sentence start and the word after each clause mark.
  for (std::size_t pos = 0; pos < words.size();) {
    const std::size_t start = skip_fillers(words, pos);
    if (closed_.match(words, start)) return QuestionKind::closed;
    if (open_.match(words, start)) return QuestionKind::open;
    std::size_t next = start;
    while (next < words.size() && !is_clause_mark(words[next])) ++next;
    pos = next + 1;
  }
  return QuestionKind::closed;
}

}  // namespace feltline::analyse
