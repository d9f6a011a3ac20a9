// The module's exports: plain C functions, the whole JavaScript-facing API of
// the core once analyze_bridge.js (linked with --post-js) wraps them:
//   analyze(text, optionsJson) -> string   the same bytes the CLI prints, or
//                                          {"error": "..."} when nothing usable remained
//   version() -> string
//
// The text and the options cross the boundary as UTF-8 bytes in the module's
// memory, encoded and decoded by the engine's TextEncoder/TextDecoder (Embind's
// std::string conversion walked every character in JavaScript: 180 ms of the
// 460 ms an analysis of 10 MB took under Node). Four numbers and addresses are
// all that pass as arguments, so no binding library is linked: Embind's
// run-time (type registry, its JavaScript half) cost the first visit more than
// the API it carried (docs/performance.md, "Payload").
#include <emscripten/emscripten.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "feltline/analyze.hpp"

namespace {

std::string& input() {
  static std::string bytes;  // the text, then the options JSON
  return bytes;
}

std::size_t& options_size() {
  static std::size_t size = 0;
  return size;
}

std::string& output() {
  static std::string json;
  return json;
}

// Errors travel as a field of the result, never as exceptions across the boundary.
std::string error_json(const std::string& error) {
  std::string escaped;
  for (char c : error) {
    if (c == '"' || c == '\\') escaped += '\\';
    escaped += c;
  }
  return "{\"error\":\"" + escaped + "\"}\n";
}

}  // namespace

extern "C" {

// Room for the text's `text_bytes` bytes of UTF-8 followed by the options'
// `options_bytes`; returns where to write them.
EMSCRIPTEN_KEEPALIVE std::uintptr_t feltline_reserve_input(std::size_t text_bytes, std::size_t options_bytes) {
  input().assign(text_bytes + options_bytes, '\0');
  options_size() = options_bytes;
  return reinterpret_cast<std::uintptr_t>(input().data());
}

// Analyses the input written at feltline_reserve_input's address; returns the
// address of the result's UTF-8 bytes (feltline_output_size() of them), valid
// until feltline_release_output() or the next call.
EMSCRIPTEN_KEEPALIVE std::uintptr_t feltline_analyze_input() {
  std::string text = std::move(input());
  std::string().swap(input());
  // (a call without a reservation before it analyses an empty text with no options)
  const std::size_t options_bytes = options_size() <= text.size() ? options_size() : 0;
  options_size() = 0;
  const std::string options = text.substr(text.size() - options_bytes);
  text.resize(text.size() - options_bytes);
  feltline::Result result = feltline::analyze_owned_text(std::move(text), options);
  output() = result.usable ? std::move(result.json) : error_json(result.error);
  return reinterpret_cast<std::uintptr_t>(output().data());
}

EMSCRIPTEN_KEEPALIVE std::size_t feltline_output_size() { return output().size(); }

EMSCRIPTEN_KEEPALIVE void feltline_release_output() { std::string().swap(output()); }

// The version's UTF-8 bytes, ended by a 0.
EMSCRIPTEN_KEEPALIVE const char* feltline_version() {
  static const std::string v = feltline::version();
  return v.c_str();
}

}  // extern "C"
