// Compiles the dictionaries a person brings (options "lexicons") and keeps the
// last few compiled, so the web page re-analysing as the person types does not
// rebuild a big dictionary each time. Thread-safe.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lexicon/lexicon_model.hpp"
#include "lexicon/load_report.hpp"

namespace feltline::lexicon {

struct CustomLexicon {
  std::string name;    // as given in the options; the mentions' "dictionary"
  std::string format;  // "dic", "dicx" or "json"
  Lexicon lexicon;
  LoadReport report;
  bool usable = false;
};

/// The compiled form of one dictionary (cached by name, format and content).
std::shared_ptr<const CustomLexicon> compile_custom_lexicon(const std::string& name,
                                                            const std::string& format,
                                                            const std::string& content);

}  // namespace feltline::lexicon
