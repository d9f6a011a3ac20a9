// Parser for transcripts whose turns start with a speaker label:
//   Therapist: How are you feeling today?
//   Client: Tense. My shoulders are up around my ears.
// A turn runs on over several lines and paragraphs until the next label.
#pragma once

#include <optional>
#include <string_view>

#include "parse/parsed_document.hpp"

namespace feltline::parse {

/// A speaker label at the start of a line, and the text after it.
struct LabelMatch {
  std::string_view name;  // "Therapist"
  std::string_view rest;  // the text after the label on the same line
};

/// Recognises `Name: text` and Markdown `**Name:** text` / `**Name**: text`.
/// A name is 1 to 6 words, starts with a letter, and holds no sentence
/// punctuation; the line must not be a URL or a clock time.
std::optional<LabelMatch> match_label(std::string_view line);

/// Parses labelled text. A candidate label counts as a speaker label when it is
/// a known role word or starts lines at least twice, so a one-off "Note:"
/// inside a turn stays part of that turn. Returns a document with no turns when
/// no speaker label was found.
ParsedDocument parse_labelled_text(std::string_view text);

}  // namespace feltline::parse
