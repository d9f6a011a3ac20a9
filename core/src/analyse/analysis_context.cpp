#include "analyse/analysis_context.hpp"

namespace feltline::analyse {

AnalysisContext& AnalysisContext::for_this_thread() {
  thread_local AnalysisContext context;
  return context;
}

}  // namespace feltline::analyse
