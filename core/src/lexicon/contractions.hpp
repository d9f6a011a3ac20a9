// Splits contracted words the way the rules read them: "I'm" -> "i" + "am",
// "don't" -> "do" + "not", "can't" -> "can" + "not". The table is data
// (core/data/lexicon/word_classes.json). ICU keeps a contraction as one word
// (UAX #29), so the split happens here, on the folded word, with byte offsets
// into the original so mentions still point at what the person wrote.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace feltline::lexicon {

struct Contractions {
  std::vector<std::pair<std::string, std::string>> suffixes;           // "n't" -> "not", longest first
  // "can't" -> {"can", "not"}; hashed: a tree of strings cost six memcmp calls per look-up
  std::unordered_map<std::string, std::vector<std::string>> words;
};

struct TokenPiece {
  std::string_view word;  // folded; points into the folded token or into the table
  std::uint32_t begin;    // byte offsets within the original token
  std::uint32_t end;
};

/// Splits one token. `original` is the token as written, `folded` its
/// fold_for_matching form. Appends one piece when there is nothing to split.
void split_contractions(std::string_view original, std::string_view folded, const Contractions& table,
                        std::vector<TokenPiece>& out);

}  // namespace feltline::lexicon
