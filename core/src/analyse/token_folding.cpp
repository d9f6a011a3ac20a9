#include "analyse/token_folding.hpp"

#include <cstdint>
#include <cstring>

#include "analyse/statistics/token_estimate.hpp"
#include "text/case_fold.hpp"

namespace feltline::analyse {
namespace {

// Most words are ASCII, possibly with a typographic apostrophe ("I’m"); their
// NFKC_Casefold is ASCII lower-casing with ’ -> ' (what fold_for_matching
// returns for them), done here without ICU or a temporary string. Returns
// false for anything else, which then goes through ICU.
// Writes the fold of `s` at `o` (room for s.size() bytes) and returns its
// end, or nullptr when `s` needs ICU.
char* fold_common(std::string_view s, char* o) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      *o++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               static_cast<unsigned char>(s[i + 2]) == 0x99) {
      *o++ = '\'';
      i += 2;
    } else {
      return nullptr;
    }
  }
  return o;
}

// The same for a plain ASCII token, eight bytes at a time (most tokens are
// short words: one step): the eight bytes from `in` are read (`end` says how
// far the text goes) and written lower-cased at `o`, whose buffer has eight
// bytes of room past the token; bytes past the token are overwritten later.
// Returns the end of the token's fold, or nullptr when a byte of the token is
// not ASCII or the text ends too soon (then fold_common does it).
// `apostrophes` gets the token's count of '\'' (for the token estimate).
char* fold_ascii_wide(const char* in, std::size_t len, const char* end, char* o, std::uint32_t& apostrophes) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  constexpr std::uint64_t kHigh = 0x8080808080808080ull, kLow7 = 0x7f7f7f7f7f7f7f7full;
  std::uint64_t count = 0;
  for (std::size_t i = 0; i < len; i += 8) {
    if (end - (in + i) < 8) return nullptr;
    std::uint64_t x;
    std::memcpy(&x, in + i, 8);
    const std::size_t left = len - i;
    const std::uint64_t mine = left >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * left)) - 1;
    if (x & mine & kHigh) return nullptr;
    count += token_estimate_detail::apostrophes(x & mine);
    // per byte (no carries: each is below 0x80): the high bit set from 'A' on, and past 'Z'
    const std::uint64_t h = x & kLow7;
    const std::uint64_t upper = (h + 0x3f3f3f3f3f3f3f3full) & ~(h + 0x2525252525252525ull) & kHigh;
    x |= upper >> 2;  // + 0x20
    std::memcpy(o + i, &x, 8);
  }
  apostrophes = static_cast<std::uint32_t>(count);
  return o + len;
#else
  (void)in, (void)len, (void)end, (void)o, (void)apostrophes;
  return nullptr;
#endif
}

}  // namespace

std::uint32_t fold_tokens(std::string_view text, const std::vector<text::Token>& tokens, std::string& folded,
                          std::vector<std::uint32_t>& starts, std::string& scratch,
                          std::vector<std::uint8_t>* apostrophe) {
  const std::size_t count = tokens.size();
  folded.clear();
  starts.resize(count + 1);
  if (apostrophe) apostrophe->resize(count);
  if (count == 0) {
    starts[0] = 0;
    return 0;
  }
  // Written in place into room for the turn's tokens (folded text is about as
  // long as the original; ICU's fold may be longer, and then grows it): one
  // resize per turn instead of a size update per byte.
  // (8 bytes more: fold_ascii_wide writes eight at a time)
  folded.resize(tokens.back().end - tokens.front().begin + 8);
  // Everything the loop writes through is held in locals: a store of a flag
  // byte may alias any object, and would make the compiler reload the vectors.
  char* base = folded.data();  // (again after a resize)
  std::uint32_t* const start = starts.data();
  std::uint8_t* const has_apostrophe = apostrophe ? apostrophe->data() : nullptr;
  const text::Token* const toks = tokens.data();
  const std::uint32_t last_end = tokens.back().end;
  std::size_t n = 0;
  const char* const text_end = text.data() + text.size();
  std::uint32_t estimate = 0;
  for (std::size_t t = 0; t < count; ++t) {
    const text::Token tok = toks[t];
    start[t] = static_cast<std::uint32_t>(n);
    const std::string_view piece = text.substr(tok.begin, tok.end - tok.begin);
    std::uint32_t apostrophes = 0;
    if (char* end = fold_ascii_wide(piece.data(), piece.size(), text_end, base + n, apostrophes)) {
      n = static_cast<std::size_t>(end - base);
      if (has_apostrophe) has_apostrophe[t] = apostrophes != 0;  // an ASCII fold keeps every "'"
      // An ASCII word's estimate from the bytes just read (token_estimate.hpp's rule for it).
      estimate += tok.type == text::TokenType::word
                      ? static_cast<std::uint32_t>(1 + (piece.size() - 1) / 8) + apostrophes
                      : estimate_token(piece, tok.type);
      continue;
    }
    estimate += estimate_token(piece, tok.type);
    const std::size_t from = n;
    if (char* end = fold_common(piece, base + n)) {
      n = static_cast<std::size_t>(end - base);
    } else {
      text::fold_for_matching(piece, scratch);
      const std::size_t room = n + scratch.size() + (last_end - tok.end) + 8;
      if (room > folded.size()) {
        folded.resize(room);
        base = folded.data();
      }
      std::memcpy(base + n, scratch.data(), scratch.size());
      n += scratch.size();
    }
    if (has_apostrophe) has_apostrophe[t] = std::memchr(base + from, '\'', n - from) != nullptr;
  }
  folded.resize(n);
  start[count] = static_cast<std::uint32_t>(n);
  return estimate;
}

}  // namespace feltline::analyse
