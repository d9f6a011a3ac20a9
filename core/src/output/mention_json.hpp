// JSON of the mentions (see core/include/feltline/mention.hpp and
// docs/lexicon.md#json). A session holds tens of thousands of mentions, so
// they are written straight to text, byte for byte as nlohmann_json would
// write the same objects (tests/core/mention_json_test.cpp keeps the two
// equal); mention_json() builds the nlohmann object that is the reference.
#pragma once

#include <string>

#include "feltline/transcript.hpp"
#include "output/json_numbers.hpp"
#include "text/utf16_offsets.hpp"

namespace feltline::output {

/// One mention as a JSON object. `offsets` converts the mention's byte offsets
/// into its turn's UTF-16 offsets.
Json mention_json(const Mention& mention, const Turn& turn, const text::Utf16Offsets& offsets);

/// Appends the turn's mentions as a JSON array, as `Json::dump` would print it:
/// compact, or pretty (indent 2) for an array that starts `depth` levels deep.
/// `offsets` are the turn's.
void append_mentions_json(std::string& out, const Turn& turn, const text::Utf16Offsets& offsets, bool pretty,
                          int depth);

}  // namespace feltline::output
