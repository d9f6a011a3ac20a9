// Parser for transcripts whose turns start with a speaker label:
//   Therapist: How are you feeling today?
//   Client: Tense. My shoulders are up around my ears.
// and the other label shapes of speaker_label.hpp (Markdown bold, times,
// Otter and Zoom caption headers). A turn runs on over several lines and
// paragraphs until the next label.
#pragma once

#include <string_view>

#include "parse/parsed_document.hpp"
#include "parse/speaker_label.hpp"

namespace feltline::parse {

/// Parses labelled text. A candidate label counts as a speaker label when it
/// is a known role word ("Therapist", "T"), a tool's generic label ("Speaker
/// 2", "SPEAKER_00"), carries a time in a document with at least two timed
/// labels, or starts lines at least twice; words such as "Note" or "Plan"
/// never do, so a one-off "Note:" inside a turn stays part of that turn.
/// Names starting with a lower-case letter must be role words. A label that
/// repeats the previous turn's speaker continues that turn (a new paragraph;
/// for Zoom captions, the same paragraph). Returns a document with no
/// dialogue when no speaker label was found.
ParsedDocument parse_labelled_text(std::string_view text);

}  // namespace feltline::parse
