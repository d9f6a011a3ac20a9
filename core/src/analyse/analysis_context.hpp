// Per-thread state the analysers share (the ICU word breaker is costly to
// create and not thread-safe, so each thread keeps one).
#pragma once

#include <string>
#include <vector>

#include "analyse/mention_finder.hpp"
#include "text/word_tokenizer.hpp"

namespace feltline::analyse {

struct AnalysisContext {
  text::WordTokenizer tokenizer;
  std::vector<text::Token> tokens;  // scratch buffer
  MentionFinder mentions;           // keeps its per-turn buffers between calls

  /// This thread's context.
  static AnalysisContext& for_this_thread();
};

}  // namespace feltline::analyse
