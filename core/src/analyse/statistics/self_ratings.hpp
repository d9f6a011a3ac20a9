// The client's self-ratings in the order said, and per category and scale the
// trajectory a supervisor reads off them: anxiety 7/10 -> 4/10.
#pragma once

#include <vector>

#include "feltline/stats.hpp"

namespace feltline::analyse {

/// Groups `ratings` (in order) by category and scale, in order of first appearance.
std::vector<RatingTrajectory> rating_trajectories(const std::vector<SelfRating>& ratings);

}  // namespace feltline::analyse
