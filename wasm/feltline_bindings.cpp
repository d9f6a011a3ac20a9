// Embind bindings: the whole JavaScript-facing API of the core.
//   analyze(text, optionsJson) -> string   the same bytes the CLI prints, or
//                                          {"error": "..."} when nothing usable remained
//   version() -> string
#include <emscripten/bind.h>

#include <string>

#include "feltline/analyze.hpp"

namespace {

// Errors travel as a field of the result, never as exceptions across the boundary.
std::string analyze(const std::string& text, const std::string& options_json) {
  feltline::Result result = feltline::analyze_text(text, options_json);
  if (result.usable) return result.json;
  std::string escaped;
  for (char c : result.error) {
    if (c == '"' || c == '\\') escaped += '\\';
    escaped += c;
  }
  return "{\"error\":\"" + escaped + "\"}\n";
}

std::string version() { return feltline::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(feltline) {
  emscripten::function("analyze", &analyze);
  emscripten::function("version", &version);
}
