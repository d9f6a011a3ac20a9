#include "text/word_tokenizer.hpp"

#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "data/embedded_data.hpp"

namespace feltline::text {

struct WordTokenizer::Impl {
  std::unique_ptr<icu::RuleBasedBreakIterator> breaker;
  UText* utext = nullptr;
};

namespace {

// genbrk writes an ICU data header before the binary rules; the constructor
// from compiled rules wants what follows it. The header starts with its own
// size (uint16) and the magic bytes 0xDA 0x27.
std::unique_ptr<icu::RuleBasedBreakIterator> make_word_breaker() {
  const auto* bytes = reinterpret_cast<const uint8_t*>(data::kWordBreakRules.data());
  const std::size_t size = data::kWordBreakRules.size();
  if (size < 4 || bytes[2] != 0xDA || bytes[3] != 0x27) std::abort();
  uint16_t header_size;
  std::memcpy(&header_size, bytes, sizeof header_size);  // little-endian on both hosts
  if (header_size >= size) std::abort();
  UErrorCode status = U_ZERO_ERROR;
  auto breaker = std::make_unique<icu::RuleBasedBreakIterator>(
      bytes + header_size, static_cast<uint32_t>(size - header_size), status);
  if (U_FAILURE(status)) std::abort();  // a build problem; tests catch it
  return breaker;
}

}  // namespace

WordTokenizer::WordTokenizer() : impl_(std::make_unique<Impl>()) { impl_->breaker = make_word_breaker(); }

WordTokenizer::~WordTokenizer() {
  if (impl_->utext) utext_close(impl_->utext);
}

namespace {

bool is_space_segment(std::string_view s) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (!u_isspace(c)) return false;
  }
  return true;
}

}  // namespace

void WordTokenizer::tokenize(std::string_view utf8, std::vector<Token>& out) {
  out.clear();
  if (utf8.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  impl_->utext = utext_openUTF8(impl_->utext, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return;
  icu::RuleBasedBreakIterator& bi = *impl_->breaker;
  bi.setText(impl_->utext, status);
  if (U_FAILURE(status)) return;

  int32_t begin = bi.first();
  for (int32_t end = bi.next(); end != icu::BreakIterator::DONE; begin = end, end = bi.next()) {
    const int32_t rule = bi.getRuleStatus();
    Token t{static_cast<uint32_t>(begin), static_cast<uint32_t>(end), TokenType::punctuation};
    if (rule >= UBRK_WORD_LETTER) {
      t.type = TokenType::word;
    } else if (rule >= UBRK_WORD_NUMBER) {
      t.type = TokenType::number;
    } else if (is_space_segment(utf8.substr(begin, end - begin))) {
      continue;
    }
    out.push_back(t);
  }
}

}  // namespace feltline::text
