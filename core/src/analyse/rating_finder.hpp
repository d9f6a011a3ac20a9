// Self-ratings: "7/10", "8 out of 10", "a 4 on a 0-10 scale", "anxiety 7/10",
// "SUDS 60", and a bare "Maybe a 6." when a scale is in force. A range
// ("On a scale from 0 to 10, how...", "rate my anxiety 0-10") is never a
// rating: it states the scale, and with it the category it rates, for the
// next turns (ratings.json "window_turns"). A rating rates the nearest emotion
// named before it in its sentence, or the one its scale was stated for, or
// the previous rating's.
#pragma once

#include <string>

#include "analyse/turn_context.hpp"

namespace feltline::analyse {

/// What a transcript's earlier turns said about scales.
struct RatingState {
  double scale = 0;      // the scale in force, 0 when none
  std::string category;  // what it rates
  int turn = -1000;      // turn where it was last stated or used
};

/// Appends rating candidates for turn number `turn`. Reads the emotion
/// candidates already found (for the category).
void find_ratings(TurnContext& c, int turn, RatingState& state);

}  // namespace feltline::analyse
