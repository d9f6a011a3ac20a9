#include "text/case_fold.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <cstdlib>

namespace feltline::text {
namespace {

const icu::Normalizer2& nfkc_casefold() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status) || !n) std::abort();  // the compiled-in ICU data is missing
    return n;
  }();
  return *instance;
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

void unify_apostrophes(std::string& s) {
  // U+2019 (E2 80 99), U+02BC (CA BC), U+FF07 (EF BC 87) -> '
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0 || s.compare(i, 3, "\xEF\xBC\x87") == 0) {
      out.push_back('\'');
      i += 3;
    } else if (s.compare(i, 2, "\xCA\xBC") == 0) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(s[i++]);
    }
  }
  s.swap(out);
}

}  // namespace

void fold_for_matching(std::string_view word, std::string& out) {
  out.clear();
  if (is_ascii(word)) {
    // NFKC_Casefold maps ASCII only by lowercasing A-Z.
    out.resize(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
      char c = word[i];
      out[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(&out);
  nfkc_casefold().normalizeUTF8(0, icu::StringPiece(word.data(), static_cast<int32_t>(word.size())), sink,
                                nullptr, status);
  if (U_FAILURE(status)) out.assign(word);
  unify_apostrophes(out);
}

}  // namespace feltline::text
