#include "training_splits.hpp"

#include <iostream>

#include "annotated_run.hpp"

namespace feltline::eval {

namespace {

// The number of a "heldoutN" split; 0 for any other name ("dev", "heldout").
unsigned long heldout_number(const std::string& name) {
  const std::string prefix = "heldout";
  if (name.compare(0, prefix.size(), prefix) != 0 || name.size() == prefix.size()) return 0;
  const std::string number = name.substr(prefix.size());
  if (number.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::stoul(number);
}

}  // namespace

// Never studied, scored only by the lead (tests/eval/README.md, "What is studied and what is
// blind"): heldout43-46 and every split from heldout59 on.
bool is_blind_split(const std::string& name) {
  const unsigned long n = heldout_number(name);
  return (n >= 43 && n <= 46) || n >= 59;
}

bool is_newest_writer(const std::string& name) {
  const unsigned long n = heldout_number(name);
  return n >= 18 && n <= 22;
}

bool read_training_splits(const std::vector<std::string>& paths, const char* tool, bool refuse_blind,
                          std::vector<TrainingSplit>& out) {
  for (const auto& path : paths) {
    TrainingSplit split;
    split.name = base_name(path);
    if (refuse_blind && is_blind_split(split.name)) {
      std::cerr << tool << ": " << split.name << " is a blind split, scored only by the lead; not read\n";
      return false;
    }
    split.files = files_in(path);
    if (split.files.empty()) {
      std::cerr << tool << ": nothing to read in " << path << "\n";
      return false;
    }
    out.push_back(std::move(split));
  }
  return true;
}

}  // namespace feltline::eval
