// Serialises one analysed transcript as the "feltline/1" JSON document.
// Offsets are written as UTF-16 code units into each turn's text.
#pragma once

#include <functional>
#include <string>

#include "feltline/transcript.hpp"

namespace feltline::output {

/// One JSON document without a trailing newline; `pretty` indents by 2.
std::string to_json(const Transcript& transcript, bool pretty);

/// Called with the output written so far, which it takes away (and clears).
using OutputFlush = std::function<void(std::string& written)>;

/// The same, appended to `out` (no copy of a large document). With `flush`,
/// `out` is handed to it whenever it holds at least kFlushBytes, between
/// turns, so only about that much of the document is in memory at once.
void append_json(const Transcript& transcript, bool pretty, std::string& out, const OutputFlush* flush = nullptr);

/// How much output append_json gathers before handing it to its flush.
inline constexpr std::size_t kFlushBytes = std::size_t{1} << 20;

}  // namespace feltline::output
