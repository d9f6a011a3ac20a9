#include "lexicon/contractions.hpp"

#include "text/byte_scan.hpp"

namespace feltline::lexicon {
namespace {

// Byte offset of the first apostrophe (', U+2019, U+02BC, U+FF07) in `s`, or npos.
std::size_t find_apostrophe(std::string_view s) {
  // byte by byte: a compare() per byte cost a call to memcmp each
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  for (std::size_t i = 0; i < s.size(); ++i) {
    switch (at(i)) {
      case '\'':
        return i;
      case 0xE2:  // U+2019
        if (i + 3 <= s.size() && at(i + 1) == 0x80 && at(i + 2) == 0x99) return i;
        break;
      case 0xEF:  // U+FF07
        if (i + 3 <= s.size() && at(i + 1) == 0xBC && at(i + 2) == 0x87) return i;
        break;
      case 0xCA:  // U+02BC
        if (i + 2 <= s.size() && at(i + 1) == 0xBC) return i;
        break;
      default:
        break;
    }
  }
  return std::string_view::npos;
}

}  // namespace

void split_contractions(std::string_view original, std::string_view folded, const Contractions& table,
                        std::vector<TokenPiece>& out) {
  const auto whole = static_cast<std::uint32_t>(original.size());
  const std::size_t apostrophe = find_apostrophe(original);

  if (auto it = table.words.find(std::string(folded)); it != table.words.end()) {
    const auto& parts = it->second;
    // Where to cut the original: before "n't" ("can|'t" -> "ca|n't"), or after
    // the first part when the word starts with it ("can|not"); otherwise every
    // part points at the whole word ("gonna").
    std::uint32_t cut = 0;
    if (apostrophe != std::string_view::npos && apostrophe > 0 && parts.size() == 2) {
      cut = static_cast<std::uint32_t>(parts[1] == "not" ? apostrophe - 1 : apostrophe);
    } else if (parts.size() == 2 && folded.substr(0, parts[0].size()) == parts[0]) {
      cut = static_cast<std::uint32_t>(parts[0].size());
    }
    for (std::size_t i = 0; i < parts.size(); ++i) {
      if (cut > 0 && cut < whole && parts.size() == 2) {
        out.push_back({parts[i], i == 0 ? 0u : cut, i == 0 ? cut : whole});
      } else {
        out.push_back({parts[i], 0u, whole});
      }
    }
    return;
  }
  if (apostrophe != std::string_view::npos) {
    for (const auto& [suffix, expansion] : table.suffixes) {
      // (compared in place: a suffix is a few bytes, and compare() was a memcmp call)
      if (folded.size() <= suffix.size() || !text::same_bytes(folded.substr(folded.size() - suffix.size()), suffix))
        continue;
      const std::string_view base = folded.substr(0, folded.size() - suffix.size());
      // In the original the suffix starts at the apostrophe, or one letter
      // before it for "n't".
      std::size_t cut = apostrophe;
      if (suffix.size() > 1 && suffix[0] != '\'' && cut > 0) cut -= 1;
      if (cut == 0 || cut >= whole) break;
      out.push_back({base, 0u, static_cast<std::uint32_t>(cut)});
      out.push_back({expansion, static_cast<std::uint32_t>(cut), whole});
      return;
    }
  }
  out.push_back({folded, 0u, whole});
}

}  // namespace feltline::lexicon
