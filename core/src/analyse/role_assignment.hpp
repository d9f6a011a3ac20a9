// Gives every turn a role and builds the speaker list.
// Precedence: the person's choice (options.roles) > the format's own role
// (chat "user"/"assistant") > a known role word in the label > elimination
// (the unnamed speakers beside a therapist are clients; docs/formats.md) > unknown.
#pragma once

#include "feltline/options.hpp"
#include "feltline/transcript.hpp"
#include "parse/parsed_document.hpp"

namespace feltline::analyse {

/// Fills `transcript.turns` (index, speaker, role, text, times, line) and
/// `transcript.speakers` from the parsed dialogue.
void assign_roles(parse::ParsedDialogue&& dialogue, const Options& options, Transcript& transcript);

}  // namespace feltline::analyse
