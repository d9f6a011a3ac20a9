// Flags the parts of turns that are not plain speech (turns[].flags):
//   meta_note         "(Note: This is the end of the session...)", a paragraph
//                     wholly in parentheses or brackets, "(laughs)", "[long
//                     pause]", "*sighs*"; the span covers the note
//   generation_error  "[... generation error: The decoder prompt ... is longer
//                     than the maximum model length ...]": a model's error
//                     message in place of speech; the span covers it
//   truncated         a turn cut off mid-quote ("Hey, we all have those days.
//                     I've had) or, in a transcript whose turns end with
//                     sentence punctuation, mid-sentence; the span covers the
//                     unfinished sentence
//   quoted            quotations of two words or more (role-played lines,
//                     reported speech); the span covers the quote marks too
// Cue words are data: core/data/artefact_cues.json. docs/formats.md explains
// each rule.
#pragma once

#include "feltline/transcript.hpp"

namespace feltline::parse {

/// Adds the flags to every turn of `transcript`, in text order per kind.
void detect_artefacts(Transcript& transcript);

}  // namespace feltline::parse
