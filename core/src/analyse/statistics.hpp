// Turn, speaker and session statistics (definitions in docs/metrics.md).
#pragma once

#include <memory>

#include "analyse/analysis_context.hpp"
#include "analyse/token_folding.hpp"
#include "feltline/transcript.hpp"

namespace feltline::analyse {

/// Fills turns[].stats, speakers[].stats and session from the turns
/// (tokenizing each turn itself; the pipeline uses StatisticsBuilder instead).
void compute_statistics(Transcript& transcript, AnalysisContext& context);

/// The same, one turn at a time while the mention finder walks the turns, so
/// that the statistics read the tokens it already made (no second
/// tokenization and folding of every turn).
class StatisticsBuilder {
 public:
  /// Resets the statistics of `transcript`, which must outlive the builder
  /// and keep its turns and speakers in place until finish().
  explicit StatisticsBuilder(Transcript& transcript);
  ~StatisticsBuilder();
  StatisticsBuilder(const StatisticsBuilder&) = delete;
  StatisticsBuilder& operator=(const StatisticsBuilder&) = delete;

  /// Turn `position` of the transcript, in order, once its mentions are final.
  void add_turn(std::size_t position, const FoldedTokens& tokens);
  /// Speaker and session figures, after the last turn.
  void finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace feltline::analyse
