// Parses JSON text into an nlohmann::ordered_json, the same value
// ordered_json::parse(text, nullptr, false) gives, at about half the cost.
//
// Why: nlohmann's DOM parser inserts each key into its object before the value
// is read, so every growth of an ordered_json object copies the finished
// subtrees of its earlier members (a pair with a const key cannot be moved).
// The lexicon files are objects of objects, and those copies and their
// destruction were a quarter of the default lexicon's load. This builder
// keeps each container's members aside until the container closes, then
// moves them into an object reserved at its final size.
//
// It is the one JSON parse of the core: transcripts (parse/json_reader), the
// lexicon files and the analysis's word lists all go through it, so the
// WebAssembly module holds one instantiation of nlohmann's parser.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace feltline::lexicon {

/// Where and why a parse stopped, as nlohmann reports it.
struct JsonError {
  std::size_t position = 0;  // counted one past the offending byte
  std::string message;       // the exception's what(): "[json.exception.parse_error.101] parse error at ..."
};

/// Returns false (and leaves `out` null) when `text` is not valid JSON; then
/// `error`, when given, says where and why.
bool parse_json_document(std::string_view text, nlohmann::ordered_json& out, JsonError* error = nullptr);

}  // namespace feltline::lexicon
