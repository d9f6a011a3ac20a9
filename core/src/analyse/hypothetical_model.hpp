// The learned hypothetical flag: a logistic regression over the features of
// hypothetical_features.hpp, trained on every annotated split by
// `make train-hypothetical` (tests/eval/train_hypothetical.cpp) and compiled in
// from core/data/model/hypothetical.json. It re-decides the flag the rules set
// on each emotion and sensation mention; where it changes their decision, the
// mention's cues say so ("model:hypothetical by ..." with its strongest
// features). Weights are integers, so both hosts decide alike.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/hypothetical_features.hpp"
#include "analyse/linear_model.hpp"

namespace feltline::analyse {

struct HypotheticalModel : LinearModel {
  bool may_clear = true;  // false: the model only adds flags, never clears the rules' ones

  /// Reads a model in core/data/model/hypothetical.json's format; false if malformed.
  /// "buckets": 0 with no weights is a model that leaves the rules' flags alone.
  static bool from_json(std::string_view json, HypotheticalModel& out);
  /// The compiled-in model (unusable when the rules decide alone).
  static const HypotheticalModel& embedded();
};

/// One emotion or sensation mention's features as the rules left it, for training.
struct RecordedMention {
  std::size_t turn = 0;  // position in the transcript's turns
  std::uint32_t begin = 0, end = 0;  // bytes into the turn's text
  bool rules = false;                // the rules' flag
  std::vector<std::uint32_t> hashes;
  std::vector<std::string> names;  // the features' names, in the order found (with repeats)
};

/// For the training command only (not thread-safe): the model the pipeline uses
/// (null: the rules alone; the default: HypotheticalModel::embedded()), and where
/// to record every mention's features (null: nowhere).
void use_hypothetical_model(const HypotheticalModel* model);
void use_embedded_hypothetical_model();
bool using_embedded_hypothetical_model();
void record_hypothetical_features(std::vector<RecordedMention>* sink);

/// Re-decides the hypothetical flag of the turn's emotion and sensation
/// mentions (parallel to c.candidates) with the model in use, from the rules'
/// decisions; `history` is how the rules left the previous turn, and is set to
/// how they leave this one.
void decide_hypotheticals(const TurnContext& c, std::size_t turn_position, Role role, bool same_speaker,
                          std::vector<Mention>& mentions, HypotheticalHistory& history);

}  // namespace feltline::analyse
