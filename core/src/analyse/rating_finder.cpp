#include "analyse/rating_finder.hpp"

#include <algorithm>
#include <cmath>

namespace feltline::analyse {
namespace {

using lexicon::EntryKind;

// The emotion candidates of a turn grouped by the sentence of their head, so
// that "the nearest emotion" costs O(log n) per rating: scanning every
// candidate for each rating was quadratic on a long turn full of ratings.
// Each query returns the candidate (its index in c.candidates) that a scan of
// the list in order would pick.
class EmotionIndex {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  void build(const TurnContext& c) {
    by_last_.clear();
    by_first_.clear();
    for (std::size_t k = 0; k < c.candidates.size(); ++k) {
      const Candidate& cand = c.candidates[k];
      if (cand.kind != MentionKind::emotion) continue;
      const std::uint32_t s = c.sentence[cand.head];
      by_last_.push_back({s, cand.last, static_cast<std::uint32_t>(k), 0});
      by_first_.push_back({s, cand.first, static_cast<std::uint32_t>(k), 0});
    }
    const auto order = [](const Entry& a, const Entry& b) {
      return a.sentence != b.sentence ? a.sentence < b.sentence : a.key < b.key;
    };
    std::sort(by_last_.begin(), by_last_.end(), order);
    std::sort(by_first_.begin(), by_first_.end(), order);
    // by_last_: the latest in list order so far in its sentence; by_first_: the earliest from here on.
    for (std::size_t j = 0; j < by_last_.size(); ++j) {
      const bool group_start = j == 0 || by_last_[j - 1].sentence != by_last_[j].sentence;
      by_last_[j].best = group_start ? by_last_[j].index : std::max(by_last_[j - 1].best, by_last_[j].index);
    }
    for (std::size_t j = by_first_.size(); j-- > 0;) {
      const bool group_end = j + 1 == by_first_.size() || by_first_[j + 1].sentence != by_first_[j].sentence;
      by_first_[j].best = group_end ? by_first_[j].index : std::min(by_first_[j + 1].best, by_first_[j].index);
    }
  }

  /// The last (in list order) emotion of sentence `s` with last <= `word`.
  std::size_t last_ending_by(std::uint32_t s, std::uint32_t word) const {
    const auto [from, to] = group(by_last_, s);
    const auto it = std::upper_bound(from, to, word, [](std::uint32_t w, const Entry& e) { return w < e.key; });
    return it == from ? npos : (it - 1)->best;
  }

  /// The first (in list order) emotion of sentence `s` with `word` <= first <= `word` + `slack`.
  std::size_t first_starting_in(std::uint32_t s, std::uint32_t word, std::uint32_t slack) const {
    const auto [from, to] = group(by_first_, s);
    auto it = std::lower_bound(from, to, word, [](const Entry& e, std::uint32_t w) { return e.key < w; });
    std::size_t best = npos;
    for (; it != to && it->key <= word + slack; ++it) best = std::min<std::size_t>(best, it->index);
    return best;
  }

  /// The first (in list order) emotion of sentence `s` with first > `word`.
  std::size_t first_starting_after(std::uint32_t s, std::uint32_t word) const {
    const auto [from, to] = group(by_first_, s);
    const auto it = std::upper_bound(from, to, word, [](std::uint32_t w, const Entry& e) { return w < e.key; });
    return it == to ? npos : it->best;
  }

 private:
  struct Entry {
    std::uint32_t sentence, key, index, best;
  };
  using Iter = std::vector<Entry>::const_iterator;
  static std::pair<Iter, Iter> group(const std::vector<Entry>& v, std::uint32_t s) {
    const auto from =
        std::lower_bound(v.begin(), v.end(), s, [](const Entry& e, std::uint32_t x) { return e.sentence < x; });
    const auto to = std::upper_bound(from, v.end(), s, [](std::uint32_t x, const Entry& e) { return x < e.sentence; });
    return {from, to};
  }
  std::vector<Entry> by_last_, by_first_;
};

struct Finder {
  TurnContext& c;
  int turn;
  RatingState& state;
  std::vector<std::uint8_t> consumed;
  EmotionIndex emotions;

