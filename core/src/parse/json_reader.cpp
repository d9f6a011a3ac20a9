#include "parse/json_reader.hpp"

#include <vector>

#include "lexicon/json_document.hpp"

namespace feltline::parse {
namespace {

// One linear pass over the bytes: nesting depth, and the line of every
// container in document order (the order a pre-order walk of the parsed value
// visits them, since ordered_json keeps keys in document order).
struct Shape {
  bool too_deep = false;
  int too_deep_line = 0;
  std::vector<int> container_lines;
};

Shape scan_shape(std::string_view text, int first_line) {
  Shape shape;
  int depth = 0;
  int line = first_line;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') ++line;
    if (in_string) {
      if (c == '\\')
        ++i;  // the escaped byte cannot end the string (a newline in a string is invalid JSON anyway)
      else if (c == '"')
        in_string = false;
      continue;
    }
    switch (c) {
      case '"':
        in_string = true;
        break;
      case '{':
      case '[':
        if (++depth > kMaxJsonDepth) {
          shape.too_deep = true;
          shape.too_deep_line = line;
          return shape;
        }
        shape.container_lines.push_back(line);
        break;
      case '}':
      case ']':
        --depth;
        break;
      default:
        break;
    }
  }
  return shape;
}

// "[json.exception.parse_error.101] parse error at line 1, column 9: syntax
// error while parsing object - unexpected end of input; expected '}'" ->
// "syntax error while parsing object - unexpected end of input; expected '}'"
std::string short_message(const std::string& what) {
  std::size_t colon = what.find(": ");
  std::string out = colon == std::string::npos ? what : what.substr(colon + 2);
  return out.size() > 200 ? out.substr(0, 200) + "..." : out;
}

void assign_lines(const OrderedJson& v, const std::vector<int>& lines, std::size_t& next, JsonRead& out) {
  if (!v.is_object() && !v.is_array()) return;
  if (next < lines.size()) out.lines[&v] = lines[next];
  ++next;
  for (const auto& child : v) assign_lines(child, lines, next, out);  // depth is bounded by kMaxJsonDepth
}

}  // namespace

std::string describe_json_error(const JsonRead& r) {
  std::string where = "line " + std::to_string(r.error_line);
  if (r.error_column) where += ", column " + std::to_string(r.error_column);
  return "not valid JSON (" + where + "): " + r.error;
}

bool looks_like_json(std::string_view text) {
  std::size_t i = 0;
  auto skip_space = [&] {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
  };
  skip_space();
  if (i >= text.size()) return false;
  if (text[i] == '{') return true;
  if (text[i] != '[') return false;
  ++i;
  skip_space();
  return i < text.size() && (text[i] == '{' || text[i] == '[' || text[i] == '"' || text[i] == ']');
}

JsonRead read_json(std::string_view text, int first_line) {
  JsonRead out;
  Shape shape = scan_shape(text, first_line);
  if (shape.too_deep) {
    out.error = "nested more than " + std::to_string(kMaxJsonDepth) + " levels deep";
    out.error_line = shape.too_deep_line;
    return out;
  }
  // The lexicon's document parser, which also reports where parsing stopped:
  // one instantiation of nlohmann's parser serves transcripts, options and lexicons.
  lexicon::JsonError error;
  if (!lexicon::parse_json_document(text, out.value, &error)) {
    out.error = short_message(error.message);
    // nlohmann counts the position one past the offending character.
    std::size_t pos = error.position ? error.position - 1 : 0;
    if (pos > text.size()) pos = text.size();
    out.error_line = first_line;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < pos; ++i) {
      if (text[i] == '\n') {
        ++out.error_line;
        line_start = i + 1;
      }
    }
    out.error_column = static_cast<int>(pos - line_start) + 1;
    out.value = OrderedJson();
    return out;
  }
  std::size_t next = 0;
  assign_lines(out.value, shape.container_lines, next, out);
  if (next != shape.container_lines.size()) {
    out.lines.clear();  // duplicate keys dropped a container: lines unknown rather than wrong
  } else if (!shape.container_lines.empty()) {
    out.root_line = shape.container_lines.front();
    out.lines.erase(&out.value);
  }
  out.ok = true;
  return out;
}

}  // namespace feltline::parse
