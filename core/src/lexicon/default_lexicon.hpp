// The default lexicon: core/data/lexicon/*.json, compiled in and built once
// per process on first use (a few milliseconds).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lexicon/contractions.hpp"
#include "lexicon/inflection.hpp"
#include "lexicon/lexicon_model.hpp"
#include "lexicon/word_lists.hpp"

namespace feltline::lexicon {

struct DefaultLexicon {
  Lexicon lexicon;
  Contractions contractions;
  IrregularForms irregular;
  WordLists word_lists;  // the rules' cue-word lists (cue_words.json)

  int negation_window = 8;                     // words a negation reaches (context_cues.json)
  std::vector<double> rating_scales;           // scales a bare "N/M" may use (ratings.json)
  std::map<std::string, double> named_scales;  // "suds" -> 100
  int rating_window_turns = 2;                 // turns a stated scale stays in force

  std::uint16_t unspecified = kNoLabel;  // the "unspecified" region label
  std::uint16_t whole_body = kNoLabel;
  std::vector<std::string> problems;  // problems in the compiled-in data (a test keeps this empty)
};

/// The process-wide default lexicon.
const DefaultLexicon& default_lexicon();

/// Cue-set names, as they appear in a mention's "cues" ("negation:not").
const char* cue_set_name(EntryKind kind);

}  // namespace feltline::lexicon
