// Speaker labels at the start of a line, in the shapes transcription tools and
// people write them:
//   Therapist: text              **Therapist:** text     **Therapist**: text
//   T: text                      [00:01:02] Therapist: text
//   Therapist (00:01:02): text   Therapist [0:18] text   **Emma** [0:18] text
//   Ali  0:03                    (Otter: name, two spaces, time; text on the next lines)
//   [Experimenter] 19:00:48      (Zoom saved captions; text on the next lines)
// Whether a match really is a speaker label is decided by the labelled-text
// parser, which sees the whole document (labelled_text_parser.hpp).
#pragma once

#include <optional>
#include <string_view>

namespace feltline::parse {

enum class LabelStyle {
  colon,           // "Name: text", with or without Markdown bold or a time
  bracket_time,    // "Name [0:18] text": a bracketed time after the name, no colon
  time_header,     // "Name  0:03" alone on its line (Otter)
  caption_header,  // "[Name] 19:00:48" (Zoom saved closed captions)
};

struct LabelMatch {
  std::string_view name;  // "Therapist"
  std::string_view rest;  // the text after the label on the same line
  std::string_view time;  // the time as written, without brackets; empty when none
  LabelStyle style = LabelStyle::colon;
};

/// Recognises a label at the start of `line` (see above). A name is 1 to 6
/// words, at most 60 bytes, starts with a letter, and holds no sentence
/// punctuation (? ! ; quotes, brackets); it may hold spaces, commas, dots,
/// underscores and parentheses ("Smith, J.", "SPEAKER_00", "Client (Maria)").
/// A line that is a URL ("https://...") or starts with a clock time ("10:30")
/// is not a label. Looks only at the first 160 bytes of the line.
std::optional<LabelMatch> match_label(std::string_view line);

}  // namespace feltline::parse
