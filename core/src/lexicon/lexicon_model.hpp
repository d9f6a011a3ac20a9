// The compiled form of a lexicon: a vocabulary of folded words, what each word
// and multi-word phrase means (entries), and the word classes the mention rules
// look at. The default lexicon (core/data/lexicon/*.json) and every custom
// dictionary compile to this model; matching is then integer work:
// one hash lookup per word, then a walk of a small phrase trie.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/string_table.hpp"

namespace feltline::lexicon {

using WordId = std::uint32_t;  // 0 = not in the vocabulary
inline constexpr std::uint16_t kNoLabel = 0xFFFF;

/// What a matched term means.
enum class EntryKind : std::uint8_t {
  emotion,
  quality,
  region,
  analytic,
  custom,
  blocker,  // content
  negation,
  negation_backward,
  negation_pseudo,  // context cues
  terminator,
  hypothetical,
  conditional,
  imagination,
  desire,
  hypothetical_pseudo,
  amplifier,
  diminisher,
};

/// When a content term counts without a body part (see sensations.json).
enum class Needs : std::uint8_t {
  free,   // always
  frame,  // after a feel verb, or a be/become verb whose subject is a person
  feel,   // after a feel verb only
  body,   // only when linked to a body part
};

enum class PartOfSpeech : std::uint8_t { none, noun, verb, adjective };

struct Entry {
  EntryKind kind = EntryKind::emotion;
  Needs needs = Needs::free;
  PartOfSpeech pos = PartOfSpeech::none;
  bool takes_object = false;          // quality verb that may take the body part as object
  bool linked_only = false;           // quality: a sensation only when linked to a body part ("going" of a heart)
  std::uint16_t label = kNoLabel;     // category, quality, region or cue set (label_name)
  std::uint16_t region = kNoLabel;    // quality: the region it implies when none is linked
  std::uint16_t emotion = kNoLabel;   // quality: the emotion it names when no body part is linked
  std::uint32_t allowed_regions = 0;  // quality: bit per region index; 0 = any
  std::uint32_t group = 0;            // forms of one word share a group (echo marking)
  std::uint32_t source = 0;           // index of the term as written (source_text)
};

/// Word classes (bits), from word_classes.json and the number words.
using ClassBits = std::uint64_t;
enum WordClass : ClassBits {
  kDeterminer = 1u << 0,
  kPreposition = 1u << 1,
  kBe = 1u << 2,
  kBecome = 1u << 3,
  kFeel = 1u << 4,
  kPerson = 1u << 5,
  kSubject = 1u << 6,
  kCoordinator = 1u << 7,
  kWh = 1u << 8,
  kAction = 1u << 9,
  kCondition = 1u << 10,
  kAbbreviation = 1u << 11,
  kPredicateEnd = 1u << 12,
  kClauseOpener = 1u << 13,
  kComplementizer = 1u << 14,
  kPronounPlural = 1u << 15,
  kImperativeStart = 1u << 16,
  kSkippable = 1u << 17,
  kDisorder = 1u << 18,
  kNumberWord = 1u << 19,
  kBareRatingOpener = 1u << 20,
  kBareRatingFollower = 1u << 21,
  kRangeOpener = 1u << 22,
  kRangeConnector = 1u << 23,
  kScaleWord = 1u << 24,
  kOutOf = 1u << 25,
  kCausative = 1u << 26,
  kContraction = 1u << 27,        // a whole-word contraction ("cannot", "gonna")
  kNamedScale = 1u << 28,         // "suds"
  kFiller = 1u << 29,             // "honestly", "maybe", "but": words before a fragment's feeling word
  kFactive = ClassBits{1} << 30,  // "know", "realise": the clause after them is presupposed, not denied
  kSpeech = ClassBits{1} << 31,   // "say", "tell": under a modal, what follows is imagined speech
  kComparative =
      ClassBits{1} << 32,  // "better", "calmer" (the -er forms of :a and :c terms): "never been happier"
  kHabitual = ClassBits{1} << 33,   // "whenever", "always": "would" of a past habit, not of a wish
  kSceneExit = ClassBits{1} << 34,  // "now", "was", "felt": a sentence back in the present or the past
  kSceneNarration = ClassBits{1} << 35,  // "happen", "see": asks the other speaker to narrate a scene
  kLooking = ClassBits{1} << 36,         // "notice", "check": an instruction to look for a state
  kHedge = ClassBits{1} << 37,           // "sounds", "maybe": a guess about what is there
  kLater = ClassBits{1} << 38,           // "tomorrow", "next": a time still to come
  kInstruction = ClassBits{1} << 39,     // "breathe", "put": verbs a plan of action starts with
  kImperativeLead = ClassBits{1} << 40,  // "please", "gently": words that may stand before an imperative
  kSubordinator = ClassBits{1} << 41,    // "as", "when", "each": a fronted clause or adverbial opens with it
  kAddress = ClassBits{1} << 42,         // "love", "dear": a term of address, not a feeling
  kMoment = ClassBits{1} << 53,          // "second", "moment": "Take a second." pauses an imagined scene
  // The word lists of single rules (below): a word listed only there stays unknown (turn_words.cpp).
  kWishVerb = ClassBits{1} << 43,         // "hope", "'d rather": after a habit's "would", a wish
  kNormal = ClassBits{1} << 44,           // "normal", "common": "it's normal to feel ..." reassures
  kTimeStretch = ClassBits{1} << 45,      // "weeks", "first": a stretch of time a normal state lasts
  kReassurance = ClassBits{1} << 46,      // "worry", "panic": "..., don't worry" tells the listener
  kLeadIn = ClassBits{1} << 47,           // "now", "okay": may stand before an invitation to imagine
  kAcknowledgement = ClassBits{1} << 48,  // "okay", "um": a sentence of them acknowledges
  kLinkingAdverb = ClassBits{1} << 49,    // "just", "still": between a body part and its quality
  kLetLead = ClassBits{1} << 50,          // "gently", "please": may open a clause before "let your ..."
  kFocusAdverb = ClassBits{1} << 51,      // "especially": "a heaviness, especially in your arms"
  kPredicateJoiner = ClassBits{1} << 52,  // "then", "instead": joins a predicate to a modal's clause
  kAuxiliary = ClassBits{1} << 54,        // "have", "'d", "can": may sit between a subject and its verb
  kFeelingNoun = ClassBits{1} << 55,      // "feeling", "sensation": "a sick feeling" says it is felt
  kSpeechOpener = ClassBits{1} << 56,     // "say", "tell": the base forms that prescribe speech
  kSceneTime = ClassBits{1} << 57,       // "morning", "Saturday": "It's the morning of the sale." sets a scene
  kSpeechReport = ClassBits{1} << 58,    // "says", "told": tells what someone says
  kBareRatingComparison = ClassBits{1} << 59,  // "than": "more ready than a six" compares, it rates nothing
  kListedOnly = ClassBits{1} << 63,       // "um", "normal": known only through the lists above
};
/// The rules' word lists (and kListedOnly). Being in them does not make a word known: a
/// word kListedOnly keeps id 0 in a turn's words (turn_words.cpp), as unknown words do.
inline constexpr ClassBits kRuleWordLists =
    kWishVerb | kNormal | kTimeStretch | kReassurance | kLeadIn | kAcknowledgement | kLinkingAdverb |
    kLetLead | kFocusAdverb | kPredicateJoiner | kAuxiliary | kFeelingNoun | kSpeechOpener | kSceneTime | kSpeechReport |
    kListedOnly;
/// The class a `{slot}` in a term stands for: {det}, {be}, {feel}, ...
ClassBits word_class_for_slot(std::string_view slot_name);
/// The class for a class name in word_classes.json ("determiner", ...); 0 if unknown.
ClassBits word_class_for_name(std::string_view class_name);

struct WordInfo {
  ClassBits classes = 0;
  std::uint32_t entries_begin = 0;  // single-word entries: entry_refs()[begin, begin+count)
  std::uint32_t entries_count = 0;
  std::uint32_t phrase_node = 0;  // phrase-trie node this word leads to from the root; 0 = none
  float number = NAN;             // value of a number word ("seven" -> 7)
};

/// A node of the phrase trie (multi-word terms).
struct PhraseNode {
  std::uint32_t edges_begin = 0;
  std::uint32_t edges_count = 0;
  std::uint32_t entries_begin = 0;  // entries of the phrase ending here
  std::uint32_t entries_count = 0;
};

struct PhraseEdge {
  std::uint32_t key = 0;  // a WordId, or kSlotKey | class bit index
  std::uint32_t child = 0;
};
inline constexpr std::uint32_t kSlotKey = 0x80000000u;

class Lexicon {
 public:
  Lexicon();

