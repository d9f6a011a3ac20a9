#include "lexicon/lexicon_model.hpp"

#include <algorithm>

namespace feltline::lexicon {
namespace {

struct ClassName {
  const char* name;
  const char* slot;
  ClassBits bit;
};

constexpr ClassName kClasses[] = {
    {"determiner", "det", kDeterminer},
    {"preposition", "prep", kPreposition},
    {"be", "be", kBe},
    {"become", "become", kBecome},
    {"feel", "feel", kFeel},
    {"person", "person", kPerson},
    {"subject", "subject", kSubject},
    {"coordinator", "and", kCoordinator},
    {"wh", "wh", kWh},
    {"action", "action", kAction},
    {"condition", "condition", kCondition},
    {"abbreviation", "abbreviation", kAbbreviation},
    {"predicate_end", "predicate_end", kPredicateEnd},
    {"clause_opener", "clause_opener", kClauseOpener},
    {"complementizer", "complementizer", kComplementizer},
    {"pronoun_plural", "pronoun_plural", kPronounPlural},
    {"imperative_start", "imperative_start", kImperativeStart},
    {"skippable", "skippable", kSkippable},
    {"disorder", "disorder", kDisorder},
    {"number", "num", kNumberWord},
    {"causative", "causative", kCausative},
    {"filler", "filler", kFiller},
    {"factive", "factive", kFactive},
    {"speech", "speech", kSpeech},
    {"comparative", "comparative", kComparative},
    {"habitual", "habitual", kHabitual},
    {"scene_exit", "scene_exit", kSceneExit},
    {"scene_narration", "scene_narration", kSceneNarration},
    {"looking", "looking", kLooking},
    {"hedge", "hedge", kHedge},
    {"later", "later", kLater},
    {"instruction", "instruction", kInstruction},
    {"imperative_lead", "imperative_lead", kImperativeLead},
    {"subordinator", "subordinator", kSubordinator},
    {"address", "address", kAddress},
    {"wish_verb", "wish_verb", kWishVerb},
    {"normal", "normal", kNormal},
    {"time_stretch", "time_stretch", kTimeStretch},
    {"reassurance", "reassurance", kReassurance},
    {"lead_in", "lead_in", kLeadIn},
    {"acknowledgement", "acknowledgement", kAcknowledgement},
    {"linking_adverb", "linking_adverb", kLinkingAdverb},
    {"let_lead", "let_lead", kLetLead},
    {"focus_adverb", "focus_adverb", kFocusAdverb},
    {"predicate_joiner", "predicate_joiner", kPredicateJoiner},
    {"auxiliary", "auxiliary", kAuxiliary},
    {"feeling_noun", "feeling_noun", kFeelingNoun},
    {"speech_opener", "speech_opener", kSpeechOpener},
    {"moment", "moment", kMoment},
    {"scene_time", "scene_time", kSceneTime},
    {"speech_report", "speech_report", kSpeechReport},
};

}  // namespace

ClassBits word_class_for_slot(std::string_view slot_name) {
  for (const auto& c : kClasses)
    if (slot_name == c.slot) return c.bit;
  return 0;
}

ClassBits word_class_for_name(std::string_view class_name) {
  for (const auto& c : kClasses)
    if (class_name == c.name) return c.bit;
  return 0;
}

Lexicon::Lexicon() {
  words_.emplace_back();  // id 0: unknown word
  nodes_.emplace_back();  // node 0: root
}

std::uint16_t Lexicon::find_label(std::string_view name) const {
  std::uint32_t id = label_table_.find(name);
  return id ? static_cast<std::uint16_t>(id - 1) : kNoLabel;
}

std::uint16_t Lexicon::intern_label(std::string_view name) {
  std::uint32_t id = label_table_.insert(name);
  if (id > labels_.size()) labels_.emplace_back(name);
  return static_cast<std::uint16_t>(id - 1);
}

int Lexicon::intern_region(std::string_view name) {
  std::uint16_t label = intern_label(name);
  if (int existing = region_index(label); existing >= 0) return existing;
  if (region_labels_.size() >= 32) return -1;
  region_labels_.push_back(label);
  return static_cast<int>(region_labels_.size() - 1);
}

int Lexicon::region_index(std::uint16_t label) const {
  for (std::size_t i = 0; i < region_labels_.size(); ++i)
    if (region_labels_[i] == label) return static_cast<int>(i);
  return -1;
}

WordId Lexicon::intern_word(std::string_view folded) {
  WordId id = vocab_.insert(folded);
  if (id >= words_.size()) words_.resize(id + 1);
  return id;
}

std::uint32_t Lexicon::add_entry(const Entry& e) {
  entries_.push_back(e);
  return static_cast<std::uint32_t>(entries_.size() - 1);
}

void Lexicon::attach_to_word(WordId id, std::uint32_t entry) { word_entries_.push_back({id, entry}); }

void Lexicon::attach_to_phrase(const std::vector<std::uint32_t>& keys, std::uint32_t entry) {
  if (keys.empty()) return;
  // The first key is always a word: its node hangs off the word itself.
  std::uint32_t node = words_[keys[0]].phrase_node;
  if (node == 0) {
    node = static_cast<std::uint32_t>(nodes_.size());
    nodes_.emplace_back();
    words_[keys[0]].phrase_node = node;
  }
  for (std::size_t i = 1; i < keys.size(); ++i) {
    const std::uint64_t k = (static_cast<std::uint64_t>(node) << 32) | keys[i];
    auto it = children_.find(k);
    if (it == children_.end()) {
      const auto child = static_cast<std::uint32_t>(nodes_.size());
      nodes_.emplace_back();
      it = children_.emplace(k, child).first;
    }
    node = it->second;
  }
  node_entries_.push_back({node, entry});
}

void Lexicon::note_wildcard(std::size_t prefix_length) {
  if (prefix_length < 64)
    wildcard_lengths_ |= (1ull << prefix_length);
  else
    long_wildcards_ = true;
}

bool Lexicon::same_meaning(std::uint32_t a, std::uint32_t b) const {
  const Entry& x = entries_[a];
  const Entry& y = entries_[b];
  return x.kind == y.kind && x.label == y.label && x.needs == y.needs && x.region == y.region &&
         x.emotion == y.emotion && x.allowed_regions == y.allowed_regions;
}

void Lexicon::finish() {
  if (finished_) return;
  finished_ = true;
  // Entries of one owner are kept in the order they were added (so the data
  // files decide precedence), without duplicates of the same meaning.
  auto flatten = [this](std::vector<Pending>& pending, std::size_t owners, auto&& store) {
    // Ordered by (owner, entry); entry indices grow in insertion order, so this
    // keeps the data's order per owner. Owners are dense ids, so a counting
    // pass groups them (a comparison sort of ~40 K pairs was 6 % of the load);
    // an owner whose entries arrived out of order (custom dictionaries share
    // entries) is sorted on its own.
    std::vector<std::uint32_t> at(owners + 1, 0);
    for (const Pending& p : pending) ++at[p.owner + 1];
    for (std::size_t o = 0; o < owners; ++o) at[o + 1] += at[o];
    std::vector<Pending> grouped(pending.size());
    for (const Pending& p : pending) grouped[at[p.owner]++] = p;
    pending.swap(grouped);
    const auto by_entry = [](const Pending& a, const Pending& b) { return a.entry < b.entry; };
    for (std::size_t i = 0, j = 0; i < pending.size(); i = j) {
      for (j = i + 1; j < pending.size() && pending[j].owner == pending[i].owner; ++j) {
      }
      if (!std::is_sorted(pending.begin() + i, pending.begin() + j, by_entry))
        std::sort(pending.begin() + i, pending.begin() + j, by_entry);
    }
    for (std::size_t i = 0; i < pending.size();) {
      std::size_t j = i;
      const auto begin = static_cast<std::uint32_t>(entry_refs_.size());
      for (; j < pending.size() && pending[j].owner == pending[i].owner; ++j) {
        bool duplicate = false;
        for (std::uint32_t k = begin; k < entry_refs_.size() && !duplicate; ++k)
          duplicate = same_meaning(entry_refs_[k], pending[j].entry);
        if (!duplicate) entry_refs_.push_back(pending[j].entry);
      }
      store(pending[i].owner, begin, static_cast<std::uint32_t>(entry_refs_.size()) - begin);
      i = j;
    }
    pending.clear();
    pending.shrink_to_fit();
  };
  flatten(word_entries_, words_.size(), [this](std::uint32_t owner, std::uint32_t begin, std::uint32_t count) {
    words_[owner].entries_begin = begin;
    words_[owner].entries_count = count;
  });
  flatten(node_entries_, nodes_.size(), [this](std::uint32_t owner, std::uint32_t begin, std::uint32_t count) {
    nodes_[owner].entries_begin = begin;
    nodes_[owner].entries_count = count;
  });

  // Edges grouped by parent; word keys first, then slots (the matcher tries
  // the exact word before the classes).
  std::vector<std::pair<std::uint32_t, PhraseEdge>> all;
  all.reserve(children_.size());
  for (const auto& [k, child] : children_)
    all.push_back({static_cast<std::uint32_t>(k >> 32),
                   PhraseEdge{static_cast<std::uint32_t>(k & 0xFFFFFFFFu), child}});
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second.key < b.second.key;
  });
  edges_.reserve(all.size());
  for (std::size_t i = 0; i < all.size();) {
    std::size_t j = i;
    nodes_[all[i].first].edges_begin = static_cast<std::uint32_t>(edges_.size());
    for (; j < all.size() && all[j].first == all[i].first; ++j) edges_.push_back(all[j].second);
    nodes_[all[i].first].edges_count = static_cast<std::uint32_t>(j - i);
    i = j;
  }
  children_ = {};
}

std::size_t Lexicon::memory_bytes() const {
  return vocab_.memory_bytes() + sources_.memory_bytes() + words_.capacity() * sizeof(WordInfo) +
         entries_.capacity() * sizeof(Entry) + entry_refs_.capacity() * sizeof(std::uint32_t) +
         nodes_.capacity() * sizeof(PhraseNode) + edges_.capacity() * sizeof(PhraseEdge);
}

}  // namespace feltline::lexicon
