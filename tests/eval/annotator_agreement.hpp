// Agreement between two annotators of the same transcript: the second one's
// mentions are scored against the first one's exactly as Feltline's are
// (mention_scoring.hpp), and Cohen's kappa is given for each flag on the
// mentions both annotated. Two careful annotators following one guideline set
// the ceiling a mention finder can be expected to reach.
#pragma once

#include <string>

#include "annotated_transcript.hpp"
#include "mention_scoring.hpp"

namespace feltline::eval {

// Cohen's kappa of a flag over the mentions found by both sides.
double flag_kappa(const FlagCounts& f);

struct Agreement {
  Scores scores;       // the second annotator's mentions against the first one's
  std::string error;   // set when the two transcripts are not the same text
};

// Both transcripts must hold the same text once their markup is removed.
Agreement compare_annotations(const AnnotatedTranscript& first, const AnnotatedTranscript& second);

}  // namespace feltline::eval
