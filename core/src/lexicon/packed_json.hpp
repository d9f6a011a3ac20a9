// The default lexicon's JSON files, packed at build time (core/tools/json_pack.cpp)
// into a form that reads back into the same nlohmann::ordered_json without lexing.
//
// Why: every process and every page load builds the default lexicon, and
// lexing its 97 KB of JSON (nlohmann's scan_string, one byte at a time) was
// about a third of that start-up. The JSON under core/data/lexicon/ stays the
// source of truth; the packed bytes are derived from it by the build, in both
// hosts (under Emscripten the tool runs in Node). Custom dictionaries
// (--lexicon FILE) are still read as JSON text. The packer leaves out the
// "_comment" notes (without_notes).
//
// Format: one value, written depth first. A value is a tag byte and then:
//   kNull, kTrue, kFalse            nothing
//   kInteger, kUnsigned, kFloat     8 bytes, little-endian (int64, uint64, IEEE double bits)
//   kString                         text
//   kArray                          a count, then that many values
//   kObject                         a count, then that many (key text, value)
// Text is its UTF-8 bytes and a zero byte; text that holds a zero byte is a
// zero byte, a length, the bytes and a zero byte. Counts and lengths are
// unsigned LEB128. (Ended like JSON's quoted strings rather than prefixed by
// their lengths, the packed files compress as well as the JSON does.) Objects hold their members in the
// JSON's order, a repeated key once (first place, last value), as
// parse_json_document reads them.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace feltline::lexicon {

enum PackedTag : std::uint8_t {
  kPackedNull = 0,
  kPackedTrue = 1,
  kPackedFalse = 2,
  kPackedInteger = 3,
  kPackedUnsigned = 4,
  kPackedFloat = 5,
  kPackedString = 6,
  kPackedArray = 7,
  kPackedObject = 8,
};

/// `value` without the members whose key starts with '_' ("_comment"), at any
/// depth: notes for people that every reader skips, so the packer leaves them
/// out (about 14 KB the web module need not carry).
nlohmann::ordered_json without_notes(const nlohmann::ordered_json& value);

/// Appends `value`, packed, to `out` (the build's packer; the tests).
void pack_json(const nlohmann::ordered_json& value, std::string& out);

/// Reads packed bytes back into `out`. Returns false (and leaves `out` null)
/// when the bytes are not one well-formed packed value.
bool unpack_json(std::string_view bytes, nlohmann::ordered_json& out);

}  // namespace feltline::lexicon
