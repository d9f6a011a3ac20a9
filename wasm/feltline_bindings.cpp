// Embind bindings: the whole JavaScript-facing API of the core.
//   analyze(text, optionsJson) -> string   the same bytes the CLI prints, or
//                                          {"error": "..."} when nothing usable remained
//   version() -> string
//
// `analyze` itself is JavaScript (analyze_bridge.js, linked with --post-js):
// the text crosses the boundary as UTF-8 bytes in the module's memory, encoded
// and decoded by the engine's TextEncoder/TextDecoder. Embind's std::string
// conversion walks every character in JavaScript, both ways; under Node that
// was 180 ms of the 460 ms an analysis of 10 MB took. The three functions
// below are that bridge's plumbing, not an API.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "feltline/analyze.hpp"

namespace {

std::string& input() {
  static std::string text;
  return text;
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

// Room for `bytes` bytes of UTF-8 input; returns where to write them.
std::size_t reserve_input(std::size_t bytes) {
  input().assign(bytes, '\0');
  return reinterpret_cast<std::uintptr_t>(input().data());
}

// Analyses the input written at reserve_input's address; returns a view of
// the result's UTF-8 bytes, valid until release_output() or the next call.
emscripten::val analyze_input(const std::string& options_json) {
  feltline::Result result = feltline::analyze_owned_text(std::move(input()), options_json);
  std::string().swap(input());
  output() = result.usable ? std::move(result.json) : error_json(result.error);
  return emscripten::val(
      emscripten::typed_memory_view(output().size(), reinterpret_cast<const std::uint8_t*>(output().data())));
}

void release_output() { std::string().swap(output()); }

std::string version() { return feltline::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(feltline) {
  emscripten::function("_reserveInput", &reserve_input);
  emscripten::function("_analyzeInput", &analyze_input);
  emscripten::function("_releaseOutput", &release_output);
  emscripten::function("version", &version);
}
