// Text saved as UTF-16 (Windows "Unicode" text files, some transcription
// tools) starts with a byte-order mark; it is converted to UTF-8 rather than
// being mistaken for binary data.
#pragma once

#include <string>
#include <string_view>

namespace feltline::text {

/// When `raw` starts with a UTF-16 byte-order mark (FF FE or FE FF), writes
/// its text as UTF-8 to `out` (without the mark; unpaired surrogates become
/// U+FFFD, an odd last byte is dropped) and returns true; else returns false.
bool utf16_to_utf8(std::string_view raw, std::string& out);

}  // namespace feltline::text
