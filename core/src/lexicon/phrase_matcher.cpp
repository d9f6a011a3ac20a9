#include "lexicon/phrase_matcher.hpp"

#include <algorithm>
#include <utility>

namespace feltline::lexicon {
namespace {

struct Search {
  const Lexicon& lex;
  const std::vector<MatchKey>& keys;
  int max_skips;
  std::uint32_t best_end = 0;
  std::uint32_t best_node = 0;

  bool edge_matches(const PhraseEdge& e, const MatchKey& k) const {
    if (e.key & kSlotKey) return (k.classes & (ClassBits{1} << (e.key & ~kSlotKey))) != 0;
    return e.key == k.exact || (k.prefix && e.key == k.prefix);
  }

  // A node's edges are sorted by key, words before slots (Lexicon::finish), and a
  // word key is on at most one edge: a node with many edges (a common first word
  // such as "i") finds the word's and its prefix's edges by binary search, then
  // tries the slots, in the order the scan of all edges would take them.
  static constexpr std::uint32_t kScanEdges = 8;
  void walk_many(const PhraseNode& n, const MatchKey& k, std::uint32_t pos) {
    const PhraseEdge* const begin = lex.edges().data() + n.edges_begin;
    const PhraseEdge* const end = begin + n.edges_count;
    const auto below = [](const PhraseEdge& e, std::uint32_t key) { return e.key < key; };
    const PhraseEdge* const slots = std::lower_bound(begin, end, kSlotKey, below);
    std::uint32_t first = k.exact, second = k.prefix == k.exact ? 0 : k.prefix;
    if (!first || (second && second < first)) std::swap(first, second);
    for (const std::uint32_t key : {first, second}) {
      if (!key) continue;
      const PhraseEdge* e = std::lower_bound(begin, slots, key, below);
      if (e != slots && e->key == key) walk(e->child, pos + 1, 0);
    }
    for (const PhraseEdge* e = slots; e != end; ++e)
      if (edge_matches(*e, k)) walk(e->child, pos + 1, 0);
  }

  // `node` was reached by consuming keys up to `pos` (exclusive).
  void walk(std::uint32_t node, std::uint32_t pos, int skips) {
    const PhraseNode& n = lex.node(node);
    if (n.entries_count && pos > best_end) {
      best_end = pos;
      best_node = node;
    }
    if (pos >= keys.size() || keys[pos].barrier) return;
    // Read once: the stores to best_end (a std::uint32_t) may alias these for the compiler.
    const std::uint32_t begin = n.edges_begin, count = n.edges_count;
    const MatchKey& k = keys[pos];
    if (count <= kScanEdges) {
      const PhraseEdge* const edges = lex.edges().data();
      for (std::uint32_t i = begin; i < begin + count; ++i)
        if (edge_matches(edges[i], k)) walk(edges[i].child, pos + 1, 0);
    } else {
      walk_many(n, k, pos);
    }
    if (skips < max_skips && (k.classes & kSkippable) && count) walk(node, pos + 1, skips + 1);
  }
};

}  // namespace

static_assert(static_cast<unsigned>(EntryKind::diminisher) < 32, "Hit::kinds holds one bit per EntryKind");

void match_phrases(const Lexicon& lexicon, const std::vector<MatchKey>& keys, const MatchOptions& options,
                   std::vector<Hit>& out) {
  out.clear();
  const auto size = static_cast<std::uint32_t>(keys.size());
  // One search for the whole sequence; only its best end is reset per start
  // (best_node is read only when best_end was set).
  Search search{lexicon, keys, options.max_skips};
  for (std::uint32_t i = 0; i < size;) {
    const MatchKey& k = keys[i];
    if (k.barrier || (!k.exact && !k.prefix)) {
      ++i;
      continue;
    }
    Hit hit;
    // Single word: the exact word wins over a wildcard, as in LIWC.
    const WordId single = lexicon.word(k.exact).entries_count                  ? k.exact
                          : (k.prefix && lexicon.word(k.prefix).entries_count) ? k.prefix
                                                                               : 0;
    if (single) {
      const WordInfo& w = lexicon.word(single);
      hit = {i, i + 1, w.entries_begin, w.entries_count, single};
    }
    search.best_end = 0;
    for (WordId start : {k.exact, k.prefix}) {
      if (start && lexicon.word(start).phrase_node) search.walk(lexicon.word(start).phrase_node, i + 1, 0);
      if (k.prefix == k.exact) break;
    }
    if (search.best_end > i + 1 || (search.best_end == i + 1 && !single)) {
      const PhraseNode& n = lexicon.node(search.best_node);
      hit = {i, search.best_end, n.entries_begin, n.entries_count, 0};
    }
    if (hit.last > hit.first) {
      for (std::uint32_t e = hit.entries_begin; e < hit.entries_begin + hit.entries_count; ++e)
        hit.kinds |= std::uint32_t{1} << static_cast<unsigned>(lexicon.entry(lexicon.entry_refs()[e]).kind);
      out.push_back(hit);
      i = hit.last;
    } else {
      ++i;
    }
  }
}

}  // namespace feltline::lexicon
