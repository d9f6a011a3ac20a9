// A streaming JSON writer that prints exactly the bytes nlohmann_json's
// dump() prints for the same document (compact, or pretty with an indent of
// 2), without building the document in memory first.
//
// Why: building an nlohmann DOM of a 10 MB transcript and dumping it cost
// more than the rest of the analysis together (a node and an allocation per
// value, then a byte-by-byte UTF-8 state machine over every string). Here
// strings are escaped in one pass over bytes already known to be valid UTF-8,
// and containers are written as they are walked. Small sub-documents built
// with nlohmann (value(const Json&)) and every floating-point number are still
// printed by nlohmann's own serializer, so nothing is formatted differently.
// tests/core/json_writer_test.cpp compares the two on random documents.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "output/json_numbers.hpp"

namespace feltline::output {

/// Appends `s` as a JSON string (quotes included), escaped exactly as
/// nlohmann_json's dump() escapes it (ensure_ascii off; invalid UTF-8 replaced
/// as its error_handler_t::replace does). For other writers of JSON text.
void append_json_string(std::string& out, std::string_view s);

/// For 0 <= v <= 1 (a ratio), appends exactly what rounded(v, 4).dump()
/// gives, without nlohmann's printer, and returns true; otherwise appends
/// nothing and returns false.
bool append_unit_ratio(std::string& out, double v);

/// append_unit_ratio() into `digits` (room for kUnitRatioDigits): returns the
/// length, or 0 when `v` is not in [0, 1].
constexpr std::size_t kUnitRatioDigits = 6;
std::size_t format_unit_ratio(double v, char* digits);

// True when one of the eight bytes of `w` must be escaped (a control, '"' or
// '\\'): the classic "has a zero byte" bit trick applied to w, w ^ '"'... and
// to the bytes below 0x20.
inline bool any_needs_escape(std::uint64_t w) {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  const auto has_zero = [&](std::uint64_t x) { return (x - ones) & ~x & highs; };
  const std::uint64_t below_space = (w - ones * 0x20) & ~w & highs;
  return below_space | has_zero(w ^ (ones * '"')) | has_zero(w ^ (ones * '\\'));
}

// Whether `s` (a key: short) is ASCII with nothing JSON must escape: whole
// words only, the tail padded with spaces (which need no escape).
inline bool is_short_plain_ascii(std::string_view s) {
  std::size_t i = 0;
  std::uint64_t w;
  for (; i + 8 <= s.size(); i += 8) {
    std::memcpy(&w, s.data() + i, 8);
    if ((w & 0x8080808080808080ull) || any_needs_escape(w)) return false;
  }
  if (i == s.size()) return true;
  w = 0x2020202020202020ull;
  std::memcpy(&w, s.data() + i, s.size() - i);
  return !((w & 0x8080808080808080ull) || any_needs_escape(w));
}

class JsonWriter {
 public:
  /// Appends to `out`; `pretty` indents by 2 like dump(2), else like dump(-1).
  JsonWriter(std::string& out, bool pretty);
  ~JsonWriter();
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  /// The next member's key (then exactly one value or container).
  void key(std::string_view name);
  /// key() for a name known to be short plain ASCII with nothing to escape
  /// (the writers' own literal keys): not scanned.
  void literal_key(std::string_view name);

  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(bool b);
  void value(std::nullptr_t);
  void value(std::int64_t n);
  void value(std::uint64_t n);
  void value(int n) { value(static_cast<std::int64_t>(n)); }
  void value(unsigned n) { value(static_cast<std::uint64_t>(n)); }
  void value(double d);
  /// Any nlohmann value, printed by nlohmann at the current indentation.
  void value(const Json& j);

  /// A value written by `write(out, depth)` itself, in this writer's format
  /// (compact or pretty), `depth` being the nesting level it starts at.
  template <class Write>
  void raw(Write&& write) {
    before_value();
    write(out_, static_cast<int>(stack_.size()));
  }

  bool pretty() const { return pretty_; }

 private:
  void before_value();

  struct Frame {
    bool object;
    std::uint32_t count;
  };
  std::string& out_;
  bool pretty_;
  bool after_key_ = false;
  std::vector<Frame> stack_;
  struct NlohmannSerializer;
  std::unique_ptr<NlohmannSerializer> nlohmann_;
};

}  // namespace feltline::output