  // --- lookup (after finish()) ---
  /// Vocabulary id of a folded word (or a wildcard prefix written "pre*"); 0 when unknown.
  WordId find(std::string_view folded) const { return vocab_.find(folded); }
  const WordInfo& word(WordId id) const { return words_[id]; }
  std::string_view word_text(WordId id) const { return id ? vocab_.at(id) : std::string_view(); }
  const Entry& entry(std::uint32_t index) const { return entries_[index]; }
  const std::vector<std::uint32_t>& entry_refs() const { return entry_refs_; }
  const PhraseNode& node(std::uint32_t index) const { return nodes_[index]; }
  const std::vector<PhraseEdge>& edges() const { return edges_; }
  /// True when some term ends in '*'; `wildcard_lengths` has bit L set for each prefix length L (< 64).
  bool has_wildcards() const { return wildcard_lengths_ != 0 || long_wildcards_; }
  std::uint64_t wildcard_lengths() const { return wildcard_lengths_; }
  bool has_long_wildcards() const { return long_wildcards_; }

  const std::string& label_name(std::uint16_t label) const { return labels_[label]; }
  std::string_view source_text(std::uint32_t source) const { return sources_.at(source); }
  /// Region index (0..31) of a region label, or -1.
  int region_index(std::uint16_t label) const;
  std::uint16_t region_label(int index) const { return region_labels_[index]; }
  std::size_t region_count() const { return region_labels_.size(); }
  std::uint16_t find_label(std::string_view name) const;

