// Everything the mention rules compute for one turn, kept in one reusable
// object so that analysing a turn allocates nothing once the buffers are warm.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/turn_words.hpp"
#include "feltline/mention.hpp"
#include "lexicon/default_lexicon.hpp"
#include "lexicon/phrase_matcher.hpp"
#include "text/text_pool.hpp"

namespace feltline::analyse {

/// How strongly the words before a word frame it as a feeling (experiential_frame.hpp).
enum class Frame : std::uint8_t { none, existential, person_be, feel };

/// What one sentence holds that decides whether its "might be" is a guess
/// (hypothetical_scope.cpp).
struct SentenceMood {
  std::uint32_t first_hedge = UINT32_MAX;  // word index of the first hedge
  bool later = false;                      // a time to come
  bool condition = false;                  // an "if"
};

/// A mention before its context flags are set.
struct Candidate {
  MentionKind kind = MentionKind::emotion;
  std::uint32_t first = 0;  // word indices [first, last)
  std::uint32_t last = 0;
  std::uint32_t head = 0;                    // the word whose context decides negation and hypotheticals
  std::uint16_t label = lexicon::kNoLabel;   // category or quality
  std::uint16_t region = lexicon::kNoLabel;  // sensation region (or "unspecified")
  const lexicon::Entry* entry = nullptr;
  const lexicon::Entry* region_entry = nullptr;
  const char* rule = "word";                // how it was found, for "source"
  bool imperative = false;                  // "relax your shoulders": prescribed, so hypothetical
  std::uint32_t region_first = UINT32_MAX;  // sensation: where its body part is, when linked
  std::uint32_t region_last = UINT32_MAX;
  double value = 0, scale = 0;  // ratings
  std::string category;         // ratings: the emotion category rated
};

/// The order of a turn's candidates: by words, then kind, then region.
struct CandidateOrder {
  bool operator()(const Candidate& a, const Candidate& b) const {
    if (a.first != b.first) return a.first < b.first;
    if (a.last != b.last) return a.last < b.last;
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.region < b.region;
  }
};

/// Sorts candidates[from, end) by CandidateOrder, ties in their order. Every
/// sort of candidates goes through this one function, and through an index:
/// each sort of the structs themselves put another copy of the sort, with
/// their string moves inlined, into the WebAssembly module.
void sort_candidates(std::vector<Candidate>& candidates, std::size_t from = 0);

/// Whether a folded word looks like a gerund or participle ("worrying", "eating"),
/// longer than a short word that merely ends so ("king").
inline bool ends_with_ing(std::string_view word) { return word.size() > 4 && word.substr(word.size() - 3) == "ing"; }

/// A word's folded text (TurnContext::text_of): a string_view whose comparison
/// with a string literal is inlined (a size test, then that many bytes). The rules
/// compare words with literals millions of times per megabyte, and the library's
/// operator, not inlined into the large rule functions, cost a call and a memcmp each.
struct WordText : std::string_view {
  using std::string_view::basic_string_view;
  constexpr WordText(std::string_view s) noexcept : std::string_view(s) {}
  template <std::size_t N>
  friend bool operator==(WordText a, const char (&b)[N]) {
    return a.size() == N - 1 && __builtin_memcmp(a.data(), b, N - 1) == 0;
  }
  template <std::size_t N>
  friend bool operator!=(WordText a, const char (&b)[N]) {
    return !(a == b);
  }
  template <std::size_t N>
  friend bool operator==(const char (&b)[N], WordText a) {
    return a == b;
  }
  template <std::size_t N>
  friend bool operator!=(const char (&b)[N], WordText a) {
    return !(a == b);
  }
};

struct TurnContext {
  const lexicon::DefaultLexicon* dl = nullptr;
  TextPool* pool = nullptr;  // the transcript's: run-time text the mentions view (mention.hpp)
  TurnWords tw;
  std::string_view turn_text;  // the turn as written (Word offsets point into it): its letter case
  std::vector<lexicon::MatchKey> keys;
  std::vector<lexicon::Hit> hits;
  std::vector<std::int32_t> hit_of_word;  // per word: the hit covering it, or -1
  std::uint32_t hit_kinds = 0;  // every hit's kinds together: a rule whose cue kind is absent can be skipped
  lexicon::ClassBits word_classes = 0;  // every word's classes together, for the same test (has_class)
  std::vector<std::string_view> texts;    // per word: text_of(i), looked up once (match() in mention_finder.cpp)
  // every word's cue-word lists together, and the lists a word starts a phrase of
  // (word_lists.hpp): a rule looking for a list's words or phrases returns at once
  // when the turn holds none (may_hold)
  std::vector<const lexicon::WordLists::Rows*> list_rows;  // per word: its rows, looked up once
  lexicon::WordLists::Row lists_in_turn{};
  lexicon::WordLists::Row phrase_starts_in_turn{};

