// Feltline statistics: per turn, per speaker and per session figures.
// Each figure is defined, with its formula and a worked example, in docs/metrics.md.
#pragma once

#include <cstdint>

namespace feltline {

struct TurnStats {
  std::uint32_t words = 0;  // ICU word-segmentation tokens that contain a letter or digit
};

struct SpeakerStats {
  std::uint32_t turns = 0;
  std::uint32_t words = 0;
};

struct SessionStats {
  std::uint32_t turns = 0;
};

}  // namespace feltline
