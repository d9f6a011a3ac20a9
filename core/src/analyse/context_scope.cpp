#include "analyse/context_scope.hpp"

namespace feltline::analyse {
namespace {

bool is_terminator(const TurnContext& c, std::size_t i) {
  const lexicon::Hit* h = c.hit_at(i);
  return h && h->first == i && c.has(*h, lexicon::EntryKind::terminator);
}

bool ends_scope(const TurnContext& c, std::size_t i, ScopeEnd end) {
  switch (end) {
    case ScopeEnd::clause:
      return c.clause_start[i];
    case ScopeEnd::condition: {
      // "... if he does it. And I'm exhausted.": a condition ends with its sentence
      if (i > 0 && c.sentence[i] != c.sentence[i - 1]) return true;
      // "If I get up and she's still upset, ...", "if the thoughts get stronger, or
      // you start to feel unsafe, ...": "and"/"or" joins a second condition
      const bool joined = c.word(i).classes & lexicon::kCoordinator;
      const bool after_join =
          i > 0 && c.word(i - 1).punct == Punct::none && (c.word(i - 1).classes & lexicon::kCoordinator);
      if (c.clause_start[i] && !after_join && !(joined && !is_terminator(c, i))) return true;
      // a comma right before this word ends an "if" clause
      for (std::size_t k = i; k-- > 0;) {
        if (c.word(k).punct == Punct::comma) return !joined;
        if (c.word(k).punct == Punct::none) break;
      }
      return c.text_of(i) == "then";
    }
    case ScopeEnd::sentence:
      return i == 0 || c.sentence[i] != c.sentence[i - 1];
  }
  return false;
}

}  // namespace

bool scope_forward(const TurnContext& c, CueTest is_cue,
                   const ScopeRule& rule, std::vector<std::int32_t>& covered) {
  const std::size_t n = c.size();
  covered.assign(n, -1);
  if (!(c.hit_kinds & rule.cue_kinds)) return false;
  const auto cue = [&](const lexicon::Hit& hit) { return (hit.kinds & rule.cue_kinds) && is_cue(hit); };
  // The hits through a local pointer and count (the count of 24-byte hits is a division).
  const lexicon::Hit* const hits = c.hits.data();
  const std::size_t hit_count = c.hits.size();
  // Most turns hold no cue of a given kind: find the first before walking the
  // words (nothing is covered before it; hits are in order and do not overlap).
  std::size_t h = 0;  // next hit that may end before word i
  while (h < hit_count && !(hits[h].last < n && cue(hits[h]))) ++h;
  if (h == hit_count) return false;
  std::int32_t active = -1;
  int remaining = 0;
  for (std::size_t i = hits[h].last; i < n; ++i) {
    // A cue ending right before word i opens its scope here.
    while (h < hit_count && hits[h].last <= i) {
      if (hits[h].last == i && cue(hits[h])) {
        active = static_cast<std::int32_t>(h);
        remaining = rule.window;
      }
      ++h;
    }
    if (active >= 0 && c.word(i).punct == Punct::none && ends_scope(c, i, rule.end)) active = -1;
    if (active < 0) {  // nothing is covered until the next cue: go straight to it
      while (h < hit_count && !(hits[h].last < n && cue(hits[h]))) ++h;
      if (h == hit_count) break;
      i = hits[h].last - 1;  // the loop's ++i lands on the word after it
      continue;
    }
    if (c.word(i).punct != Punct::none) continue;
    if (rule.stop_at_wh) {
      const lexicon::Hit* hit = c.hit_at(i);
      // "I don't know why I'm anxious", "I don't want her to get upset": the
      // negation belongs to the verb; what follows is a new clause or a wish.
      // "I didn't know I was this angry", "didn't go around saying we were lonely":
      // the negation is of knowing or saying, not of the clause after it.
      if ((c.word(i).classes & (lexicon::kWh | lexicon::kFactive | lexicon::kSpeech)) ||
          (hit &&
           (c.has(*hit, lexicon::EntryKind::conditional) || c.has(*hit, lexicon::EntryKind::desire)))) {
        active = -1;
        continue;
      }
    }
    covered[i] = active;
    // "if the thoughts get stronger, or you start to feel unsafe": a joined
    // condition has a window of its own
    if (rule.end == ScopeEnd::condition && (c.word(i).classes & lexicon::kCoordinator)) remaining = rule.window;
    if (rule.window && --remaining <= 0) active = -1;
  }
  return true;
}

bool scope_backward(const TurnContext& c, CueTest is_cue,
                    const ScopeRule& rule, std::vector<std::int32_t>& covered) {
  const std::size_t n = c.size();
  covered.assign(n, -1);
  if (!(c.hit_kinds & rule.cue_kinds)) return false;
  const auto cue = [&](const lexicon::Hit& hit) { return (hit.kinds & rule.cue_kinds) && is_cue(hit); };
  const lexicon::Hit* const hits = c.hits.data();
  const std::size_t hit_count = c.hits.size();
  // As in scope_forward: find the last cue before walking the words back from it.
  std::size_t h = hit_count;
  while (h > 0 && !(hits[h - 1].first > 0 && cue(hits[h - 1]))) --h;
  if (h == 0) return false;
  std::int32_t active = -1;
  int remaining = 0;
  for (std::size_t i = hits[h - 1].first; i-- > 0;) {
    while (h > 0 && hits[h - 1].first > i) {
      --h;
      if (hits[h].first == i + 1 && cue(hits[h])) {
        active = static_cast<std::int32_t>(h);
        remaining = rule.window;
      }
    }
    if (active < 0 || c.word(i).punct != Punct::none) continue;
    covered[i] = active;
    if ((rule.window && --remaining <= 0) || ends_scope(c, i, rule.end)) active = -1;
  }
  return true;
}

}  // namespace feltline::analyse
