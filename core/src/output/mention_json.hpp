// JSON of one mention (see core/include/feltline/mention.hpp).
#pragma once

#include "feltline/transcript.hpp"
#include "output/json_numbers.hpp"
#include "text/utf16_offsets.hpp"

namespace feltline::output {

/// `offsets` converts the mention's byte offsets into its turn's UTF-16 offsets.
Json mention_json(const Mention& mention, const Turn& turn, const text::Utf16Offsets& offsets);

}  // namespace feltline::output
