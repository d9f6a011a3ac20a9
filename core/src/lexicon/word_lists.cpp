#include "lexicon/word_lists.hpp"

namespace feltline::lexicon {

const std::array<const char*, kWordListCount> kWordListNames = {
#define FELTLINE_WORD_LIST_NAME(name) #name,
    FELTLINE_WORD_LISTS(FELTLINE_WORD_LIST_NAME)
#undef FELTLINE_WORD_LIST_NAME
};

void WordLists::add(WordId id, WordList list) {
  if (id >= row_of_.size()) row_of_.resize(id + 1, 0);
  if (!row_of_[id]) {
    row_of_[id] = static_cast<std::uint16_t>(rows_.size());
    rows_.push_back(Row{});
  }
  const std::size_t bit = static_cast<std::size_t>(list);
  rows_[row_of_[id]][bit / 64] |= std::uint64_t{1} << (bit % 64);
}

void WordLists::add_phrase(std::vector<WordId> ids, WordList list) {
  if (ids.empty()) return;
  if (ids[0] >= start_row_of_.size()) start_row_of_.resize(ids[0] + 1, 0);
  if (!start_row_of_[ids[0]]) {
    start_row_of_[ids[0]] = static_cast<std::uint16_t>(start_rows_.size());
    start_rows_.push_back(Row{});
  }
  const std::size_t bit = static_cast<std::size_t>(list);
  start_rows_[start_row_of_[ids[0]]][bit / 64] |= std::uint64_t{1} << (bit % 64);
  phrases_[static_cast<std::size_t>(list)].push_back(std::move(ids));
}

}  // namespace feltline::lexicon
