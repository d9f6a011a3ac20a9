// Timestamps as transcripts write them, in seconds from the start:
//   "1:02:03", "01:02:03.250", "01:02:03,250" (SRT), "02:03.250" (WebVTT),
//   "2:03", "75:10" (minutes may run past 59 when there is no hour field).
// Malformed times are reported, never guessed: "00:09:025" (three-digit
// seconds), "00:00:60.000" (seconds past 59), "1:75:00" (minutes past 59).
#pragma once

#include <string>
#include <string_view>

namespace feltline::parse {

/// True when `s` has the shape of a clock time, valid or not: 2 or 3 groups
/// of digits joined by ':', then optionally '.' or ',' and digits.
bool looks_like_timestamp(std::string_view s);

enum class TimeStatus { ok, malformed, not_a_time };

/// Parses one timestamp. On `malformed`, `problem` says what is wrong
/// ("seconds must be two digits"); `seconds` is then untouched.
TimeStatus parse_timestamp(std::string_view s, double& seconds, std::string& problem);

/// A plain number of seconds ("12", "12.5"), as CSV and JSON exports give them.
bool parse_seconds(std::string_view s, double& seconds);

/// The message for a malformed time, e.g.
/// "malformed time '00:09:025' (seconds must be two digits); left empty".
std::string malformed_time_message(std::string_view time, const std::string& problem);

}  // namespace feltline::parse
