// libFuzzer target: differential test of the word tokenizer's fast path
// against ICU alone (see core/src/text/fast_word_break.hpp). Any text, once
// cleaned to valid UTF-8, must give the same segments and rule statuses both ways.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "fuzz_check.hpp"
#include "text/input_cleanup.hpp"
#include "text/word_tokenizer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static feltline::text::WordTokenizer tokenizer;
  static std::vector<feltline::text::Segment> fast, icu;
  const auto clean = feltline::text::clean_input(feltline::fuzz::as_text(data, size));
  tokenizer.segment(clean.text, fast);
  tokenizer.segment_with_icu(clean.text, icu);
  FUZZ_CHECK(fast == icu, "the tokenizer's segments differ from ICU's");
  return 0;
}
