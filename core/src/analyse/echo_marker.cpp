#include "analyse/echo_marker.hpp"

namespace feltline::analyse {

std::uint64_t EchoMarker::key(const Candidate& cand, std::uint16_t region) {
  const std::uint64_t kind = static_cast<std::uint64_t>(cand.kind) << 56;
  if (cand.kind == MentionKind::sensation)
    return kind | (static_cast<std::uint64_t>(cand.label) << 16) | region;
  return kind | (cand.entry ? cand.entry->group : cand.label);
}

void EchoMarker::process(Role role, const TurnContext& c, const std::vector<Candidate>& candidates,
                         std::vector<Mention>& mentions) {
  constexpr std::uint16_t kAnyRegion = 0xFFFE;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& cand = candidates[i];
    if (cand.kind != MentionKind::emotion && cand.kind != MentionKind::sensation &&
        cand.kind != MentionKind::analytic)
      continue;
    if (role == Role::client) {
      client_.insert(key(cand, cand.region));
      if (cand.kind == MentionKind::sensation) client_.insert(key(cand, kAnyRegion));
    } else if (role == Role::therapist) {
      bool echo;
      if (cand.kind == MentionKind::sensation) {
        echo = cand.region == c.dl->unspecified
                   ? client_.count(key(cand, kAnyRegion)) > 0
                   : client_.count(key(cand, cand.region)) || client_.count(key(cand, c.dl->unspecified));
      } else {
        echo = client_.count(key(cand, 0)) > 0;
      }
      mentions[i].echo = echo;
    }
  }
}

}  // namespace feltline::analyse
