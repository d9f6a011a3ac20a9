// HTML character references as exports leave them in transcript text:
// "we&#39;re", "&quot;fine&quot;", "Tom &amp; Jerry", "&nbsp;", "&#x2014;".
#pragma once

#include <cstddef>
#include <string>

namespace feltline::parse {

/// Replaces, in place, every well-formed reference that ends with ';': the
/// named ones people meet in exports (&amp; &lt; &gt; &quot; &apos; &nbsp;
/// &lrm; &rlm; &hellip; &mdash; &ndash; &lsquo; &rsquo; &ldquo; &rdquo; and a
/// few more), and numeric &#NNN; / &#xHHH; (a surrogate or out-of-range number
/// becomes U+FFFD; line breaks and other control characters stay as written, so
/// line numbers keep pointing at the input). Anything else is left as written.
/// Returns the number of references replaced. Linear in the length of `text`.
std::size_t decode_html_entities(std::string& text);

}  // namespace feltline::parse
