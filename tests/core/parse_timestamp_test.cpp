// Timestamps in every shape the exports use; malformed ones are reported, not guessed.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse/timestamp.hpp"

using feltline::parse::looks_like_timestamp;
using feltline::parse::parse_seconds;
using feltline::parse::parse_timestamp;
using feltline::parse::TimeStatus;

TEST_CASE("parse_timestamp reads the time shapes of transcripts", "[parse][time]") {
  struct Case {
    const char* text;
    TimeStatus status;
    double seconds;       // when ok
    const char* problem;  // when malformed
  };
  const std::vector<Case> cases = {
      {"00:00:13", TimeStatus::ok, 13, ""},
      {"1:02:03", TimeStatus::ok, 3723, ""},
      {"01:02:03.250", TimeStatus::ok, 3723.25, ""},
      {"01:02:03,250", TimeStatus::ok, 3723.25, ""},  // SRT
      {"02:03.250", TimeStatus::ok, 123.25, ""},      // WebVTT without hours
      {"2:03", TimeStatus::ok, 123, ""},              // Otter M:SS
      {"0:00", TimeStatus::ok, 0, ""},
      {"75:10", TimeStatus::ok, 4510, ""},  // minutes past 59 without an hour field
      {"19:00:48", TimeStatus::ok, 68448, ""},
      {"00:00:01.5", TimeStatus::ok, 1.5, ""},
      {"00:09:025", TimeStatus::malformed, 0, "seconds must be two digits"},
      {"00:00:60.000", TimeStatus::malformed, 0, "seconds must be below 60"},
      {"1:75:00", TimeStatus::malformed, 0, "minutes must be below 60"},
      {"1:5:00", TimeStatus::malformed, 0, "minutes must be two digits"},
      {"0:3", TimeStatus::malformed, 0, "seconds must be two digits"},
      {"12", TimeStatus::not_a_time, 0, ""},
      {"12:", TimeStatus::not_a_time, 0, ""},
      {"1:2:3:4", TimeStatus::not_a_time, 0, ""},
      {"ab:cd", TimeStatus::not_a_time, 0, ""},
      {"00:00:01.", TimeStatus::not_a_time, 0, ""},
      {"", TimeStatus::not_a_time, 0, ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    double seconds = -1;
    std::string problem;
    TimeStatus status = parse_timestamp(c.text, seconds, problem);
    CHECK(status == c.status);
    CHECK(looks_like_timestamp(c.text) == (c.status != TimeStatus::not_a_time));
    if (c.status == TimeStatus::ok) CHECK(seconds == Approx(c.seconds));
    if (c.status == TimeStatus::malformed) {
      CHECK(problem == c.problem);
      CHECK(seconds == -1);  // never guessed
    }
  }
}

TEST_CASE("parse_seconds reads plain numbers of seconds", "[parse][time]") {
  double s = 0;
  CHECK(parse_seconds("12", s));
  CHECK(s == 12);
  CHECK(parse_seconds("12.25", s));
  CHECK(s == Approx(12.25));
  CHECK_FALSE(parse_seconds("12s", s));
  CHECK_FALSE(parse_seconds("-3", s));
  CHECK_FALSE(parse_seconds("", s));
  CHECK_FALSE(parse_seconds(".", s));
}
