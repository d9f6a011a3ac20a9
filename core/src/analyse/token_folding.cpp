#include "analyse/token_folding.hpp"

#include "text/case_fold.hpp"

namespace feltline::analyse {
namespace {

// Most words are ASCII, possibly with a typographic apostrophe ("I’m"); their
// NFKC_Casefold is ASCII lower-casing with ’ -> ' (what fold_for_matching
// returns for them), done here without ICU or a temporary string. Returns
// false for anything else, which then goes through ICU.
bool fold_common(std::string_view s, std::string& out) {
  const std::size_t start = out.size();
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               static_cast<unsigned char>(s[i + 2]) == 0x99) {
      out += '\'';
      i += 2;
    } else {
      out.resize(start);
      return false;
    }
  }
  return true;
}

}  // namespace

void fold_tokens(std::string_view text, const std::vector<text::Token>& tokens, std::string& folded,
                 std::vector<std::uint32_t>& starts, std::string& scratch) {
  folded.clear();
  starts.clear();
  // Folded text is about as long as the original: one allocation per turn at most.
  if (!tokens.empty()) folded.reserve(tokens.back().end - tokens.front().begin);
  starts.reserve(tokens.size() + 1);
  for (const auto& tok : tokens) {
    starts.push_back(static_cast<std::uint32_t>(folded.size()));
    const std::string_view piece = text.substr(tok.begin, tok.end - tok.begin);
    if (!fold_common(piece, folded)) {
      text::fold_for_matching(piece, scratch);
      folded += scratch;
    }
  }
  starts.push_back(static_cast<std::uint32_t>(folded.size()));
}

}  // namespace feltline::analyse
