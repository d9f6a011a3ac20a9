// Streaming a JSON Lines corpus through the core: `feltline analyze - --jobs N`.
//
// One dialogue per input line in, one analysis per line out, in input order,
// whatever order the workers finish in. A bounded, ordered pipeline: a reader
// thread, N worker threads (each with its own ICU tokenizer, through the
// core's per-thread AnalysisContext) and the writer (the calling thread). At
// most `window` lines are read ahead of the last one written, so memory is
// bounded by the largest dialogues, not by the corpus.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

#include "feltline/corpus_stream.hpp"

namespace feltline::cli {

struct StreamReport {
  std::size_t lines = 0;      // non-blank input lines
  std::size_t analysed = 0;   // lines that gave an analysis
  std::size_t skipped = 0;    // lines that gave none (each reported on `errors`)
};

/// Analyses one line (1-based `line_number`); must be safe to call from several threads.
using LineAnalyser = std::function<CorpusLine(std::string_view line, int line_number)>;
/// Called by the writer, in input order, for each usable line after its text is written.
using LineWritten = std::function<void(const CorpusLine& line)>;

/// Reads `in` to its end. `jobs` >= 1 worker threads; `window` lines in flight
/// at most (0: 4 per job).
StreamReport stream_corpus(std::istream& in, std::ostream& out, std::ostream& errors, const LineAnalyser& analyse,
                           unsigned jobs, std::size_t window = 0, const LineWritten& written = {});

}  // namespace feltline::cli