  std::size_t entry_count() const { return entries_.size(); }
  std::size_t vocabulary_size() const { return vocab_.size(); }
  std::size_t memory_bytes() const;

  // --- building (LexiconBuilder) ---
  WordId intern_word(std::string_view folded);
  std::uint16_t intern_label(std::string_view name);
  int intern_region(std::string_view name);  // adds a region label; -1 when more than 32
  std::uint32_t intern_source(std::string_view text) { return sources_.insert(text); }
  std::uint32_t add_entry(const Entry& e);
  void add_word_class(WordId id, ClassBits classes) { words_[id].classes |= classes; }
  void set_number(WordId id, float value) {
    words_[id].number = value;
    words_[id].classes |= kNumberWord;
  }
  /// Attaches entry `entry` to the single word `id`, unless an equal entry is there already.
  void attach_to_word(WordId id, std::uint32_t entry);
  /// Returns the trie node for `keys` (creating it), then attaches `entry`.
  void attach_to_phrase(const std::vector<std::uint32_t>& keys, std::uint32_t entry);
  void note_wildcard(std::size_t prefix_length);
  /// Freezes the building tables into the lookup arrays. Call once.
  void finish();

 private:
  bool same_meaning(std::uint32_t a, std::uint32_t b) const;

  StringTable vocab_;
  std::vector<WordInfo> words_;  // index = WordId (0 unused)
  std::vector<Entry> entries_;
  std::vector<std::uint32_t> entry_refs_;
  std::vector<PhraseNode> nodes_;  // 0 = root (unused as a target)
  std::vector<PhraseEdge> edges_;
  std::vector<std::string> labels_;
  StringTable label_table_;
  StringTable sources_;
  std::vector<std::uint16_t> region_labels_;
  std::uint64_t wildcard_lengths_ = 0;
  bool long_wildcards_ = false;

  // Building state, released by finish().
  struct Pending {
    std::uint32_t owner;  // WordId (single words) or node index (phrases)
    std::uint32_t entry;
  };
  std::vector<Pending> word_entries_;
  std::vector<Pending> node_entries_;
  std::unordered_map<std::uint64_t, std::uint32_t> children_;  // (parent << 32 | key) -> child node
  bool finished_ = false;
};

}  // namespace feltline::lexicon
