#include "analyse/token_folding.hpp"

#include <cstring>

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

}  // namespace

void fold_tokens(std::string_view text, const std::vector<text::Token>& tokens, std::string& folded,
                 std::vector<std::uint32_t>& starts, std::string& scratch) {
  folded.clear();
  starts.clear();
  starts.reserve(tokens.size() + 1);
  if (tokens.empty()) {
    starts.push_back(0);
    return;
  }
  // Written in place into room for the turn's tokens (folded text is about as
  // long as the original; ICU's fold may be longer, and then grows it): one
  // resize per turn instead of a size update per byte.
  folded.resize(tokens.back().end - tokens.front().begin);
  std::size_t n = 0;
  for (const auto& tok : tokens) {
    starts.push_back(static_cast<std::uint32_t>(n));
    const std::string_view piece = text.substr(tok.begin, tok.end - tok.begin);
    if (char* end = fold_common(piece, folded.data() + n)) {
      n = static_cast<std::size_t>(end - folded.data());
      continue;
    }
    text::fold_for_matching(piece, scratch);
    const std::size_t room = n + scratch.size() + (tokens.back().end - tok.end);
    if (room > folded.size()) folded.resize(room);
    std::memcpy(folded.data() + n, scratch.data(), scratch.size());
    n += scratch.size();
  }
  folded.resize(n);
  starts.push_back(static_cast<std::uint32_t>(n));
}

}  // namespace feltline::analyse
