// Turn, speaker and session statistics (definitions in docs/metrics.md).
#pragma once

#include "analyse/analysis_context.hpp"
#include "feltline/transcript.hpp"

namespace feltline::analyse {

/// Fills turns[].stats, speakers[].stats and session from the turns.
void compute_statistics(Transcript& transcript, AnalysisContext& context);

}  // namespace feltline::analyse
