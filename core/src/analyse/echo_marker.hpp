// Echo: a therapist using an emotion or sensation word the client used
// earlier in the session (a reflection). Emotions match by word family (the
// groups in emotions.json: "anxiety" echoes "anxious"); sensations by quality
// and a compatible region ("your chest got tight" echoes "my chest got
// tight"); analytic words by family.
#pragma once

#include <cstdint>
#include <unordered_set>

#include "analyse/turn_context.hpp"
#include "feltline/transcript.hpp"

namespace feltline::analyse {

class EchoMarker {
 public:
  /// Marks `mentions` (parallel to `candidates`) of a therapist turn; remembers a client turn's words.
  void process(Role role, const TurnContext& c, const std::vector<Candidate>& candidates,
               std::vector<Mention>& mentions);

 private:
  static std::uint64_t key(const Candidate& cand, std::uint16_t region);
  std::unordered_set<std::uint64_t> client_;
};

}  // namespace feltline::analyse
