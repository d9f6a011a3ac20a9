// Finds the mentions of every turn of a transcript (docs/lexicon.md):
// one ICU segmentation per turn, one hash lookup per word, a phrase-trie walk,
// then linear sweeps for clauses, cue scopes and frames, the sensation linker,
// emotions, analytic words, ratings, custom dictionaries, and echo marking
// across turns. Runs after role assignment.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "feltline/options.hpp"
#include "feltline/transcript.hpp"
#include "lexicon/custom_lexicon_cache.hpp"
#include "text/word_tokenizer.hpp"

namespace feltline::analyse {

struct TurnContext;
struct TurnWords;

class MentionFinder {
 public:
  MentionFinder();
  ~MentionFinder();
  MentionFinder(const MentionFinder&) = delete;
  MentionFinder& operator=(const MentionFinder&) = delete;

  /// Called for each turn (its position in transcript.turns) once its
  /// mentions are final, with the words the rules read, so later passes can
  /// share them instead of tokenizing the turn again.
  using TurnDone = std::function<void(std::size_t position, Turn& turn, const TurnWords& words)>;

  /// Fills turn.mentions for every turn of `transcript`.
  void find(Transcript& transcript, const Options& options,
            const std::vector<std::shared_ptr<const lexicon::CustomLexicon>>& custom,
            text::WordTokenizer& tokenizer, const TurnDone& on_turn = {});

  /// The analysis state of the last turn analysed (for tests).
  const TurnContext& last_turn() const { return *context_; }

 private:
  std::unique_ptr<TurnContext> context_;
};

/// Compiles the options' custom dictionaries and reports their problems as
/// diagnostics (warnings naming the dictionary and line).
std::vector<std::shared_ptr<const lexicon::CustomLexicon>> load_custom_lexicons(
    const Options& options, std::vector<Diagnostic>& diagnostics);

}  // namespace feltline::analyse
