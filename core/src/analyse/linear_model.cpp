#include "analyse/linear_model.hpp"

#include <string>

#include "parse/json_reader.hpp"

namespace feltline::analyse {

std::uint32_t feature_hash(std::string_view prefix, std::string_view value) {
  return mix(fnv(prefix), fnv(value));
}

bool read_linear_model(std::string_view json, LinearModel& m,
                       const std::vector<std::pair<std::string_view, bool*>>& flags) {
  m = LinearModel();
  parse::JsonRead read = parse::read_json(json);
  if (!read.ok) return false;
  const auto& doc = read.value;
  if (!doc.is_object() || !doc.contains("buckets") || !doc.contains("weights") || !doc["weights"].is_array())
    return false;
  m.buckets = doc.value("buckets", 0u);
  m.scale = doc.value("scale", 1);
  m.threshold = doc.value("threshold", 0);
  for (const auto& [name, value] : flags) *value = doc.value(std::string(name), *value);
  for (const auto& w : doc["weights"]) m.weights.push_back(w.is_number_integer() ? w.get<std::int32_t>() : 0);
  // (a power of two: a feature's bucket is its hash's low bits)
  if (m.weights.size() != m.buckets || (m.buckets & (m.buckets - 1)) != 0) {
    m = LinearModel();
    return false;
  }
  return true;
}

}  // namespace feltline::analyse
