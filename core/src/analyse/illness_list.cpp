#include "analyse/illness_list.hpp"

#include <algorithm>

namespace feltline::analyse {
namespace {

constexpr int kItemWords = 4;  // a list item is a short noun phrase

bool clinical(const TurnContext& c, std::size_t i) {
  return (c.word(i).classes & (lexicon::kCondition | lexicon::kDisorder)) != 0;
}

bool separator(const TurnContext& c, std::size_t i) {
  const Word& w = c.word(i);
  return w.punct == Punct::comma || (w.punct == Punct::none && (w.classes & lexicon::kCoordinator));
}

// Whether the item that ends just before word `end` (a separator) names an illness.
bool item_before_is_clinical(const TurnContext& c, std::size_t end) {
  for (std::size_t i = end, n = 0; i-- > 0 && n < kItemWords; ++n) {
    if (c.word(i).punct != Punct::none || separator(c, i)) return false;
    if (clinical(c, i)) return true;
  }
  return false;
}

// Whether the item that starts just after word `start` (a separator) names an illness.
bool item_after_is_clinical(const TurnContext& c, std::size_t start) {
  std::size_t i = start + 1;
  if (i < c.size() && separator(c, i)) ++i;  // ", and insomnia"
  for (int n = 0; i < c.size() && n < kItemWords; ++i, ++n) {
    if (c.word(i).punct != Punct::none || separator(c, i)) return false;
    if (clinical(c, i)) return true;
  }
  return false;
}

bool in_illness_list(const TurnContext& c, const Candidate& cand) {
  std::size_t left = cand.first;
  for (int n = 0;
       left > 0 && n < kItemWords && c.word(left - 1).punct == Punct::none && !separator(c, left - 1); ++n)
    --left;
  std::size_t right = cand.last;
  for (int n = 0;
       right < c.size() && n < kItemWords && c.word(right).punct == Punct::none && !separator(c, right); ++n)
    ++right;
  // "I have asthma and my chest is tight": a clause, not a list item.
  for (std::size_t i = left; i < right; ++i)
    if (c.word(i).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel | lexicon::kPerson))
      return false;
  const bool sep_left = left > 0 && separator(c, left - 1);
  const bool sep_right = right < c.size() && separator(c, right);
  if (sep_left && item_before_is_clinical(c, left - 1)) return true;
  if (sep_right && item_after_is_clinical(c, right)) return true;
  return false;
}

}  // namespace

void drop_sensations_in_illness_lists(TurnContext& c) {
  c.candidates.erase(std::remove_if(c.candidates.begin(), c.candidates.end(),
                                    [&](const Candidate& cand) {
                                      return cand.kind == MentionKind::sensation && in_illness_list(c, cand);
                                    }),
                     c.candidates.end());
}

}  // namespace feltline::analyse
