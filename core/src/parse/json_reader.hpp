// Reads JSON with nlohmann_json without throwing, without deep recursion, and
// with line numbers: nesting deeper than kMaxJsonDepth is refused before the
// parser sees it (a 100,000-deep array cannot overflow the stack), a syntax
// error is reported with its line and column, and every object and array
// gets the line where it opens.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>

namespace feltline::parse {

using OrderedJson = nlohmann::ordered_json;

/// Deeper than any transcript needs (a chat export nests 4 or 5 levels).
inline constexpr int kMaxJsonDepth = 64;

struct JsonRead {
  bool ok = false;
  OrderedJson value;
  std::string error;  // when !ok: what is wrong, e.g. "unexpected end of input; expected '}'"
  int error_line = 0;
  int error_column = 0;
  /// Line (1-based, counted from `first_line`) where each object or array
  /// inside `value` opens (0 when unknown).
  int line_of(const OrderedJson& v) const {
    if (&v == &value) return root_line;
    auto it = lines.find(&v);
    return it == lines.end() ? 0 : it->second;
  }

  // Children live in heap storage that moves with `value`, so their addresses
  // are stable keys; the root's address is not, hence its own field.
  int root_line = 0;
  std::unordered_map<const OrderedJson*, int> lines;
};

/// Parses `text` as one JSON value. `first_line` is the line `text` starts on
/// in the input (JSON Lines read one line at a time).
JsonRead read_json(std::string_view text, int first_line = 1);

/// "not valid JSON (line 3, column 14): syntax error while parsing ..."
std::string describe_json_error(const JsonRead& r);

/// True when `text` starts like a JSON document: '{', or '[' followed by '{',
/// '[', '"' or ']' (so "[00:01] Name:" and "[Name] 19:00" are not JSON).
bool looks_like_json(std::string_view text);

}  // namespace feltline::parse
