// Loads the project's JSON lexicon format (docs/lexicon.md#json-format):
//
//   {"format": "feltline-lexicon/1", "name": "my-words", "kind": "emotion",
//    "categories": {"anxiety": ["anxious:a", ["worry:v", "worries"]],
//                   "calm":    {"terms": ["calm:a"], "frame": ["settled"]}}}
//
// A category is a list of terms (each a string, a list of related forms, or an
// object with overrides), or an object with the lists "terms", "frame", "feel"
// and "body" and the keys "region", "regions". The default lexicon files use
// the keys "qualities" and "regions" for the same structure.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "lexicon/lexicon_builder.hpp"
#include "lexicon/lexicon_model.hpp"
#include "lexicon/load_report.hpp"

namespace feltline::lexicon {

/// Adds the terms of `text` to `builder`. With `force_custom`, every term
/// becomes a custom-dictionary entry whatever "kind" says (user files);
/// otherwise the file's "kind" decides. Problems are reported, never fatal;
/// returns false only when nothing could be read.
bool load_json_lexicon(const std::string& text, bool force_custom, Lexicon& lexicon, LexiconBuilder& builder,
                       LoadReport& report);

/// The same, for a document already read (the default lexicon's packed files).
/// `text` is the JSON the problems' line numbers are looked up in; empty, they are 0.
bool load_json_lexicon_document(const nlohmann::ordered_json& doc, const std::string& text, bool force_custom,
                                Lexicon& lexicon, LexiconBuilder& builder, LoadReport& report);

}  // namespace feltline::lexicon