  const Word& w(std::size_t i) const { return c.word(i); }
  bool number_at(std::size_t i) const { return i < c.size() && w(i).is_number && std::isfinite(w(i).number); }
  bool text_is(std::size_t i, std::string_view t) const {
    return i < c.size() && w(i).punct == Punct::none && c.text_of(i) == t;
  }
  bool allowed_scale(double m) const {
    const auto& s = c.dl->rating_scales;
    return std::find(s.begin(), s.end(), m) != s.end();
  }
  bool dash_or_connector(std::size_t i) const {
    if (i >= c.size()) return false;
    if (w(i).punct == Punct::hyphen || w(i).punct == Punct::clause_break) {
      const std::uint32_t len = w(i).end - w(i).begin;
      return len >= 1 && len <= 3;  // -, en dash, em dash
    }
    return w(i).punct == Punct::none && (w(i).classes & lexicon::kRangeConnector);
  }

  // The emotion category nearest before word `i` in its sentence (or right after).
  std::string category_near(std::size_t first, std::size_t last) const {
    const std::uint32_t s = c.sentence[first];
    std::size_t best = emotions.last_ending_by(s, static_cast<std::uint32_t>(first));
    if (best == EmotionIndex::npos) best = emotions.first_starting_in(s, static_cast<std::uint32_t>(last), 2);
    return best == EmotionIndex::npos ? std::string() : c.lex().label_name(c.candidates[best].label);
  }

  bool state_active() const { return state.scale > 0 && turn - state.turn <= c.dl->rating_window_turns; }

  void add(std::size_t first, std::size_t last, std::size_t head, double value, double scale,
           const char* rule) {
    Candidate cand;
    cand.kind = MentionKind::rating;
    cand.first = static_cast<std::uint32_t>(first);
    cand.last = static_cast<std::uint32_t>(last);
    cand.head = static_cast<std::uint32_t>(head);
    cand.value = value;
    cand.scale = scale;
    cand.rule = rule;
    cand.category = category_near(first, last);
    if (cand.category.empty() && state_active()) cand.category = state.category;
    for (std::size_t k = first; k < last; ++k) consumed[k] = 1;
    state.scale = scale;
    if (!cand.category.empty()) state.category = cand.category;
    state.turn = turn;
    c.candidates.push_back(std::move(cand));
  }

  // "0-10", "from 0 to 10", "1 to 10": states a scale.
  void find_ranges() {
    for (std::size_t i = 0; i + 2 < c.size(); ++i) {
      if (!number_at(i) || w(i).number > 1 || !dash_or_connector(i + 1) || !number_at(i + 2)) continue;
      const double m = w(i + 2).number;
      if (m <= w(i).number || m > 100) continue;
      consumed[i] = consumed[i + 1] = consumed[i + 2] = 1;
      state.scale = m;
      state.turn = turn;
      const std::string category = category_near(i, i + 3);
      if (!category.empty())
        state.category = category;
      else {
        // "On a scale from 0 to 10, how strong was the anxiety?": the emotion after it.
        const std::size_t after = emotions.first_starting_after(c.sentence[i], static_cast<std::uint32_t>(i));
        if (after != EmotionIndex::npos) state.category = c.lex().label_name(c.candidates[after].label);
      }
    }
  }