  // clause_structure.hpp
  std::vector<std::uint32_t> sentence;          // per word
  std::vector<std::uint8_t> clause_start;       // per word
  std::vector<std::uint8_t> frame_break;        // per word: a complement clause starts ("feel like we ...")
  std::vector<std::uint8_t> sentence_question;  // per sentence: ends with '?'
  std::vector<std::uint32_t> question_from;     // per sentence: first word of its asking part
                                                // ("I'm jumpy; can we slow down?" asks from "can")
  std::vector<std::uint32_t> sentence_first;    // per sentence: its first word; one more: size()
  std::vector<std::uint32_t> sentence_words;    // per sentence: its words (not punctuation)
  bool is_question(std::size_t word_index) const {
    const std::uint32_t s = sentence[word_index];
    return sentence_question[s] && word_index >= question_from[s];
  }

  // scopes: per word, the cue hit that covers it, or -1
  std::vector<std::int32_t> negated_by;
  std::vector<std::int32_t> hypothetical_by;
  std::vector<std::int32_t> desire_by;
  std::vector<Frame> frame;
  bool answers_message_question = false;  // the other speaker's last turn asked "What would you tell her?"
  bool answers_future_question = false;  // the other speaker's last turn asked "What will you notice on Friday?"
  bool client_turn = false;  // the turn's speaker has the client role (set before the scene is carried)
  bool therapist_turn = false;  // the turn's speaker has the therapist role
  bool speaks_for_another = false;  // role other: an interpreter's "he says he is tired" is the client's (case 205)
  bool answers_feeling_question = false;  // the other speaker's last turn ended "How are you feeling?"
  bool scene_seen = false;  // hypothetical_scene.cpp: an imagined scene was narrated earlier in the transcript
  // hypothetical_scene.cpp: turns since the last one an imagined scene was open in (0: the turn before)
  std::uint32_t scene_turns_ago = kNoSceneYet;
  // hypothetical_scene.cpp: a whole exercise (eyes closed, or the scene asked in the present)
  // runs, and how many turns it has run (round thirty-five)
  bool in_exercise = false;
  std::uint32_t exercise_turns = 0;
  bool other_turn_body = false;  // hurt_of_loss.hpp: the other speaker's last turn named a sensation or physical cause
  bool other_turn_loss = false;  // hurt_of_loss.hpp: ... or a loss, a person or their words
  bool ended_in_role = false;  // hypothetical_role_play.cpp: the turn before ended in a role's lines
  // hypothetical_scene.cpp: turns since the last one that offered to play a role (0: the turn before)
  std::uint32_t role_offered_turns_ago = kNoSceneYet;
  static constexpr std::uint32_t kNoSceneYet = 0xffffffffu;
  // sensation_linker.cpp: the body part the previous turn named last ("Can you
  // notice your shoulders?" — "They're tight."); label kNoLabel when none
  struct NamedRegion {
    std::uint16_t label = lexicon::kNoLabel;
    const lexicon::Entry* entry = nullptr;
    bool plural = false;
  } previous_turn_region;
  // place_question.hpp: the other speaker's turn just before ended on a question
  // that is only a place ("And the knee?"); label kNoLabel when not
  NamedRegion asked_place;

  std::vector<Candidate> candidates;
  std::vector<std::uint8_t> used;  // per hit: already part of a mention

  // Working vectors of single rules, kept here rather than as locals so that a
  // warm context allocates nothing per turn (a malloc and a free per vector per
  // turn were about 1 % of the instructions on short dialogue turns).
  struct Scratch {
    std::vector<std::int32_t> scope;          // a scope computed before it is merged (negation, hypothetical)
    std::vector<std::int32_t> speech_starts;  // imagined speech: per word, the modal whose speech starts there
    std::vector<std::uint8_t> habitual;       // per sentence: a habit ("would" of the past), or a condition
    std::vector<SentenceMood> moods;          // per sentence
    std::vector<std::int32_t> plural_regions; // sensation linker: linkable region hits in order
    std::vector<std::uint32_t> clause_of;     // sensation linker: per word, the first word of its clause
    std::vector<std::uint32_t> reach;         // sensation linker: per candidate, the furthest end up to it
  } scratch;

  const lexicon::Lexicon& lex() const { return dl->lexicon; }
  // tw.words.size(), set when the turn's words are built (mention_finder.cpp): size()
  // is in the condition of nearly every loop over the words, and from the vector it
  // is two loads and a division by the 40 bytes of a Word at each test.
  std::size_t word_count = 0;
  std::size_t size() const { return word_count; }
  const Word& word(std::size_t i) const { return tw.words[i]; }
  /// The index of the first word (not a punctuation mark) that starts at byte `begin`
  /// of the turn, or size(). Words are in text order: a binary search, so a look-up
  /// per mention keeps a long turn linear (tests/core/long_turn_test.cpp).
  std::size_t word_starting_at(std::uint32_t begin) const {
    std::size_t lo = 0, hi = size();
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if (word(mid).begin < begin) lo = mid + 1;
      else hi = mid;
    }
    for (std::size_t i = lo; i < size() && word(i).begin == begin; ++i)
      if (word(i).punct == Punct::none) return i;
    return size();
  }

