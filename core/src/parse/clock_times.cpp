#include "parse/clock_times.hpp"

#include <cmath>
#include <cstdio>
#include <string>

namespace feltline::parse {
namespace {

constexpr double kHour = 3600;
constexpr double kDay = 24 * kHour;

std::string clock_text(double seconds) {
  long s = std::lround(seconds);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  return buf;
}

}  // namespace

void make_clock_times_relative(std::vector<RawTurn>& turns, bool clock_times,
                               std::vector<Diagnostic>& diagnostics) {
  const RawTurn* first = nullptr;
  for (const auto& t : turns) {
    if (t.time_start) {
      first = &t;
      break;
    }
  }
  if (!first) return;
  const double origin = *first->time_start;
  if (!clock_times && origin < kHour) return;
  const int first_line = first->line;

  double day_offset = 0;
  double previous = origin;
  auto shift = [&](std::optional<double>& t) {
    if (!t) return;
    double v = *t + day_offset;
    if (v < previous - kDay / 2) {  // past midnight
      day_offset += kDay;
      v += kDay;
    }
    previous = v;
    *t = v - origin;
  };
  for (auto& t : turns) {
    shift(t.time_start);
    shift(t.time_end);
  }
  diagnostics.push_back({Severity::info,
                         "times read as clock times (the first is " + clock_text(origin) +
                             "); given as seconds from that first time",
                         first_line});
}

}  // namespace feltline::parse
