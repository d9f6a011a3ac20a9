#include "text/word_tokenizer.hpp"

#include <unicode/rbbi.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "data/embedded_data.hpp"
#include "text/char_properties.hpp"
#include "text/fast_word_break.hpp"

namespace feltline::text {

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

bool is_ascii_byte(char c) { return static_cast<unsigned char>(c) < 0x80; }

// First character at or after `from` (and before `to`) that the fast path
// leaves to ICU, or `to`. Plain ASCII is skipped eight bytes at a time.
std::size_t find_complex(const char* s, std::size_t from, std::size_t to) {
  std::size_t i = from;
  while (i < to) {
    if (i + 8 <= to) {
      std::uint64_t w;
      std::memcpy(&w, s + i, 8);
      if (!(w & 0x8080808080808080ull)) {
        i += 8;
        continue;
      }
    }
    if (is_ascii_byte(s[i])) {
      ++i;
      continue;
    }
    std::uint32_t length, cp;
    if (fast_word_break::class_at(s, static_cast<std::uint32_t>(i), length, cp) == fast_word_break::kComplex) return i;
    i += length;
  }
  return to;
}

// Text between two complex characters shorter than this goes to ICU with
// them: one longer ICU run is cheaper than many short ones.
constexpr std::size_t kMinFastStretch = 64;

}  // namespace

struct WordTokenizer::Impl {
  std::unique_ptr<icu::RuleBasedBreakIterator> breaker;
  UText* utext = nullptr;
  Impl() : breaker(make_word_breaker()) {}

  static bool is_space_segment(std::string_view s) {
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(s.size());
    while (i < n) {
      UChar32 c;
      U8_NEXT(s.data(), i, n, c);
      if (c < 0 || !char_properties::is_white_space(static_cast<std::uint32_t>(c))) return false;
    }
    return true;
  }

  // ICU's iterator over text[lo, hi); offsets reported relative to `text`.
  // emit(begin, end, rule_status)
  template <class Emit>
  void icu_segments(std::string_view text, std::size_t lo, std::size_t hi, Emit& emit) {
    UErrorCode status = U_ZERO_ERROR;
    utext = utext_openUTF8(utext, text.data() + lo, static_cast<int64_t>(hi - lo), &status);
    if (U_FAILURE(status)) return;
    icu::RuleBasedBreakIterator& bi = *breaker;
    bi.setText(utext, status);
    if (U_FAILURE(status)) return;
    const auto base = static_cast<uint32_t>(lo);
    int32_t begin = bi.first();
    for (int32_t end = bi.next(); end != icu::BreakIterator::DONE; begin = end, end = bi.next())
      emit(base + static_cast<uint32_t>(begin), base + static_cast<uint32_t>(end), bi.getRuleStatus());
  }

  // Every segment of `text`: stretches of simple characters by the fast path,
  // the rest by ICU, cut only at boundaries ICU always makes (is_hard_boundary).
  // emit(begin, end, rule_status, is_space)
  template <class Emit>
  void segments(std::string_view text, Emit&& emit) {
    const char* s = text.data();
    const std::size_t n = text.size();
    auto fast = [&](std::size_t lo, std::size_t hi) {
      fast_word_break::segment(text.substr(lo, hi - lo), [&](uint32_t b, uint32_t e, int32_t st, bool space) {
        emit(static_cast<uint32_t>(lo) + b, static_cast<uint32_t>(lo) + e, st, space);
      });
    };
    auto icu = [&](uint32_t b, uint32_t e, int32_t st) {
      emit(b, e, st, st < UBRK_WORD_NUMBER && is_space_segment(text.substr(b, e - b)));
    };
    // The first hard boundary after the complex character at j (or n).
    auto cut_after = [&](std::size_t j) {
      std::size_t k = j + 1;
      while (k < n && !(is_ascii_byte(s[k]) && is_ascii_byte(s[k - 1]) &&
                        fast_word_break::is_hard_boundary(s[k - 1], s[k])))
        ++k;
      return k;
    };
    std::size_t pos = 0;
    while (pos < n) {
      const std::size_t j = find_complex(s, pos, n);
      if (j == n) {
        fast(pos, n);
        break;
      }
      // Back from j to the last hard boundary (pos itself is one).
      std::size_t lo = j > pos ? j - 1 : pos;
      while (lo > pos && !(is_ascii_byte(s[lo - 1]) && is_ascii_byte(s[lo]) &&
                           fast_word_break::is_hard_boundary(s[lo - 1], s[lo])))
        --lo;
      std::size_t hi = cut_after(j);
      for (;;) {  // take in nearby complex characters too
        const std::size_t limit = std::min(n, hi + kMinFastStretch);
        const std::size_t next = find_complex(s, hi, limit);
        if (next >= limit) break;
        hi = cut_after(next);
      }
      if (lo > pos) fast(pos, lo);
      icu_segments(text, lo, hi, icu);
      pos = hi;
    }
  }
};

WordTokenizer::WordTokenizer() : impl_(std::make_unique<Impl>()) {}

WordTokenizer::~WordTokenizer() {
  if (impl_->utext) utext_close(impl_->utext);
}

void WordTokenizer::tokenize(std::string_view utf8, std::vector<Token>& out) {
  out.clear();
  out.reserve(utf8.size() / 4);  // about one token per 4-5 bytes of English; avoids regrowth
  impl_->segments(utf8, [&](uint32_t begin, uint32_t end, int32_t rule, bool space) {
    TokenType type = TokenType::punctuation;
    if (rule >= UBRK_WORD_LETTER) {
      type = TokenType::word;
    } else if (rule >= UBRK_WORD_NUMBER) {
      type = TokenType::number;
    } else if (space) {
      return;
    }
    out.push_back({begin, end, type});
  });
}

void WordTokenizer::segment(std::string_view utf8, std::vector<Segment>& out) {
  out.clear();
  impl_->segments(utf8, [&](uint32_t begin, uint32_t end, int32_t rule, bool) { out.push_back({begin, end, rule}); });
}

void WordTokenizer::segment_with_icu(std::string_view utf8, std::vector<Segment>& out) {
  out.clear();
  if (utf8.empty()) return;
  auto emit = [&](uint32_t begin, uint32_t end, int32_t rule) { out.push_back({begin, end, rule}); };
  impl_->icu_segments(utf8, 0, utf8.size(), emit);
}

}  // namespace feltline::text
