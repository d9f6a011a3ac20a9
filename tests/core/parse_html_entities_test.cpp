// HTML character references as exports leave them in text.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse/html_entities.hpp"

using feltline::parse::decode_html_entities;

TEST_CASE("decode_html_entities decodes the references exports contain", "[parse][entities]") {
  struct Case {
    const char* in;
    const char* out;
    std::size_t count;
  };
  const std::vector<Case> cases = {
      {"we&#39;re", "we're", 1},
      {"&quot;fine&quot;", "\"fine\"", 2},
      {"Tom &amp; Jerry", "Tom & Jerry", 1},
      {"&lt;b&gt;", "<b>", 2},
      {"it&apos;s", "it's", 1},
      {"a&nbsp;b",
       "a\xC2\xA0"
       "b",
       1},
      {"wait&hellip;", "wait\xE2\x80\xA6", 1},
      {"&#x2014;&#8212;", "\xE2\x80\x94\xE2\x80\x94", 2},
      {"&#x1F642;", "\xF0\x9F\x99\x82", 1},
      {"&rsquo;&ldquo;&rdquo;", "\xE2\x80\x99\xE2\x80\x9C\xE2\x80\x9D", 3},
      {"&#xD800;", "\xEF\xBF\xBD", 1},          // a lone surrogate is not a character
      {"line&#10;break", "line&#10;break", 0},  // line numbers must keep pointing at the input
      {"AT&T and R&D", "AT&T and R&D", 0},
      {"&amp", "&amp", 0},  // no ';'
      {"&unknown;", "&unknown;", 0},
      {"&#;", "&#;", 0},
      {"&#xZZ;", "&#xZZ;", 0},
      {"&&amp;&", "&&&", 1},
      {"", "", 0},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    std::string s = c.in;
    CHECK(decode_html_entities(s) == c.count);
    CHECK(s == c.out);
  }
}
