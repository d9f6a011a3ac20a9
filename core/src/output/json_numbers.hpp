// Number formatting shared by the JSON writers: both hosts must print the
// same digits, so computed figures are rounded before nlohmann_json prints them.
#pragma once

#include <cmath>
#include <nlohmann/json.hpp>

namespace feltline::output {

using Json = nlohmann::ordered_json;

/// `v` rounded to `digits` decimals; null when it is not finite.
inline Json rounded(double v, int digits = 4) {
  if (!std::isfinite(v)) return nullptr;
  const double scale = std::pow(10.0, digits);
  double r = std::round(v * scale) / scale;
  if (r == 0) r = 0;  // no "-0.0"
  return r;
}

}  // namespace feltline::output
