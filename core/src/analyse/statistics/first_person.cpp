#include "analyse/statistics/first_person.hpp"

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "data/embedded_data.hpp"
#include "lexicon/json_document.hpp"
#include "text/case_fold.hpp"

namespace feltline::analyse {

const FirstPersonWords& FirstPersonWords::defaults() {
  static const FirstPersonWords instance = [] {
    FirstPersonWords w;
    if (!w.load(data::kFirstPersonWordsJson)) std::abort();  // compiled-in data; a test guards it
    return w;
  }();
  return instance;
}

bool FirstPersonWords::load(std::string_view json) {
  nlohmann::ordered_json doc;
  if (!lexicon::parse_json_document(json, doc) || !doc.is_object()) return false;
  auto it = doc.find("words");
  if (it == doc.end() || !it->is_array()) return false;
  std::unordered_set<std::string> words;
  std::string folded;
  for (const auto& w : *it) {
    if (!w.is_string()) return false;
    text::fold_for_matching(w.get_ref<const std::string&>(), folded);
    words.insert(folded);
  }
  words_ = std::move(words);
  return true;
}

}  // namespace feltline::analyse
