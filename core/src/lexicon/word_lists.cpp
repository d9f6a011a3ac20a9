#include "lexicon/word_lists.hpp"

namespace feltline::lexicon {

WordLists::Rows& WordLists::row_to_set(WordId id) {
  if (id >= row_of_.size()) row_of_.resize(id + 1, 0);
  if (!row_of_[id]) {
    row_of_[id] = static_cast<std::uint16_t>(rows_.size());
    rows_.push_back(Rows{});
  }
  return rows_[row_of_[id]];
}

void WordLists::add(WordId id, WordList list) {
  const std::size_t bit = static_cast<std::size_t>(list);
  row_to_set(id).lists[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

void WordLists::add_phrase(std::vector<WordId> ids, WordList list) {
  if (ids.empty()) return;
  const std::size_t bit = static_cast<std::size_t>(list);
  row_to_set(ids[0]).starts[bit / 64] |= std::uint64_t{1} << (bit % 64);
  phrases_[static_cast<std::size_t>(list)].push_back(std::move(ids));
}

}  // namespace feltline::lexicon
