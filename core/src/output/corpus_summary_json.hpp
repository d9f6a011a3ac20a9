// The corpus summary line that ends the JSON Lines output of a corpus:
//   {"schema": "feltline/1", "corpus_summary": {...}}
// (figures defined in docs/metrics.md, "Corpus summary").
#pragma once

#include <string>

#include "analyse/statistics/corpus_summary.hpp"

namespace feltline::output {

/// One compact JSON document, no trailing newline.
std::string corpus_summary_json(const analyse::CorpusFigures& figures);

}  // namespace feltline::output