  /// The first entry of `hit` with kind `kind`, or null.
  const lexicon::Entry* entry_of(const lexicon::Hit& hit, lexicon::EntryKind kind) const {
    const auto& refs = lex().entry_refs();
    for (std::uint32_t k = hit.entries_begin; k < hit.entries_begin + hit.entries_count; ++k)
      if (lex().entry(refs[k]).kind == kind) return &lex().entry(refs[k]);
    return nullptr;
  }
  bool has(const lexicon::Hit& hit, lexicon::EntryKind kind) const {
    return (hit.kinds >> static_cast<unsigned>(kind)) & 1;
  }
  /// Whether some hit of the turn has an entry of kind `kind`.
  bool turn_has(lexicon::EntryKind kind) const { return (hit_kinds >> static_cast<unsigned>(kind)) & 1; }
  /// Whether some word of the turn has one of the classes `bits`: a pass that acts
  /// only from such a word returns at once without walking the words.
  bool has_class(lexicon::ClassBits bits) const { return (word_classes & bits) != 0; }
  /// The hit covering word `i`, or null. (hit_of_word has size() entries:
  /// match() in mention_finder.cpp sizes it so; word_count is one load.)
  const lexicon::Hit* hit_at(std::size_t i) const {
    return i < word_count && hit_of_word[i] >= 0 ? &hits[hit_of_word[i]] : nullptr;
  }
  bool is_cue(const lexicon::Hit& hit) const;
  bool is_content(const lexicon::Hit& hit) const;
  bool is_intensity(const lexicon::Hit& hit) const {
    return has(hit, lexicon::EntryKind::amplifier) || has(hit, lexicon::EntryKind::diminisher);
  }
  /// Folded text of word `i` (for an unknown word, its folded token).
  WordText text_of(std::size_t i) const { return texts[i]; }
  /// Whether word `i`'s text (text_of) is in cue-word list `list` (cue_words.json).
  bool in_list(std::size_t i, lexicon::WordList list) const {
    return lexicon::WordLists::has(list_rows[i]->lists, list);
  }
  /// Whether word `i` names a person by kinship or title (kin_nouns, role_addresses), even
  /// when a lexicon phrase gives it a word id ("miss my mummy").
  bool is_kin_or_title(std::size_t i) const {
    return in_list(i, lexicon::WordList::kin_nouns) || in_list(i, lexicon::WordList::role_addresses);
  }
  /// Whether some word of the turn is in `list` or starts a phrase of it: when not,
  /// in_list and phrase_at are false and 0 at every word of the turn.
  bool may_hold(lexicon::WordList list) const {
    const std::size_t bit = static_cast<std::size_t>(list);
    return ((lists_in_turn[bit / 64] | phrase_starts_in_turn[bit / 64]) >> (bit % 64)) & 1;
  }
  /// Whether some word of the turn is in `list` (in_list at some word).
  bool in_turn(lexicon::WordList list) const { return lexicon::WordLists::has(lists_in_turn, list); }
  /// Whether some word of the turn starts a phrase of `list`: when not, phrase_at is
  /// at most 1 at every word.
  bool may_hold_phrase(lexicon::WordList list) const {
    const std::size_t bit = static_cast<std::size_t>(list);
    return (phrase_starts_in_turn[bit / 64] >> (bit % 64)) & 1;
  }
  /// The number of words of the longest phrase of `list` that starts at word `i`, or 0
  /// (1 for a one-word entry of the list: "nobody" beside "no one").
  std::size_t phrase_at(std::size_t i, lexicon::WordList list) const {
    if (i >= size()) return 0;
    const auto& rows = *list_rows[i];
    std::size_t longest = lexicon::WordLists::has(rows.lists, list) ? 1 : 0;
    if (!lexicon::WordLists::has(rows.starts, list)) return longest;
    for (const auto& phrase : dl->word_lists.phrases(list)) {
      std::size_t n = 0;
      while (n < phrase.size() && i + n < size() && list_id(i + n) == phrase[n]) ++n;
      if (n == phrase.size() && n > longest) longest = n;
    }
    return longest;
  }
  /// The vocabulary id the cue-word lists know word `i` by (also for a word only they name).
  lexicon::WordId list_id(std::size_t i) const {
    return tw.words[i].id ? tw.words[i].id : tw.words[i].listed;
  }
  bool is_region_word(std::size_t i) const;
};

}  // namespace feltline::analyse
