// The scope of a context cue (ConText, Harkema et al. 2009, adapted to
// dialogue): the words a cue qualifies, found in one linear sweep per cue set.
#pragma once

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

enum class ScopeEnd : std::uint8_t {
  clause,     // to the end of the cue's clause
  condition,  // to the end of the clause or the next comma ("If I let it sit, ...")
  sentence,   // to the end of the sentence, across ';' ':' and dashes ("Picture this: ...")
};

struct ScopeRule {
  ScopeEnd end = ScopeEnd::clause;
  int window = 0;           // at most this many words (0 = no limit)
  bool stop_at_wh = false;  // "I don't know why I'm anxious": the wh-clause is not negated
  // Hit::kinds bits of which a cue has at least one: other hits are not offered
  // to `is_cue` (most hits of a turn are no cue; each offer is an indirect call).
  // It must hold the kind that `is_cue` requires (kind_bit below); all by default.
  std::uint32_t cue_kinds = ~std::uint32_t{0};
};

/// Which hits are cues: a reference to a callable `bool(const lexicon::Hit&)`
/// (a lambda), kept for the one call it is passed to. Unlike std::function it
/// neither copies the callable nor needs a manager per lambda type.
class CueTest {
 public:
  template <class F>
  CueTest(const F& f)  // NOLINT(google-explicit-constructor): passed a lambda in place
      : callable_(&f), call_([](const void* g, const lexicon::Hit& h) { return (*static_cast<const F*>(g))(h); }) {}
  bool operator()(const lexicon::Hit& h) const { return call_(callable_, h); }

 private:
  const void* callable_;
  bool (*call_)(const void*, const lexicon::Hit&);
};

/// The Hit::kinds bit of `kind`, for ScopeRule::cue_kinds.
constexpr std::uint32_t kind_bit(lexicon::EntryKind kind) { return std::uint32_t{1} << static_cast<unsigned>(kind); }

/// For each word after a cue (a hit for which `is_cue` holds), up to the end of
/// its scope, stores the cue's hit index in `covered` (later cues win).
/// Returns false when the turn holds no such cue (`covered` is all -1), so a
/// caller can skip merging it.
bool scope_forward(const TurnContext& c, CueTest is_cue,
                   const ScopeRule& rule, std::vector<std::int32_t>& covered);

/// The same towards the start of the clause, for cues that follow what they
/// qualify ("the tightness is gone"). Returns false as scope_forward does.
bool scope_backward(const TurnContext& c, CueTest is_cue,
                    const ScopeRule& rule, std::vector<std::int32_t>& covered);

}  // namespace feltline::analyse
