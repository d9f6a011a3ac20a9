#include "output/stats_json.hpp"

namespace feltline::output {

Json turn_stats_json(const TurnStats& stats) {
  Json j;
  j["words"] = stats.words;
  return j;
}

Json speaker_stats_json(const SpeakerStats& stats) {
  Json j;
  j["turns"] = stats.turns;
  j["words"] = stats.words;
  return j;
}

Json session_stats_json(const SessionStats& stats) {
  Json j;
  j["turns"] = stats.turns;
  return j;
}

}  // namespace feltline::output
