// Quotations inside a turn: “...”, "...", „...“, «...», ‘...’ (a closing ’
// followed by a letter is an apostrophe, not the end of a quote).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "feltline/transcript.hpp"

namespace feltline::parse {

struct QuoteScan {
  /// Quotations of two words or more, the quote marks included: quoted
  /// speech, not scare quotes around one word ("good" or "bad").
  std::vector<Span> quoted;
  /// Byte offset of a quotation that opens in the last paragraph and never
  /// closes (the text stops mid-quote).
  std::optional<std::uint32_t> open_at_end;
};

/// Scans `text` paragraph by paragraph (blank lines end a quotation that was
/// not closed). Linear in the length of `text`.
QuoteScan find_quotes(std::string_view text);

}  // namespace feltline::parse
