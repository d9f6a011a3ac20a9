// Serialises one analysed transcript as the "feltline/1" JSON document.
// Offsets are written as UTF-16 code units into each turn's text.
#pragma once

#include <string>

#include "feltline/transcript.hpp"

namespace feltline::output {

/// One JSON document without a trailing newline; `pretty` indents by 2.
std::string to_json(const Transcript& transcript, bool pretty);

/// The same, appended to `out` (no copy of a large document).
void append_json(const Transcript& transcript, bool pretty, std::string& out);

}  // namespace feltline::output
