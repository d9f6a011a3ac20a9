// Repetition: the share of a turn's word trigrams that the same speaker
// already used in an earlier turn (docs/metrics.md, "Repetition"). LLM
// therapists repeat their own phrasing; this makes it measurable.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace feltline::analyse {

class RepetitionTracker {
 public:
  /// A number for a case-folded word, the same for the same word.
  std::uint32_t word_id(std::string_view folded);

  /// Counts the trigrams of one turn by `speaker` and how many of them the
  /// speaker used in an earlier turn, then remembers this turn's trigrams.
  /// `sentences` are the turn's speech sentences as word ids; trigrams do not
  /// cross sentence ends. Repeats inside the turn itself do not count.
  void add_turn(std::size_t speaker, const std::vector<std::vector<std::uint32_t>>& sentences,
                std::uint32_t& trigrams, std::uint32_t& repeated);

 private:
  struct Key {
    std::uint32_t a, b, c;
    bool operator==(const Key& o) const { return a == o.a && b == o.b && c == o.c; }
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const {
      std::uint64_t h = k.a * 0x9E3779B97F4A7C15ull;
      h ^= (k.b + 0x7F4A7C15ull + (h << 6) + (h >> 2)) * 0xBF58476D1CE4E5B9ull;
      h ^= (k.c + 0x94D049BBull + (h << 6) + (h >> 2)) * 0x94D049BB133111EBull;
      return static_cast<std::size_t>(h ^ (h >> 31));
    }
  };

  // Keyed by views into words_ (a deque never moves its strings), so a
  // lookup needs no std::string of the word.
  std::unordered_map<std::string_view, std::uint32_t> ids_;
  std::deque<std::string> words_;
  // Per speaker: each trigram and the number of the turn that first used it,
  // so one hash lookup tells "used in an earlier turn" from "new in this one".
  std::vector<std::unordered_map<Key, std::uint32_t, KeyHash>> seen_;
  std::uint32_t turn_number_ = 0;
};

}  // namespace feltline::analyse
