// An invariant a fuzz target checks on every input: when it fails, the input
// is a finding (libFuzzer saves it) and the message says which invariant broke.
#pragma once

#include <cstdio>
#include <cstdlib>
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

}  // namespace feltline::fuzz
