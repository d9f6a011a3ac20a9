// MentionTally (feltline/stats.hpp): counting mentions by status, kind,
// category and region.
#include "analyse/statistics/mention_tally.hpp"

#include <algorithm>

#include "text/byte_scan.hpp"

namespace feltline {

const char* mention_status_name(MentionStatus status) {
  switch (status) {
    case MentionStatus::asserted:
      return "asserted";
    case MentionStatus::negated:
      return "negated";
    case MentionStatus::hypothetical:
      return "hypothetical";
    case MentionStatus::quoted:
      return "quoted";
    case MentionStatus::not_speech:
      break;
  }
  return "not_speech";
}

CountMap::CountMap(std::initializer_list<value_type> items) {
  for (const auto& [name, n] : items) (*this)[name] += n;
}

std::uint32_t& CountMap::operator[](std::string_view name) {
  // Nearly every call counts a name already there, in a map of a few names (a
  // turn's or a speaker's categories): found by its length and bytes in place,
  // where the binary search called memcmp at each step.
  if (items_.size() <= 16)
    for (auto& item : items_)
      if (text::same_bytes(item.first, name)) return item.second;
  auto it = std::lower_bound(items_.begin(), items_.end(), name,
                             [](const value_type& item, std::string_view key) { return item.first < key; });
  if (it == items_.end() || it->first != name) it = items_.insert(it, value_type(std::string(name), 0));
  return it->second;
}

void MentionTally::add(const MentionTally& other) {
  for (std::size_t k = 0; k < asserted.size(); ++k) asserted[k] += other.asserted[k];
  for (const auto& [key, n] : other.emotion_categories) emotion_categories[key] += n;
  for (const auto& [key, n] : other.sensation_regions) sensation_regions[key] += n;
  for (const auto& [key, n] : other.custom_categories) custom_categories[key] += n;
  negated += other.negated;
  hypothetical += other.hypothetical;
  quoted += other.quoted;
}

namespace analyse {

void count_mention(MentionTally& tally, const Mention& m, MentionStatus status) {
  switch (status) {
    case MentionStatus::not_speech:
      return;
    case MentionStatus::quoted:
      ++tally.quoted;
      return;
    case MentionStatus::negated:
      ++tally.negated;
      return;
    case MentionStatus::hypothetical:
      ++tally.hypothetical;
      return;
    case MentionStatus::asserted:
      break;
  }
  ++tally.asserted[static_cast<std::size_t>(m.kind)];
  switch (m.kind) {
    case MentionKind::emotion:
      if (!m.category.empty()) ++tally.emotion_categories[m.category];
      break;
    case MentionKind::sensation:
      ++tally.sensation_regions[m.region.empty() ? "unspecified" : m.region];
      break;
    case MentionKind::custom:
      ++tally.custom_categories[std::string(m.dictionary) + ":" + std::string(m.category)];
      break;
    case MentionKind::analytic:
    case MentionKind::rating:
      break;
  }
}

}  // namespace analyse
}  // namespace feltline
