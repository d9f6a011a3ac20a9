// CSV and TSV transcripts with a header row, as research datasets ship them:
//   transcript_id,utterance_id,interlocutor,timestamp,utterance_text
//   0,0,therapist,00:00:13,"Thanks for filling it out. ..."
// The speaker, text, time, end-time and dialogue-id columns are found by
// name (core/data/transcript_fields.json) or chosen with the `columns` option.
#pragma once

#include <string_view>

#include "feltline/options.hpp"
#include "parse/parsed_document.hpp"

namespace feltline::parse {

/// Parses a delimited transcript (`delimiter` ',', ';' or '\t'; 0 to detect
/// it from the header). Each row is an utterance. With a dialogue-id column
/// the rows are grouped into dialogues (a corpus, ids = that column's values,
/// in order of first appearance). Rows repeated once per annotator (same
/// utterance id, or same speaker, time and text when an annotator column
/// exists) are kept once; rows are put in utterance-id order; consecutive rows
/// by one speaker merge into one turn. Columns whose value is the same on
/// every row of a dialogue become its metadata. Without a text column the
/// result has no dialogue, an error naming the columns, and `no_fallback`.
ParsedDocument parse_csv(std::string_view text, char delimiter, const ColumnChoice& columns);

/// True when the first line is a header: a delimiter, short names, and either
/// a text-like column name (or the one chosen in `columns`), or at least three
/// names (two with tabs) and following rows with the same number of fields.
/// Looks at the first 64 KB only.
bool looks_like_csv(std::string_view text, const ColumnChoice& columns, char& delimiter);

}  // namespace feltline::parse
