#include "analyse/prescribed_release.hpp"

#include <array>
#include <cctype>

namespace feltline::analyse {
namespace {

// The word that ends `text` before `end` (ASCII letters and apostrophes),
// lower-cased; `end` is moved to its start.
std::string_view word_before(std::string_view text, std::size_t& end, std::array<char, 16>& buffer) {
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t start = end;
  while (start > 0 && (std::isalpha(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '\''))
    --start;
  const std::size_t n = end - start;
  if (n == 0 || n > buffer.size()) {
    end = start;
    return {};
  }
  for (std::size_t i = 0; i < n; ++i) buffer[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[start + i])));
  end = start;
  return {buffer.data(), n};
}

// Whether "let" ending at `end` opens its clause: the turn's start, a mark of
// punctuation, or a word that may lead an instruction ("and", "just", "now").
bool opens_clause(std::string_view text, std::size_t end) {
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == 0) return true;
  const char p = text[end - 1];
  if (p == '.' || p == ',' || p == ';' || p == ':' || p == '!' || p == '?' || p == '-') return true;
  std::array<char, 16> buffer{};
  const std::string_view w = word_before(text, end, buffer);
  return w == "and" || w == "just" || w == "now" || w == "then" || w == "gently" || w == "simply";
}

}  // namespace

void mark_prescribed_releases(std::string_view text, std::vector<Mention>& mentions) {
  for (Mention& m : mentions) {
    if (m.kind != MentionKind::sensation || m.hypothetical || m.quality != "release" || m.begin > text.size())
      continue;
    // ("Let the loosening come.": a release already felt, named by a noun, is allowed, not asked for)
    if (m.region.empty() || m.region == "unspecified") continue;
    std::size_t end = m.begin;
    std::array<char, 16> buffer{};
    const std::string_view determiner = word_before(text, end, buffer);
    if (determiner != "your" && determiner != "the" && determiner != "my") continue;
    if (word_before(text, end, buffer) != "let" || !opens_clause(text, end)) continue;
    m.hypothetical = true;
    m.cues.push_back("prescribed:let");
  }
}

}  // namespace feltline::analyse
