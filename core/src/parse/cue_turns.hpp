// WebVTT and SRT cues -> dialogue turns.
#pragma once

#include <optional>
#include <vector>

#include "parse/cue_markup.hpp"
#include "parse/diagnostic_list.hpp"
#include "parse/parsed_document.hpp"

namespace feltline::parse {

struct Cue {
  std::optional<double> start;
  std::optional<double> end;
  std::vector<CueSegment> segments;
};

/// Speakers come from a <v Name> voice tag; else from a "Name: text" prefix
/// that is a speaker label (label_vote.hpp: a role word, a generic label, or a
/// name that starts cues at least twice), as Zoom writes its WebVTT; else a
/// cue continues the speaker before it, when the file names speakers at all.
/// Consecutive cues by one speaker merge into one turn (joined with a space;
/// start of the first, end of the last). A file that names nobody gives one
/// turn per cue with no speaker, and a diagnostic says so.
void cues_to_turns(std::vector<Cue>& cues, ParsedDialogue& dialogue);

/// Ends a WebVTT or SRT parse into `doc`: with no cue timing line seen it is
/// an error; else the cues become turns (cues_to_turns), and the dialogue
/// joins the document only when it has turns (otherwise its diagnostics go to
/// the document, saying why, for the format fallback).
void finish_cue_document(int timing_lines, std::vector<Cue>& cues, ParsedDialogue& dialogue,
                         ParsedDocument& doc);

}  // namespace feltline::parse
