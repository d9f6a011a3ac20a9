#include "analyse/statistics/self_ratings.hpp"

namespace feltline::analyse {

std::vector<RatingTrajectory> rating_trajectories(const std::vector<SelfRating>& ratings) {
  std::vector<RatingTrajectory> out;
  for (const auto& r : ratings) {
    RatingTrajectory* t = nullptr;
    for (auto& existing : out) {
      if (existing.category == r.category && existing.scale == r.scale) {
        t = &existing;
        break;
      }
    }
    if (!t) {
      out.push_back({r.category, r.scale, {}, {}, 0});
      t = &out.back();
    }
    t->values.push_back(r.value);
    t->turns.push_back(r.turn);
    t->change = t->values.back() - t->values.front();
  }
  return out;
}

}  // namespace feltline::analyse
