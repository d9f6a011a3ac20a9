// Finds lexicon terms in a sequence of words: at each position the longest
// term that starts there wins (leftmost-longest), so "not only" beats "not"
// and "back of my neck" beats "back". Single words are one hash lookup (done
// by the caller); phrases walk a small trie. Linear in the number of words.
#pragma once

#include <cstdint>
#include <vector>

#include "lexicon/lexicon_model.hpp"

namespace feltline::lexicon {

/// One position of the input: the word's ids in the lexicon being matched.
struct MatchKey {
  WordId exact = 0;           // the word itself
  WordId prefix = 0;          // the longest wildcard prefix ("anxi*") that matches it, if any
  ClassBits classes = 0;      // word classes (for {slots} and skippable words)
  bool barrier = false;       // punctuation: no term spans it
};

struct Hit {
  std::uint32_t first = 0;  // positions [first, last)
  std::uint32_t last = 0;
  std::uint32_t entries_begin = 0;  // into lexicon.entry_refs()
  std::uint32_t entries_count = 0;
  WordId single = 0;  // for one-word hits: the id that matched (exact or prefix)
  std::uint32_t kinds = 0;  // bit k set: one of its entries has EntryKind k (the rules ask per hit, often)
};

struct MatchOptions {
  /// Words of class kSkippable ("just", "really", "a bit") may sit between the
  /// words of a phrase, at most this many in a row ("my heart just sank").
  int max_skips = 2;
};

void match_phrases(const Lexicon& lexicon, const std::vector<MatchKey>& keys, const MatchOptions& options,
                   std::vector<Hit>& out);

}  // namespace feltline::lexicon
