// Small JSON documents written straight into a local buffer: each turn with its
// mentions and statistics, tens of thousands of small objects per session. The
// bytes are nlohmann_json's dump() of the same values (compact, or pretty with
// an indent of 2); the keys are the writers' own literals, so they are copied
// without an escape scan.
#pragma once

#include <algorithm>
#include <charconv>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "output/json_writer.hpp"

namespace feltline::output::json_buffer {

// The bytes gathered in a small local buffer and appended to the
// output in blocks: one std::string append per block instead of a few per key.
struct Buffer {
  std::string& out;
  char buf[1024];
  std::size_t n = 0;

  explicit Buffer(std::string& o) : out(o) {}
  ~Buffer() { flush(); }
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;

  void flush() {
    out.append(buf, n);
    n = 0;
  }
  /// Room for `len` more bytes (at most the buffer's size) at the returned place;
  /// the caller writes them and adds what it wrote to `n`.
  char* room(std::size_t len) {
    if (len > sizeof buf - n) flush();
    return buf + n;
  }
  void put(char c) {
    if (n == sizeof buf) flush();
    buf[n++] = c;
  }
  void put(const char* p, std::size_t len) {
    if (len > sizeof buf - n) {
      flush();
      if (len > sizeof buf) {
        out.append(p, len);
        return;
      }
    }
    std::memcpy(buf + n, p, len);
    n += len;
  }
  void fill(std::size_t count, char c) {
    while (count > 0) {
      if (n == sizeof buf) flush();
      const std::size_t k = std::min(count, sizeof buf - n);
      std::memset(buf + n, c, k);
      n += k;
      count -= k;
    }
  }
  // As append_json_string(): a short string with nothing to escape (nearly
  // every one a mention holds) goes into the buffer, anything else through it.
  // The short string is copied first and checked in the buffer, eight bytes at
  // a time, its last word padded with spaces (no escape): one copy of a
  // variable length, where checking it in place loaded its tail with a second.
  // A string that needs escaping leaves its copy past `n`, unwritten.
  static constexpr std::size_t kShortString = 64;
  // memcpy of a short variable length without the call: whole words, the last
  // one overlapping (every read inside the source).
  static void copy_short(char* dst, const char* src, std::size_t len) {
    if (len >= 8) {
      for (std::size_t i = 0; i + 8 < len; i += 8) std::memcpy(dst + i, src + i, 8);
      std::memcpy(dst + len - 8, src + len - 8, 8);
    } else if (len >= 4) {
      std::memcpy(dst, src, 4);
      std::memcpy(dst + len - 4, src + len - 4, 4);
    } else if (len > 0) {
      dst[0] = src[0];
      dst[len / 2] = src[len / 2];
      dst[len - 1] = src[len - 1];
    }
  }
  void json_string(std::string_view s) {
    if (s.size() <= kShortString) {
      char* p = room(s.size() + 2 + 8);  // 8: the padding of the last word
      p[0] = '"';
      copy_short(p + 1, s.data(), s.size());
      std::memcpy(p + 1 + s.size(), "        ", 8);
      bool plain = true;
      for (std::size_t i = 0; i < s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, p + 1 + i, 8);
        if ((w & 0x8080808080808080ull) || any_needs_escape(w)) {
          plain = false;
          break;
        }
      }
      if (plain) {
        p[s.size() + 1] = '"';
        n += s.size() + 2;
        return;
      }
    }
    flush();
    append_json_string(out, s);
  }
};

struct Writer {
  Buffer& out;
  bool pretty;
  int depth;  // nesting level of the value being written
  bool first = true;

  void newline(int level) {
    out.put('\n');
    out.fill(static_cast<std::size_t>(level) * 2, ' ');
  }
  // Keys are the writers' literals: short, nothing to escape (a string_view of
  // a literal has its length at compile time once inlined).
  void key(std::string_view k) {
    const bool comma = !first;
    first = false;
    if (pretty) {
      if (comma) out.put(',');
      newline(depth + 1);
    }
    // the comma, the quoted key and the colon in one step (keys are short)
    char* p = out.room(k.size() + 5);
    char* const start = p;
    if (comma && !pretty) *p++ = ',';
    *p++ = '"';
    std::memcpy(p, k.data(), k.size());
    p += k.size();
    *p++ = '"';
    *p++ = ':';
    if (pretty) *p++ = ' ';
    out.n += static_cast<std::size_t>(p - start);
  }
  void open(char c) {
    out.put(c);
    first = true;
  }
  void close(char c, bool empty) {
    if (pretty && !empty) newline(depth);
    out.put(c);
  }
  void str(std::string_view k, std::string_view v) { key(k), out.json_string(v); }
  void num(std::string_view k, std::uint64_t v) {
    key(k);
    char* p = out.room(20);
    out.n += static_cast<std::size_t>(std::to_chars(p, p + 20, v).ptr - p);
  }
  void integer(std::string_view k, std::int64_t v) {
    key(k);
    char* p = out.room(20);
    out.n += static_cast<std::size_t>(std::to_chars(p, p + 20, v).ptr - p);
  }
  void boolean(std::string_view k, bool v) { key(k), v ? out.put("true", 4) : out.put("false", 5); }
  void booleans(std::initializer_list<std::pair<std::string_view, bool>> flags) {
    for (const auto& [k, v] : flags) boolean(k, v);
  }
  void raw(std::string_view k, std::string_view v) { key(k), out.put(v.data(), v.size()); }
  /// A key that is data (a category name): escaped like any string.
  void name_key(std::string_view k) {
    if (!first) out.put(',');
    first = false;
    if (pretty) newline(depth + 1);
    out.json_string(k);
    out.put(pretty ? ": " : ":", pretty ? 2 : 1);
  }
  template <class Strings>  // a vector of std::string or std::string_view
  void strings(std::string_view k, const Strings& v) {
    key(k);
    if (v.empty()) {
      out.put("[]", 2);
      return;
    }
    out.put('[');
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out.put(',');
      if (pretty) newline(depth + 2);
      out.json_string(v[i]);
    }
    if (pretty) newline(depth + 1);
    out.put(']');
  }
};

}  // namespace feltline::output::json_buffer
