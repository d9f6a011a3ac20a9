// json_buffer::Buffer::json_string copies a short string into its buffer and
// checks it there, its last word padded: it must write exactly what
// append_json_string writes, for every length around the word and short-string
// bounds, with the byte to escape (or a non-ASCII byte) at every place.
#include <catch2/catch.hpp>

#include <string>

#include "output/json_buffer.hpp"

using feltline::output::append_json_string;
using feltline::output::json_buffer::Buffer;

namespace {

std::string through_buffer(const std::string& prefix, const std::string& s) {
  std::string out;
  {
    Buffer b(out);
    b.put(prefix.data(), prefix.size());  // the buffer's fill before the string
    b.json_string(s);
    b.put(',');
  }
  return out;
}

std::string expected(const std::string& prefix, const std::string& s) {
  std::string out = prefix;
  append_json_string(out, s);
  out += ',';
  return out;
}

}  // namespace

TEST_CASE("Buffer::json_string writes what append_json_string writes", "[output]") {
  const std::string odd[] = {"\"", "\\", "\n", std::string(1, '\0'), "\x1F", "\xC3\xA9", "\xFF", "\x7F", " "};
  // 1015: the buffer nearly full, so the string's room makes it flush first.
  for (const std::size_t fill : {0u, 3u, 1015u}) {
    const std::string prefix(fill, 'x');
    for (std::size_t len = 0; len <= 72; ++len) {
      const std::string plain(len, 'a');
      CHECK(through_buffer(prefix, plain) == expected(prefix, plain));
      for (std::size_t at = 0; at < len; ++at)
        for (const std::string& o : odd) {
          std::string s = plain;
          s.replace(at, 1, o);
          CHECK(through_buffer(prefix, s) == expected(prefix, s));
        }
    }
  }
}
