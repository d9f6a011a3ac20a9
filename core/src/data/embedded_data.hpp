// The data files under core/data/, compiled in by cmake/embed_file.cmake.
#pragma once

#include <string_view>

namespace feltline::data {
extern const std::string_view kRolesJson;        // core/data/roles.json
extern const std::string_view kQuestionCuesJson;       // core/data/question_cues.json
extern const std::string_view kFirstPersonWordsJson;   // core/data/first_person_words.json
extern const std::string_view kWordBreakRules;   // core/data/word_break_rules.txt, compiled by genbrk
}  // namespace feltline::data
