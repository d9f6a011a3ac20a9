// The trainer the learned models share (train_hypothetical.cpp,
// train_mention_filter.cpp): an L2-regularised logistic regression over hashed
// features, fitted by Newton's method (conjugate gradients on the Hessian, in one
// thread, in a fixed order: the same bytes every run), and its integer weights.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/linear_model.hpp"

namespace feltline::eval {

/// One example: the buckets of its features (with repeats) and its label.
struct LabelledExample {
  std::vector<std::uint32_t> buckets;
  bool label = false;
};

/// The weights (one per bucket) minimising the mean log loss plus lambda/2 |w|^2.
std::vector<double> fit_logistic_regression(const std::vector<const LabelledExample*>& data,
                                            std::size_t buckets, double lambda);

/// `w` in units of 1/scale, with the threshold that stands for the probability given.
analyse::LinearModel quantise(const std::vector<double>& w, std::int32_t scale, double threshold_probability);

/// The model as core/data/model/*.json hold it; `extra` (", \"name\": value") goes before the weights.
std::string linear_model_json(const analyse::LinearModel& m, std::string_view extra = {});

/// Writes a model's JSON to `path`, or to stdout when `path` is empty; false
/// (and a message naming `program`) when it cannot.
bool write_model(const std::string& json, const std::string& path, const char* program);

}  // namespace feltline::eval
