#include "parse/diagnostic_list.hpp"

namespace feltline::parse {

void DiagnosticList::add(const char* kind, Severity severity, std::string message, int line) {
  int& n = reported_[kind];
  if (n < max_per_kind_) {
    ++n;
    out_.push_back({severity, std::move(message), line});
    return;
  }
  Overflow& o = overflow_[kind];
  if (o.count++ == 0) {
    o.severity = severity;
    o.first_line = line;
  }
}

void DiagnosticList::flush() {
  for (const auto& [kind, o] : overflow_) {
    out_.push_back({o.severity,
                    std::to_string(o.count) + " more problem(s) like the ones above (" + kind +
                        "), from line " + std::to_string(o.first_line) + " on",
                    o.first_line});
  }
  overflow_.clear();
}

}  // namespace feltline::parse