  void find() {
    consumed.assign(c.size(), 0);
    emotions.build(c);  // the ratings added below are not emotions: it stays valid
    find_ranges();
    for (std::size_t i = 0; i < c.size(); ++i) {
      if (consumed[i]) continue;
      // "how anxious are you now, out of 10?": a scale without a value.
      if (text_is(i, "out") && text_is(i + 1, "of") && number_at(i + 2) && !(i > 0 && number_at(i - 1))) {
        state.scale = w(i + 2).number;
        state.turn = turn;
        const std::string category = category_near(i, i + 3);
        if (!category.empty()) state.category = category;
        i += 2;
        continue;
      }
      // "SUDS 60", "SUDS is about 60"
      if (w(i).punct == Punct::none && (w(i).classes & lexicon::kNamedScale)) {
        auto named = c.dl->named_scales.find(std::string(c.text_of(i)));
        if (named != c.dl->named_scales.end()) {
          state.scale = named->second;
          state.turn = turn;
          for (std::size_t k = i + 1; k < c.size() && k <= i + 4; ++k) {
            if (number_at(k) && !consumed[k] && w(k).number <= named->second) {
              add(i, k + 1, k, w(k).number, named->second, "rating:named-scale");
              i = k;
              break;
            }
            if (w(k).punct != Punct::none) break;
          }
          continue;
        }
      }
      if (!number_at(i)) continue;
      const double n = w(i).number;
      // N/M
      if (i + 2 < c.size() && w(i + 1).punct == Punct::slash && number_at(i + 2)) {
        const double m = w(i + 2).number;
        const bool date =
            (i + 3 < c.size() && w(i + 3).punct == Punct::slash) || (i > 0 && w(i - 1).punct == Punct::slash);
        if (!date && allowed_scale(m) && n >= 0 && n <= m && w(i + 1).begin == w(i).end) {
          add(i, i + 3, i, n, m, "rating:slash");
          i += 2;
        }
        continue;
      }
      // N out of M
      if (text_is(i + 1, "out") && text_is(i + 2, "of") && number_at(i + 3)) {
        const double m = w(i + 3).number;
        if (n >= 0 && n <= m && m <= 100) add(i, i + 4, i, n, m, "rating:out-of");
        i += 3;
        continue;
      }
      // "a 4 on a 0-10 scale", "a 6 on the scale"
      if (text_is(i + 1, "on")) {
        bool done = false;
        for (std::size_t k = i + 2; k < c.size() && k <= i + 8; ++k) {
          if (w(k).punct != Punct::none && w(k).punct != Punct::hyphen && w(k).punct != Punct::clause_break)
            break;
          if (w(k).punct == Punct::none && (w(k).classes & lexicon::kScaleWord)) {
            double scale = state.scale > 0 ? state.scale : 10;
            for (std::size_t r = i + 2; r + 2 < k; ++r)
              if (number_at(r) && dash_or_connector(r + 1) && number_at(r + 2)) scale = w(r + 2).number;
            if (n <= scale) add(i, k + 1, i, n, scale, "rating:on-scale");
            i = k;
            done = true;
            break;
          }
        }
        if (done) continue;
      }
      // A bare number while a scale is in force: "Maybe a 6.", "80. Maybe 85."
      if (state_active() && n >= 0 && n <= state.scale && bare_position(i))
        add(i, i + 1, i, n, state.scale, "rating:bare");
    }
  }

  bool bare_position(std::size_t i) const {
    bool opened = c.clause_start[i];
    if (!opened && i > 0) {
      std::size_t k = i - 1;
      opened =
          w(k).punct == Punct::none && ((w(k).classes & lexicon::kBareRatingOpener) || c.text_of(k) == "'s");
    }
    if (!opened || compared(i)) return false;
    const std::size_t next = i + 1;
    if (next >= c.size()) return true;
    if (w(next).punct != Punct::none) return w(next).punct != Punct::slash && w(next).punct != Punct::hyphen;
    return (w(next).classes & lexicon::kBareRatingFollower) != 0;
  }

  // "more ready than a six", "not below 5": a number compared with, not a value given (the
  // readiness ruler's "why not a six?" is answered so).
  bool compared(std::size_t i) const {
    const auto comparison = [&](std::size_t k) {
      return w(k).punct == Punct::none && (w(k).classes & lexicon::kBareRatingComparison);
    };
    if (i > 0 && comparison(i - 1)) return true;
    return i > 1 && (c.text_of(i - 1) == "a" || c.text_of(i - 1) == "an") && comparison(i - 2);
  }
};

// Every rule above starts at a number or at a named scale ("SUDS"): a turn with
// neither (most turns) has no rating and leaves the scale in force as it was.
bool may_hold_rating(const TurnContext& c) {
  // (a punctuation mark has no class: the turn's classes together tell of a named scale)
  if (c.has_class(lexicon::kNamedScale)) return true;
  for (const Word& w : c.tw.words)
    if (w.is_number && std::isfinite(w.number)) return true;
  return false;
}

}  // namespace

void find_ratings(TurnContext& c, int turn, RatingState& state) {
  if (may_hold_rating(c)) Finder{c, turn, state, {}, {}}.find();
}

}  // namespace feltline::analyse
