// Loaders for the dictionaries a person brings (docs/lexicon.md#custom-dictionaries):
// LIWC-style .dic, LIWC-22 .dicx (CSV), and the project's JSON format. Every hit of
// these becomes a mention of kind "custom" with the dictionary's name and the
// category. Malformed lines are reported and skipped, never fatal.
#pragma once

#include <string>

#include "lexicon/lexicon_builder.hpp"
#include "lexicon/lexicon_model.hpp"
#include "lexicon/load_report.hpp"

namespace feltline::lexicon {

/// LIWC .dic: a header of numbered categories between two '%' lines, then
/// one term per line followed by its category numbers ("sad*<TAB>2 5").
/// A term may hold spaces when a tab separates it from the numbers.
bool load_liwc_dic(const std::string& text, Lexicon& lexicon, LexiconBuilder& builder, LoadReport& report);

/// LIWC-22 .dicx: CSV whose first row is "DicTerm" followed by category
/// names; a non-empty cell ("X") puts the row's term in that category.
bool load_dicx(const std::string& text, Lexicon& lexicon, LexiconBuilder& builder, LoadReport& report);

}  // namespace feltline::lexicon
