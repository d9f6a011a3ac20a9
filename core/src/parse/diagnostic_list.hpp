// Collects a parser's diagnostics without flooding the person: each kind of
// problem is reported on its first few lines, then once more with a count.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "feltline/transcript.hpp"

namespace feltline::parse {

class DiagnosticList {
 public:
  explicit DiagnosticList(std::vector<Diagnostic>& out, int max_per_kind = 10)
      : out_(out), max_per_kind_(max_per_kind) {}
  ~DiagnosticList() { flush(); }
  DiagnosticList(const DiagnosticList&) = delete;
  DiagnosticList& operator=(const DiagnosticList&) = delete;

  /// Reports one problem of `kind` (a short stable name such as "bad_time").
  void add(const char* kind, Severity severity, std::string message, int line);
  /// Adds "... and N more" summaries for kinds that went over the limit.
  void flush();

 private:
  struct Overflow {
    Severity severity = Severity::info;
    int count = 0;
    int first_line = 0;
  };
  std::vector<Diagnostic>& out_;
  int max_per_kind_;
  std::map<std::string, int> reported_;
  std::map<std::string, Overflow> overflow_;
};

}  // namespace feltline::parse
