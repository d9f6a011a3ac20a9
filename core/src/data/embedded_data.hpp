// The data files under core/data/, compiled in by cmake/embed_file.cmake.
#pragma once

#include <string_view>

namespace feltline::data {
extern const std::string_view kRolesJson;        // core/data/roles.json
extern const std::string_view kTranscriptFieldsJson;  // core/data/transcript_fields.json
extern const std::string_view kArtefactCuesJson;     // core/data/artefact_cues.json
extern const std::string_view kQuestionCuesJson;       // core/data/question_cues.json
extern const std::string_view kFirstPersonWordsJson;   // core/data/first_person_words.json
extern const std::string_view kCharClassTable;   // core/data/char_classes.ucpt (core/tools/char_class_table_gen.cpp)
extern const std::string_view kWordBreakRules;   // core/data/word_break_rules.txt, compiled by genbrk
// The default lexicon (docs/lexicon.md), core/data/lexicon/*.json packed by
// core/tools/json_pack.cpp (lexicon/packed_json.hpp)
extern const std::string_view kLexiconEmotions;
extern const std::string_view kLexiconSensations;
extern const std::string_view kLexiconBodyRegions;
extern const std::string_view kLexiconAnalytic;
extern const std::string_view kLexiconNotMentions;
extern const std::string_view kLexiconContextCues;
extern const std::string_view kLexiconWordClasses;
extern const std::string_view kLexiconRatings;
extern const std::string_view kLexiconInflections;
extern const std::string_view kLexiconCueWords;
extern const std::string_view kHypotheticalModelJson;  // core/data/model/hypothetical.json (the learned hypothetical flag)
extern const std::string_view kMentionFilterModelJson;  // core/data/model/mention_filter.json (the learned mention filter)
}  // namespace feltline::data
