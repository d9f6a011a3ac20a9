// What the learned models share (the hypothetical flag, hypothetical_model.hpp;
// the mention filter, mention_filter.hpp): features kept as 32-bit hashes of a
// name's two parts, and a linear model over them with integer weights, read
// from a JSON file that the training commands of tests/eval write.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace feltline::analyse {

/// FNV-1a of `s`, continuing from `h`.
constexpr std::uint32_t fnv(std::string_view s, std::uint32_t h = 2166136261u) {
  for (char ch : s) h = (h ^ static_cast<unsigned char>(ch)) * 16777619u;
  return h;
}

/// A feature's hash from its prefix's and its value's (murmur3's finaliser).
constexpr std::uint32_t mix(std::uint32_t prefix, std::uint32_t value) {
  std::uint32_t h = prefix ^ (value * 0x9E3779B1u);
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  h *= 0xC2B2AE35u;
  h ^= h >> 16;
  return h;
}

/// The hash of the feature named "prefix=value" (tests, traces).
std::uint32_t feature_hash(std::string_view prefix, std::string_view value);

/// Where the features of one mention go: summed into a model's score, recorded
/// (for training, tests and traces), or both.
struct FeatureSink {
  const std::int32_t* weights =
      nullptr;  // a model's weights: each feature adds weights[hash & mask] to score
  std::uint32_t mask = 0;
  std::int64_t score = 0;
  std::vector<std::uint32_t>* hashes = nullptr;  // when set: every feature's hash, in the order found
  std::vector<std::string>* names = nullptr;     // when set: every feature's name, in the order found
  // when set (with names): only these features are named, the others get "" (a trace names two)
  const std::vector<std::uint32_t>* named_only = nullptr;
  bool named(std::uint32_t hash) const {
    if (!named_only) return true;
    for (std::uint32_t h : *named_only)
      if (h == hash) return true;
    return false;
  }

  inline __attribute__((always_inline)) void add(std::uint32_t hash) {
    if (weights) score += weights[hash & mask];
    if (hashes) hashes->push_back(hash);
  }
};

/// A logistic regression over hashed features, with integer weights so that
/// both hosts decide alike.
struct LinearModel {
  std::uint32_t buckets = 0;   // a power of two; a feature's weight is weights[hash % buckets]
  std::int32_t scale = 1;      // weights are in units of 1/scale
  std::int32_t threshold = 0;  // the decision is "yes" when the score is above it
  std::vector<std::int32_t> weights;

  bool usable() const { return buckets > 0 && weights.size() == buckets; }
  std::int64_t score(const std::vector<std::uint32_t>& hashes) const {
    std::int64_t sum = 0;
    for (std::uint32_t h : hashes) sum += weights[h % buckets];
    return sum;
  }
  bool decide(const std::vector<std::uint32_t>& hashes) const { return score(hashes) > threshold; }
};

/// Reads {"buckets", "scale", "threshold", "weights", and the booleans named in
/// `flags`} into `out` and `flag_values` (parallel to `flags`; a missing one keeps
/// its value); false, with `out` reset, if malformed. "buckets": 0 with no weights
/// is a model that leaves the rules alone.
bool read_linear_model(std::string_view json, LinearModel& out,
                       const std::vector<std::pair<std::string_view, bool*>>& flags = {});

/// Which model a pipeline step decides with: the compiled-in one (the default),
/// one a training command set, or none (the rules alone); and where to record
/// every mention's features (training only). Not thread-safe: only the training
/// commands change it, before they run the pipeline.
template <class Model, class Record>
struct ModelInUse {
  const Model* chosen = nullptr;
  bool embedded = true;
  std::vector<Record>* record = nullptr;

  void use(const Model* model) { chosen = model, embedded = false; }
  void use_embedded() { chosen = nullptr, embedded = true; }
  const Model* model() const { return embedded ? &Model::embedded() : chosen; }

  /// A sink for one mention's features: scored with `model` (none: not scored)
  /// and, while recording, keeping each feature's hash and name in `hashes` and
  /// `names` (cleared here).
  FeatureSink sink(const Model* model, std::vector<std::uint32_t>& hashes, std::vector<std::string>& names) const {
    FeatureSink s;
    if (model) s.weights = model->weights.data(), s.mask = model->buckets - 1;
    if (record) {
      hashes.clear();
      names.clear();
      s.hashes = &hashes;
      s.names = &names;
    }
    return s;
  }
};

/// A compiled-in model, read once; aborts when it is malformed (compiled-in
/// data: each model's test reads it).
template <class Model>
const Model& embedded_model(std::string_view json) {
  static const Model model = [json] {
    Model m;
    if (!Model::from_json(json, m)) std::abort();
    return m;
  }();
  return model;
}

}  // namespace feltline::analyse
