// The mentions as CSV (`--csv mentions`, options "output": "mentions_csv"):
// one row per mention, columns documented in docs/metrics.md ("CSV output").
#pragma once

#include <string>

#include "feltline/transcript.hpp"

namespace feltline::output {

/// Appends the header row.
void append_mentions_csv_header(std::string& out);
/// Appends one row per mention of `transcript`, in turn order.
void append_mentions_csv(const Transcript& transcript, std::string& out);

}  // namespace feltline::output
