#include "analyse/hypothetical_features.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <iterator>

#include "analyse/linear_model.hpp"
#include "lexicon/word_lists.hpp"

namespace feltline::analyse {
namespace {

using lexicon::EntryKind;
using lexicon::WordList;

constexpr std::size_t kWindow = 16;     // words each way from the head
constexpr std::size_t kNeighbours = 8;  // mentions each way from this one
constexpr std::size_t kTextBefore = 6;  // words before the head named by their text
constexpr std::size_t kTextAfter = 4;   // ... after it
constexpr std::size_t kPreviousTurnWords = 32;  // the previous turn's last words, by their text

struct Key {
  std::uint32_t hash;
  std::string_view name;
};
constexpr Key key(std::string_view name) { return {fnv(name), name}; }
constexpr std::uint32_t kNoValue = fnv("");

// The scope kinds a hit may carry that bear on the flag, with their names.
constexpr std::pair<EntryKind, Key> kScopeKinds[] = {
    {EntryKind::negation, key("negation")},       {EntryKind::negation_backward, key("negation_backward")},
    {EntryKind::terminator, key("terminator")},   {EntryKind::hypothetical, key("hypothetical")},
    {EntryKind::conditional, key("conditional")}, {EntryKind::imagination, key("imagination")},
    {EntryKind::desire, key("desire")},           {EntryKind::hypothetical_pseudo, key("hypothetical_pseudo")},
};

// One area around the head: its prefix for the word's text, its lists and its scope kinds.
struct Area {
  Key text, list, kind;
};
constexpr Area area(std::string_view text, std::string_view list, std::string_view kind) {
  return {key(text), key(list), key(kind)};
}
constexpr Area kClauseBefore = area("clause before", "clause before.list", "clause before.kind");
constexpr Area kSentenceBefore = area("sentence before", "sentence before.list", "sentence before.kind");
constexpr Area kClauseAfter = area("clause after", "clause after.list", "clause after.kind");
constexpr Area kSentenceAfter = area("sentence after", "sentence after.list", "sentence after.kind");
constexpr Area kPreviousSentence = area("previous sentence", "previous sentence.list", "previous sentence.kind");

// The three areas whose lists and scope kinds are gathered, each feature's
// hash ("clause before.list=imagination_verbs") found at compile time, not
// per mention.
using lexicon::kWordListNames;
constexpr std::size_t kKindCount = std::size(kScopeKinds);
struct GatheredHashes {
  std::array<std::uint32_t, lexicon::kWordListCount> lists{};
  std::array<std::uint32_t, kKindCount> kinds{};
};
constexpr GatheredHashes gathered_hashes(const Area& a) {
  GatheredHashes g;
  for (std::size_t l = 0; l < g.lists.size(); ++l) g.lists[l] = mix(a.list.hash, fnv(kWordListNames[l]));
  for (std::size_t k = 0; k < kKindCount; ++k) g.kinds[k] = mix(a.kind.hash, kScopeKinds[k].second.hash);
  return g;
}
constexpr GatheredHashes kClauseBeforeHashes = gathered_hashes(kClauseBefore);
constexpr GatheredHashes kClauseAfterHashes = gathered_hashes(kClauseAfter);
constexpr GatheredHashes kPreviousSentenceHashes = gathered_hashes(kPreviousSentence);

// The rule that carried a scope over a head (TurnContext::hypothetical_by below 0).
const Key& scope_rule(std::int32_t by) {
  static constexpr Key kRules[] = {key("none"),         key("carried over"), key("imagined speech"),
                                   key("looked for"),   key("planned occasion"), key("time to come"),
                                   key("prohibited")};
  return by <= -2 && by >= -7 ? kRules[-by - 1] : kRules[0];
}

// Values a feature takes often, hashed once.
constexpr Key kHyp = key("hyp"), kNo = key("no"), kEmotion = key("emotion"), kSensation = key("sensation"),
              kSame = key("same"), kOther = key("other"), kClause = key("clause"), kSentenceArea = key("sentence"),
              kNone = key("none"), kScoped = key("scope"), kPresentTense = key("present"), kPastTense = key("past");
constexpr Key kRoles[] = {key("therapist"), key("client"), key("other"), key("unknown")};

// (always inlined: a mention hands on about 150 features)
#define FELTLINE_INLINE inline __attribute__((always_inline))

// kScoreOnly: the sink only sums a model's score (the pipeline's case), so a
// feature costs a load and an add, with no test of what else the sink wants.
template <bool kScoreOnly>
struct Emit {
  HypotheticalFeatures& out;
  // prefix=value, the value's hash given
  FELTLINE_INLINE void operator()(const Key& prefix, std::uint32_t value_hash, std::string_view value) {
    hashed(mix(prefix.hash, value_hash), prefix, value);
  }
  __attribute__((noinline)) void name(std::uint32_t h, const Key& prefix, std::string_view value,
                                      std::string_view second = {}, bool pair = false) {
    if (!out.named(h)) {
      out.names->emplace_back();
      return;
    }
    std::string& n = out.names->emplace_back(prefix.name);
    n.append("=").append(value);
    if (pair) n.append(",").append(second);
  }
  // a feature whose hash was found beforehand
  FELTLINE_INLINE void hashed(std::uint32_t h, const Key& prefix, std::string_view value) {
    if constexpr (kScoreOnly) {
      out.score += out.weights[h & out.mask];
    } else {
      out.add(h);
      if (out.names) name(h, prefix, value);
    }
  }
  FELTLINE_INLINE void operator()(const Key& prefix, std::string_view value) { (*this)(prefix, fnv(value), value); }
  FELTLINE_INLINE void operator()(const Key& prefix, const Key& value) { (*this)(prefix, value.hash, value.name); }
  FELTLINE_INLINE void operator()(const Key& prefix) { (*this)(prefix, kNoValue, {}); }
  // prefix=first,second
  void operator()(const Key& prefix, const Key& first, const Key& second) {
    hashed_pair(mix(prefix.hash, fnv(second.name, fnv(",", first.hash))), prefix, first.name, second.name);
  }
  void operator()(const Key& prefix, std::string_view first, std::string_view second) {
    hashed_pair(mix(prefix.hash, fnv(second, fnv(",", fnv(first)))), prefix, first, second);
  }
  FELTLINE_INLINE void hashed_pair(std::uint32_t h, const Key& prefix, std::string_view first, std::string_view second) {
    if constexpr (kScoreOnly) {
      out.score += out.weights[h & out.mask];
    } else {
      out.add(h);
      if (out.names) name(h, prefix, first, second, true);
    }
  }
};

// The cue-word lists and scope kinds of some words, gathered (each named once
// per area, however many of its words have it: a set, not a count, so an area
// costs an OR per word and one feature per list present).
struct Gathered {
  lexicon::WordLists::Row lists{};
  std::uint32_t kinds = 0;
  FELTLINE_INLINE void add(const TurnContext& c, std::size_t k) {
    if (const lexicon::Hit* hit = c.hit_at(k)) kinds |= hit->kinds;
    const auto& row = c.list_rows[k]->lists;
    for (std::size_t part = 0; part < row.size(); ++part) lists[part] |= row[part];
  }
};

template <class E>
void emit_gathered(const Gathered& g, const Area& a, const GatheredHashes& hashes, E& emit) {
  for (std::size_t k = 0; k < kKindCount; ++k)
    if ((g.kinds >> static_cast<unsigned>(kScopeKinds[k].first)) & 1)
      emit.hashed(hashes.kinds[k], a.kind, kScopeKinds[k].second.name);
  for (std::size_t part = 0; part < g.lists.size(); ++part) {
    for (std::uint64_t bits = g.lists[part]; bits; bits &= bits - 1) {
      const std::size_t l = part * 64 + static_cast<std::size_t>(__builtin_ctzll(bits));
      emit.hashed(hashes.lists[l], a.list, kWordListNames[l]);
    }
  }
}

}  // namespace

std::uint32_t TurnFeatureWords::text_hash(std::size_t k) const {
  std::uint32_t& h = hashes[k];
  if (h == 0) h = fnv(c->text_of(k));
  return h;
}

namespace {

template <bool kScoreOnly>
void extract(const TurnContext& c, const TurnFeatureWords& words, const std::vector<Mention>& mentions,
             std::size_t index, Role role, const HypotheticalHistory& history, HypotheticalFeatures& out) {
  Emit<kScoreOnly> emit{out};
  const Candidate& cand = c.candidates[index];
  const Mention& m = mentions[index];
  const std::size_t head = std::min<std::size_t>(cand.head, c.size() - 1);
  const std::uint32_t s = c.sentence[head];
  const std::size_t sb = c.sentence_first[s], se = c.sentence_first[s + 1];
  std::size_t cb = head;
  while (cb > sb && !c.clause_start[cb]) --cb;
  std::size_t ce = head + 1;
  while (ce < se && !c.clause_start[ce]) ++ce;

  const Key& rule = m.hypothetical ? kHyp : kNo;
  const Key& kind = m.kind == MentionKind::emotion ? kEmotion : kSensation;
  const Key& role_text = kRoles[static_cast<std::size_t>(role)];
  static constexpr Key kBias = key("bias"), kRule = key("rule"), kKind = key("kind"), kFound = key("found"),
                       kRuleRole = key("rule*role"), kRuleKind = key("rule*kind"), kRole = key("role"),
                       kNegated = key("negated"), kQuestion = key("question"), kQuoted = key("quoted"),
                       kEcho = key("echo"), kCue = key("cue"), kCueSet = key("cueset"), kScope = key("scope"),
                       kDesire = key("desire scope"), kImperative = key("imperative");
  emit(kBias);
  emit(kRule, rule);
  emit(kKind, kind);
  emit(kFound, m.rule);
  emit(kRuleRole, rule, role_text);
  emit(kRuleKind, rule, kind);
  emit(kRole, role_text);
  if (m.negated) emit(kNegated);
  if (m.question) emit(kQuestion);
  if (m.quoted) emit(kQuoted);
  if (m.echo) emit(kEcho);
  for (std::string_view cue : m.cues) {
    emit(kCue, cue);
    emit(kCueSet, cue.substr(0, cue.find(':')));
  }
  const std::int32_t by = c.hypothetical_by[head];
  if (by >= 0) {
    for (const auto& [k, name] : kScopeKinds)
      if (c.has(c.hits[by], k)) emit(kScope, name.hash, name.name);
  } else {
    emit(kScope, scope_rule(by));
  }
  if (c.desire_by[head] >= 0) emit(kDesire);
  if (cand.imperative) emit(kImperative);

  // The words around the head, at most kWindow each way in its sentence: the
  // text of the nearest (kTextBefore before, kTextAfter after), split by whether
  // they are in the head's clause, and the lists and scope kinds of those in
  // the clause, gathered before and after the head.
  static constexpr Key kBigram = key("bigram before");
  const std::size_t from = head > sb + kWindow ? head - kWindow : sb;
  const std::size_t to = std::min(se, static_cast<std::size_t>(cand.last) + kWindow);
  std::size_t n = 0, after = 0;
  std::size_t previous_words[2] = {SIZE_MAX, SIZE_MAX};
  // a present report ("I'm aware of", "stay with", "now") in the clause or the
  // sentence, and the tense of the clause's nearest verb before the head
  const Key* present = nullptr;
  const Key* tense = nullptr;
  const auto tense_of = [&](std::size_t k) {
    return c.in_list(k, WordList::present_tense_verbs) ? &kPresentTense
           : c.in_list(k, WordList::past_tense_verbs)  ? &kPastTense
                                                        : nullptr;
  };
  // "when", "whenever" or "if" before the head, and the tense of the nearest
  // verb after it: "When I notice it, my chest tightens" (a habit) against
  // "If I told her, I'd be ashamed" (imagined)
  std::size_t opener = SIZE_MAX;
  const Key* tense_after = nullptr;
  const Key* opener_tense = nullptr;
  Gathered clause_before, clause_after;
  for (std::size_t k = head; k-- > from;) {
    if (c.word(k).punct != Punct::none) continue;
    const bool in_clause = k >= cb;
    if (in_clause) clause_before.add(c, k);
    if (n < kTextBefore) emit(in_clause ? kClauseBefore.text : kSentenceBefore.text, words.text_hash(k), c.text_of(k));
    if (n < 2) previous_words[n] = k;
    ++n;
    if (!present && c.in_list(k, WordList::present_reports)) present = in_clause ? &kClause : &kSentenceArea;
    const Key* t = tense_of(k);
    if (!tense && in_clause) tense = t;
    if (t) tense_after = t;
    if (opener == SIZE_MAX && c.in_list(k, WordList::generic_openers)) opener = k, opener_tense = tense_after;
  }
  // (the opener may be further back in a long sentence)
  for (std::size_t k = from; opener == SIZE_MAX && k-- > sb;) {
    if (const Key* t = tense_of(k)) tense_after = t;
    if (c.in_list(k, WordList::generic_openers)) opener = k, opener_tense = tense_after;
  }
  for (std::size_t k = cand.last; k < to; ++k) {
    if (c.word(k).punct != Punct::none) continue;
    const bool in_clause = k < ce;
    if (in_clause) clause_after.add(c, k);
    if (after < kTextAfter) emit(in_clause ? kClauseAfter.text : kSentenceAfter.text, words.text_hash(k), c.text_of(k));
    ++after;
    if (!present && c.in_list(k, WordList::present_reports)) present = in_clause ? &kClause : &kSentenceArea;
  }
  emit_gathered(clause_before, kClauseBefore, kClauseBeforeHashes, emit);
  emit_gathered(clause_after, kClauseAfter, kClauseAfterHashes, emit);
  if (previous_words[1] != SIZE_MAX)
    emit(kBigram, c.text_of(previous_words[1]), c.text_of(previous_words[0]));
  // Felt now, inside or after an imagined scene: the report's markers with the scene and the scope.
  static constexpr Key kPresent = key("present report"), kPresentScene = key("present report*scene"),
                       kPresentScope = key("present report*rule"), kTense = key("clause tense"),
                       kTenseScene = key("clause tense*scene");
  const Key& present_text = present ? *present : kNone;
  emit(kPresent, present_text);
  if (c.scene_seen) emit(kPresentScene, present_text);
  emit(kPresentScope, present_text, by >= 0 ? kScoped : scope_rule(by));
  if (tense) {
    emit(kTense, *tense);
    if (c.scene_seen) emit(kTenseScene, *tense);
  }
  static constexpr Key kOpenerTense = key("opener tense");
  if (opener != SIZE_MAX) emit(kOpenerTense, c.text_of(opener), (opener_tense ? *opener_tense : kNone).name);

  // The previous sentence's last kWindow words: their lists and scope kinds, whether a scope was there.
  static constexpr Key kPreviousScope = key("previous sentence scope"), kSceneSeen = key("scene seen"),
                       kPreviousPresent = key("previous sentence present report");
  if (s > 0) {
    bool previous_scope = false;
    Gathered previous;
    const std::size_t pb = c.sentence_first[s - 1];
    for (std::size_t k = std::max(pb, sb > kWindow ? sb - kWindow : 0); k < sb; ++k) {
      previous_scope |= c.hypothetical_by[k] != -1;
      if (c.word(k).punct == Punct::none) previous.add(c, k);
    }
    emit_gathered(previous, kPreviousSentence, kPreviousSentenceHashes, emit);
    if (previous_scope) emit(kPreviousScope);
    if (lexicon::WordLists::has(previous.lists, WordList::present_reports)) emit(kPreviousPresent);
  }
  if (c.scene_seen) emit(kSceneSeen);

  // The rules' decisions on the nearby mentions of this sentence and the next and previous ones.
  static constexpr Key kMentionBefore = key("sentence mention before"), kMentionAfter = key("sentence mention after"),
                       kPreviousMention = key("previous sentence mention"),
                       kNextMention = key("next sentence mention");
  const auto sentence_of = [&](std::size_t j) {
    return c.sentence[std::min<std::size_t>(c.candidates[j].head, c.size() - 1)];
  };
  const auto neighbour = [&](std::size_t j) {
    if (mentions[j].kind > MentionKind::sensation) return;
    const std::uint32_t other = sentence_of(j);
    const Key& decision = mentions[j].hypothetical ? kHyp : kNo;
    if (other == s) emit(j < index ? kMentionBefore : kMentionAfter, decision);
    else if (other + 1 == s) emit(kPreviousMention, decision);
    else if (other == s + 1) emit(kNextMention, decision);
  };
  for (std::size_t j = index, seen = 0; j-- > 0 && seen < kNeighbours && sentence_of(j) + 1 >= s; ++seen) neighbour(j);
  for (std::size_t j = index + 1, seen = 0; j < mentions.size() && seen < kNeighbours && sentence_of(j) <= s + 1;
       ++j, ++seen)
    neighbour(j);

  // The previous turn.
  static constexpr Key kPreviousTurn = key("previous turn"), kPreviousHyp = key("previous turn hyp"),
                       kPreviousLastHyp = key("previous turn last hyp"), kPreviousTurnScope = key("previous turn scope"),
                       kPreviousAsks = key("previous turn asks"), kPreviousWord = key("previous turn word"),
                       kFirstTurn = key("first turn"), kPreviousTurnPresent = key("previous turn present report");
  if (history.previous_turn) {
    const Key& who = history.previous_turn_same_speaker ? kSame : kOther;
    emit(kPreviousTurn, who);
    if (history.previous_turn_hypothetical) emit(kPreviousHyp, who);
    if (history.previous_turn_last_hypothetical) emit(kPreviousLastHyp, who, rule);
    if (history.previous_turn_cue) emit(kPreviousTurnScope, who);
    if (history.previous_turn_question) emit(kPreviousAsks, who, rule);
    if (history.previous_turn_present) emit(kPreviousTurnPresent, who);
    // (the same for every mention of the turn: a model's sum is kept for the next one)
    if (kScoreOnly && words.turn_words_known) {
      out.score += words.turn_words_score;
    } else {
      const std::int64_t score_before = out.score;
      for (std::uint32_t w : history.previous_turn_words) emit(kPreviousWord, w, "(a word)");
      if (kScoreOnly) {
        words.turn_words_known = true;
        words.turn_words_score = out.score - score_before;
      }
    }
  } else {
    emit(kFirstTurn);
  }
}

}  // namespace

void extract_hypothetical_features(const TurnContext& c, const TurnFeatureWords& words,
                                   const std::vector<Mention>& mentions, std::size_t index, Role role,
                                   const HypotheticalHistory& history, HypotheticalFeatures& out) {
  if (out.weights && !out.hashes && !out.names)
    extract<true>(c, words, mentions, index, role, history, out);
  else
    extract<false>(c, words, mentions, index, role, history, out);
}

void history_after(const TurnContext& c, const TurnFeatureWords& words,
                   const std::vector<std::uint8_t>& rules_hypothetical, HypotheticalHistory& h) {
  h.previous_turn = true;
  h.previous_turn_hypothetical = false;
  for (std::uint8_t flag : rules_hypothetical) h.previous_turn_hypothetical |= flag != 0;
  h.previous_turn_last_hypothetical = !rules_hypothetical.empty() && rules_hypothetical.back();
  h.previous_turn_cue = false;
  for (std::int32_t by : c.hypothetical_by) h.previous_turn_cue |= by != -1;
  std::size_t last = c.size();
  while (last > 0 && c.word(last - 1).punct != Punct::none && c.word(last - 1).punct != Punct::question_mark) --last;
  h.previous_turn_question = last > 0 && c.sentence_question[c.sentence[last - 1]];
  // the last kPreviousTurnWords words, and whether they ask for or make a present report ("what do you notice")
  h.previous_turn_words.clear();
  h.previous_turn_present = false;
  for (std::size_t k = last; k-- > 0 && h.previous_turn_words.size() < kPreviousTurnWords;) {
    if (c.word(k).punct != Punct::none) continue;
    h.previous_turn_words.push_back(words.text_hash(k));
    h.previous_turn_present |= c.in_list(k, WordList::present_reports);
  }
}

}  // namespace feltline::analyse
