// The annotated splits a trainer (train-hypothetical, train-mention-filter) is
// given on its command line: read once here so both trainers refuse and report
// the same way.
#pragma once

#include <string>
#include <vector>

namespace feltline::eval {

/// One annotated split folder: its name ("heldout12") and its transcript files.
struct TrainingSplit {
  std::string name;
  std::vector<std::string> files;
};

/// heldout43-46 and heldout55 on: never studied, the lead's blind test of the rules
/// and of the learned models, so the trainers never read them. Move it only once the
/// lead has scored the next splits.
bool is_blind_split(const std::string& name);

/// heldout18..heldout22: the five newest writers the trainers were fitted on; their
/// cross-validation prints these apart, the nearest thing to a new writer they have.
bool is_newest_writer(const std::string& name);

/// The split folders in `paths`, in order. On an empty folder, or a blind split
/// when `refuse_blind`, says so on stderr as `tool` and returns false.
bool read_training_splits(const std::vector<std::string>& paths, const char* tool, bool refuse_blind,
                          std::vector<TrainingSplit>& out);

}  // namespace feltline::eval
