// Recognises an input's format from its content, the way a person would at a
// glance: the WEBVTT header, an SRT cue number and timing line, a JSON
// document or JSON Lines, a CSV/TSV header, else labelled text.
#pragma once

#include <string_view>

#include "feltline/options.hpp"

namespace feltline::parse {

/// The format names accepted by the `format` option (besides "auto") and
/// written to the output's "format" field.
inline constexpr std::string_view kFormats[] = {"labelled_text", "plain", "webvtt", "srt",
                                                "json",          "jsonl", "csv",    "tsv"};

/// One of kFormats except "plain" (labelled text falls back to plain
/// paragraphs when it holds no label). Looks only at the start of the input,
/// except for JSON, whose first line must parse. CSV columns the person named
/// in `columns` count as known columns.
std::string_view detect_format(std::string_view text, const ColumnChoice& columns);

}  // namespace feltline::parse
