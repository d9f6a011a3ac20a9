// The learned mention filter: a logistic regression over the features of
// mention_filter_features.hpp, trained on the annotated splits by
// `make train-mention-filter` (tests/eval/train_mention_filter.cpp) and compiled
// in from core/data/model/mention_filter.json. For each emotion and sensation
// mention the rules emit, it decides whether annotators would mark it as one;
// those it scores below its threshold leave the output (docs/lexicon.md,
// "Learned mention filter", says what is dropped and why it is not kept with a flag).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/linear_model.hpp"
#include "analyse/turn_context.hpp"
#include "feltline/transcript.hpp"

namespace feltline::analyse {

/// Keeps a mention when its score is above the threshold.
struct MentionFilterModel : LinearModel {
  /// Reads a model in core/data/model/mention_filter.json's format; false if malformed.
  static bool from_json(std::string_view json, MentionFilterModel& out);
  /// The compiled-in model (unusable, "buckets": 0, when the rules decide alone).
  static const MentionFilterModel& embedded();
};

/// One emotion or sensation mention's features as the rules left it, for training.
struct FilterRecord {
  std::size_t turn = 0;              // position in the transcript's turns
  std::uint32_t begin = 0, end = 0;  // bytes into the turn's text
  std::vector<std::uint32_t> hashes;
  std::vector<std::string> names;  // the features' names, in the order found (with repeats)
};

/// For the training command only (not thread-safe): the model the pipeline uses
/// (null: none; the default: MentionFilterModel::embedded()), and where to record
/// every mention's features (null: nowhere). While recording, nothing is dropped.
void use_mention_filter_model(const MentionFilterModel* model);
void use_embedded_mention_filter_model();
bool using_embedded_mention_filter_model();
void record_mention_filter_features(std::vector<FilterRecord>* sink);

/// Drops from the turn's mentions (parallel to c.candidates) the emotion and
/// sensation mentions the model in use does not keep.
void filter_mentions(const TurnContext& c, std::size_t turn_position, Role role,
                     std::vector<Mention>& mentions);

}  // namespace feltline::analyse
