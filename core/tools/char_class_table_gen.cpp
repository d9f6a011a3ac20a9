// Writes core/data/char_classes.ucpt: for every code point, what the core
// needs to know about it (word-break class of the fast path, white space,
// sentence-break class), asked of ICU once and stored as a serialized ICU
// UCPTrie. The core reads the trie (text/char_properties.cpp) instead of
// calling ICU's property API at run time, which keeps ICU's property tables
// (uchar, ucase, ubidi, NFC) out of the WebAssembly module.
//
//   feltline-char-class-table-gen OUTPUT      (make char-classes)
//
// The ctest char_class_table checks that the committed file is what this
// program writes with the machine's ICU.
#include <unicode/ucptrie.h>
#include <unicode/umutablecptrie.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "text/char_class_values.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUTPUT\n", argv[0]);
    return 2;
  }
  UErrorCode status = U_ZERO_ERROR;
  UMutableCPTrie* mutable_trie = umutablecptrie_open(0, 0, &status);
  for (UChar32 c = 0; c <= 0x10FFFF && U_SUCCESS(status); ++c)
    umutablecptrie_set(mutable_trie, c, feltline::text::char_class_values::compute(c), &status);
  UCPTrie* trie = umutablecptrie_buildImmutable(mutable_trie, UCPTRIE_TYPE_FAST, UCPTRIE_VALUE_BITS_16, &status);
  umutablecptrie_close(mutable_trie);
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "building the trie failed: %s\n", u_errorName(status));
    return 1;
  }
  const int32_t size = ucptrie_toBinary(trie, nullptr, 0, &status);
  status = U_ZERO_ERROR;  // the preflight reports U_BUFFER_OVERFLOW_ERROR
  std::vector<char> bytes(static_cast<std::size_t>(size));
  ucptrie_toBinary(trie, bytes.data(), size, &status);
  ucptrie_close(trie);
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "serializing the trie failed: %s\n", u_errorName(status));
    return 1;
  }
  std::FILE* out = std::fopen(argv[1], "wb");
  if (!out || std::fwrite(bytes.data(), 1, bytes.size(), out) != bytes.size() || std::fclose(out) != 0) {
    std::fprintf(stderr, "cannot write %s\n", argv[1]);
    return 1;
  }
  return 0;
}
