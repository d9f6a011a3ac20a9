// Runs Feltline on one annotated transcript (annotated_transcript.hpp) and
// places each annotation in the turns of the analysis, ready for score()
// (mention_scoring.hpp): what feltline-eval and train-hypothetical share.
#pragma once

#include <string>
#include <vector>

#include "mention_scoring.hpp"

namespace feltline::eval {

struct AnnotatedRun {
  std::string text;  // the transcript without its annotations
  std::vector<std::string> turns;  // the turns' texts as analysed
  std::vector<PredictedMention> predicted;  // emotion and sensation mentions
  std::vector<LocatedGold> gold;
  bool analysed = false;  // false when the file could not be read, parsed or analysed
};

/// Reads, analyses (options "{}") and places the annotations of `path`; problems go to
/// stderr. False on any problem (an annotation that is in no turn leaves `analysed` true).
bool run_annotated(const std::string& path, AnnotatedRun& out);

/// A file's bytes; false when it cannot be read.
bool read_file(const std::string& path, std::string& out);
/// The last part of a path, trailing slashes ignored ("tests/eval/dev/" -> "dev").
std::string base_name(std::string path);
/// The files of a directory (sorted, no dot files, no README.md), or the path itself.
std::vector<std::string> files_in(const std::string& path);

}  // namespace feltline::eval
