// An invariant a fuzz target checks on every input: when it fails, the input
// is a finding (libFuzzer saves it) and the message says which invariant broke.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#define FUZZ_CHECK(condition, message)                                                    \
  do {                                                                                    \
    if (!(condition)) {                                                                   \
      std::fprintf(stderr, "fuzz invariant failed at %s:%d: %s\n", __FILE__, __LINE__, message); \
      std::abort();                                                                       \
    }                                                                                     \
  } while (0)

namespace feltline::fuzz {

/// The input as text.
inline std::string_view as_text(const unsigned char* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Calls `check(document, is_last)` with each JSON document of an analysis's
/// output: the one document (compact or pretty), or each line of a corpus.
/// A line that is not JSON is a finding.
template <class Json, class Check>
void for_each_output_document(const std::string& output, Check&& check) {
  const Json whole = Json::parse(output, nullptr, false);
  if (!whole.is_discarded()) {
    check(whole, true);
    return;
  }
  std::size_t start = 0;
  while (start < output.size()) {
    const std::size_t end = output.find('\n', start);
    const Json line = Json::parse(output.substr(start, end - start), nullptr, false);
    FUZZ_CHECK(!line.is_discarded(), "an output line is not valid JSON");
    start = end == std::string::npos ? end : end + 1;
    check(line, start >= output.size());
  }
}

}  // namespace feltline::fuzz
