#include "parse/timestamp.hpp"

namespace feltline::parse {
namespace {

constexpr std::size_t kMaxTimeBytes = 24;  // "123:59:59.999999" and room to spare
constexpr std::size_t kMaxFractionDigits = 9;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct TimeParts {
  std::string_view groups[3];
  int count = 0;
  std::string_view fraction;  // digits after '.' or ','
  bool has_fraction = false;
};

bool split_time(std::string_view s, TimeParts& parts) {
  if (s.empty() || s.size() > kMaxTimeBytes || !is_digit(s.front())) return false;
  std::size_t i = 0;
  while (true) {
    std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start || parts.count == 3) return false;
    parts.groups[parts.count++] = s.substr(start, i - start);
    if (i == s.size()) break;
    if (s[i] == ':') {
      ++i;
      continue;
    }
    if (s[i] == '.' || s[i] == ',') {
      std::size_t f = ++i;
      while (i < s.size() && is_digit(s[i])) ++i;
      if (i == f || i != s.size()) return false;
      parts.fraction = s.substr(f);
      parts.has_fraction = true;
      break;
    }
    return false;
  }
  return parts.count >= 2;
}

double number(std::string_view digits) {
  double v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

bool looks_like_timestamp(std::string_view s) {
  TimeParts parts;
  return split_time(s, parts);
}

TimeStatus parse_timestamp(std::string_view s, double& seconds, std::string& problem) {
  TimeParts p;
  if (!split_time(s, p)) return TimeStatus::not_a_time;
  std::string_view sec = p.groups[p.count - 1];
  std::string_view min = p.groups[p.count - 2];
  if (sec.size() != 2) {
    problem = "seconds must be two digits";
    return TimeStatus::malformed;
  }
  if (number(sec) >= 60) {
    problem = "seconds must be below 60";
    return TimeStatus::malformed;
  }
  double hours = 0;
  if (p.count == 3) {
    if (min.size() != 2) {
      problem = "minutes must be two digits";
      return TimeStatus::malformed;
    }
    if (number(min) >= 60) {
      problem = "minutes must be below 60";
      return TimeStatus::malformed;
    }
    if (p.groups[0].size() > 3) {
      problem = "too many hours";
      return TimeStatus::malformed;
    }
    hours = number(p.groups[0]);
  } else if (min.size() > 4) {
    problem = "too many minutes";
    return TimeStatus::malformed;
  }
  double fraction = 0;
  if (p.has_fraction) {
    if (p.fraction.size() > kMaxFractionDigits) {
      problem = "too many digits after the seconds";
      return TimeStatus::malformed;
    }
    double scale = 1;
    for (std::size_t i = 0; i < p.fraction.size(); ++i) scale *= 10;
    fraction = number(p.fraction) / scale;
  }
  seconds = hours * 3600 + number(min) * 60 + number(sec) + fraction;
  return TimeStatus::ok;
}

bool parse_seconds(std::string_view s, double& seconds) {
  if (s.empty() || s.size() > kMaxTimeBytes) return false;
  std::size_t i = 0;
  double v = 0;
  bool digits = false;
  while (i < s.size() && is_digit(s[i])) {
    v = v * 10 + (s[i++] - '0');
    digits = true;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    double scale = 0.1;
    while (i < s.size() && is_digit(s[i])) {
      v += (s[i++] - '0') * scale;
      scale /= 10;
      digits = true;
    }
  }
  if (!digits || i != s.size()) return false;
  seconds = v;
  return true;
}

std::string malformed_time_message(std::string_view time, const std::string& problem) {
  return "malformed time '" + std::string(time) + "' (" + problem + "); left empty";
}

}  // namespace feltline::parse
