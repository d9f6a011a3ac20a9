// Helpers shared by the parser tests: run the parser or the whole pipeline on
// a string, read files from ../shared (FELTLINE_SHARED_DIR).
#pragma once

#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "feltline/analyze.hpp"
#include "parse/document_parser.hpp"

namespace feltline::test {

/// parse_document with the format (and columns) given.
inline parse::ParsedDocument parse_as(const std::string& text, const std::string& format = "auto",
                                      ColumnChoice columns = {}) {
  Options options;
  options.format = format;
  options.columns = std::move(columns);
  return parse::parse_document(text, options);
}

/// The one dialogue of a document (fails the test when there is not exactly one).
inline const parse::ParsedDialogue& only_dialogue(const parse::ParsedDocument& doc) {
  REQUIRE(doc.dialogues.size() == 1);
  return doc.dialogues[0];
}

/// Every diagnostic of a document and its dialogues, one message per line.
inline std::string all_messages(const parse::ParsedDocument& doc) {
  std::string out;
  for (const auto& d : doc.diagnostics) out += d.message + "\n";
  for (const auto& dialogue : doc.dialogues)
    for (const auto& d : dialogue.diagnostics) out += d.message + "\n";
  return out;
}

/// The whole pipeline; one JSON value per dialogue (JSON Lines for a corpus,
/// whose closing corpus_summary line is left out).
inline std::vector<nlohmann::json> analyse(const std::string& text, const std::string& options = "{}") {
  Result r = analyze_text(text, options);
  INFO(r.error);
  REQUIRE(r.usable);
  std::vector<nlohmann::json> out;
  std::size_t start = 0;
  while (start < r.json.size()) {
    std::size_t nl = r.json.find('\n', start);
    if (nl == std::string::npos) nl = r.json.size();
    if (nl > start) {
      auto doc = nlohmann::json::parse(r.json.substr(start, nl - start));
      if (!doc.contains("corpus_summary")) out.push_back(std::move(doc));
    }
    start = nl + 1;
  }
  return out;
}

/// A file under ../shared, or nullopt when ../shared is not there.
inline std::optional<std::string> read_shared(const std::string& relative) {
  std::string path = std::string(FELTLINE_SHARED_DIR) + "/" + relative;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return std::nullopt;
  std::string text;
  char buf[65536];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
  std::fclose(f);
  return text;
}

/// The UTF-8 text between two UTF-16 offsets (as the JSON gives spans) of `text`.
inline std::string utf16_slice(const std::string& text, std::size_t begin, std::size_t end) {
  std::string out;
  std::size_t units = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    const std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (units >= begin && units < end) out.append(text, i, len);
    units += len == 4 ? 2 : 1;
    i += len;
  }
  return out;
}

/// The text a flag of `turn` covers.
inline std::string flag_text(const nlohmann::json& turn, const nlohmann::json& flag) {
  return utf16_slice(turn["text"].get<std::string>(), flag["start"].get<std::size_t>(),
                     flag["end"].get<std::size_t>());
}

/// The texts of the flags of one kind in `turn`.
inline std::vector<std::string> flags_of(const nlohmann::json& turn, const std::string& kind) {
  std::vector<std::string> out;
  for (const auto& f : turn["flags"])
    if (f["kind"] == kind) out.push_back(flag_text(turn, f));
  return out;
}

}  // namespace feltline::test
