#include "output/json_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstring>

#include "text/utf8_validity.hpp"

namespace feltline::output {

struct JsonWriter::NlohmannSerializer {
  explicit NlohmannSerializer(std::string& out)
      : serializer(nlohmann::detail::output_adapter<char, std::string>(out), ' ', Json::error_handler_t::replace) {}
  nlohmann::detail::serializer<Json> serializer;
};

namespace {

// Bytes JSON strings must escape: controls, '"' and '\\' (nlohmann leaves DEL
// and, with ensure_ascii off, all of UTF-8 as they are).
struct EscapeTable {
  bool needs[256];
  constexpr EscapeTable() : needs() {
    for (int c = 0; c < 256; ++c) needs[c] = c < 0x20 || c == '"' || c == '\\';
  }
};
constexpr EscapeTable kEscape{};

// Keys up to this long are written in one append.
constexpr std::size_t kShortKey = 56;

}  // namespace

std::size_t format_unit_ratio(double v, char* digits) {
  if (!(v >= 0 && v <= 1)) return 0;  // (NaN too)
  // rounded(v, 4) is k / 10000 for this k; the shortest digits that give that
  // double back are k's, trailing zeros dropped, which is what dump() prints.
  const auto k = static_cast<std::uint32_t>(std::round(v * 10000.0));
  if (k == 0 || k >= 10000) {
    std::memcpy(digits, k ? "1.0" : "0.0", 3);
    return 3;
  }
  digits[0] = '0';
  digits[1] = '.';
  digits[2] = static_cast<char>('0' + k / 1000);
  digits[3] = static_cast<char>('0' + k / 100 % 10);
  digits[4] = static_cast<char>('0' + k / 10 % 10);
  digits[5] = static_cast<char>('0' + k % 10);
  std::size_t n = kUnitRatioDigits;
  while (digits[n - 1] == '0') --n;
  return n;
}

bool append_unit_ratio(std::string& out, double v) {
  char digits[kUnitRatioDigits];
  const std::size_t n = format_unit_ratio(v, digits);
  out.append(digits, n);
  return n > 0;
}

JsonWriter::JsonWriter(std::string& out, bool pretty)
    : out_(out), pretty_(pretty), nlohmann_(std::make_unique<NlohmannSerializer>(out)) {}

JsonWriter::~JsonWriter() = default;

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  Frame& f = stack_.back();
  if (f.count++ > 0) out_ += ',';
  if (pretty_) {
    out_ += '\n';
    out_.append(2 * stack_.size(), ' ');
  }
}

void JsonWriter::key(std::string_view name) {
  if (name.size() <= kShortKey && is_short_plain_ascii(name)) {
    literal_key(name);
    return;
  }
  before_value();
  append_json_string(out_, name);
  out_ += pretty_ ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::literal_key(std::string_view name) {
  // Compact output, a short key with nothing to escape (every key the core
  // writes, and most category names): the comma, the quoted key and the colon
  // in one append instead of four.
  if (!pretty_ && !after_key_ && !stack_.empty() && name.size() <= kShortKey) {
    char buf[kShortKey + 4];
    std::size_t n = 0;
    if (stack_.back().count++ > 0) buf[n++] = ',';
    buf[n++] = '"';
    std::memcpy(buf + n, name.data(), name.size());
    n += name.size();
    buf[n++] = '"';
    buf[n++] = ':';
    out_.append(buf, n);
    after_key_ = true;
    return;
  }
  before_value();
  append_json_string(out_, name);
  out_ += pretty_ ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  stack_.push_back({true, 0});
}

void JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  stack_.push_back({false, 0});
}

void JsonWriter::end_object() {
  const Frame f = stack_.back();
  stack_.pop_back();
  if (f.count && pretty_) {
    out_ += '\n';
    out_.append(2 * stack_.size(), ' ');
  }
  out_ += '}';
}

void JsonWriter::end_array() {
  const Frame f = stack_.back();
  stack_.pop_back();
  if (f.count && pretty_) {
    out_ += '\n';
    out_.append(2 * stack_.size(), ' ');
  }
  out_ += ']';
}

void JsonWriter::value(std::string_view s) {
  before_value();
  append_json_string(out_, s);
}

void JsonWriter::value(bool b) {
  before_value();
  out_ += b ? "true" : "false";
}

void JsonWriter::value(std::nullptr_t) {
  before_value();
  out_ += "null";
}

void JsonWriter::value(std::int64_t n) {
  before_value();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out_.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

void JsonWriter::value(std::uint64_t n) {
  before_value();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out_.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

void JsonWriter::value(double d) { value(Json(d)); }

void JsonWriter::value(const Json& j) {
  before_value();
  nlohmann_->serializer.dump(j, pretty_, false, 2, static_cast<unsigned>(2 * stack_.size()));
}

void append_json_string(std::string& out_, std::string_view s) {
  // Keys, names and most words are plain ASCII with nothing to escape: one
  // scan, one append, no UTF-8 validation.
  std::size_t plain = 0;
  for (; plain + 8 <= s.size(); plain += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + plain, 8);
    if ((w & 0x8080808080808080ull) || any_needs_escape(w)) break;
  }
  while (plain < s.size() && static_cast<unsigned char>(s[plain]) < 0x80 &&
         !kEscape.needs[static_cast<unsigned char>(s[plain])])
    ++plain;
  if (plain == s.size()) {
    out_ += '"';
    out_.append(s.data(), s.size());
    out_ += '"';
    return;
  }
  // The bytes before `plain` are ASCII needing no escape: neither the check
  // nor the escape loop below need to read them again.
  if (!text::is_valid_utf8(s.substr(plain))) {
    // Never expected (all text is cleaned on input), but nlohmann's own
    // replacement of bad bytes is then the one to match.
    out_ += Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
    return;
  }
  out_ += '"';
  const char* run = s.data();
  const char* p = run + plain;
  const char* const end = run + s.size();
  while (p < end) {
    // Eight bytes at a time through text that needs no escape (nearly all of it).
    if (end - p >= 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      if (!any_needs_escape(w)) {
        p += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(*p);
    if (!kEscape.needs[c]) {
      ++p;
      continue;
    }
    out_.append(run, static_cast<std::size_t>(p - run));
    run = p + 1;
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\b': out_ += "\\b"; break;
      case '\t': out_ += "\\t"; break;
      case '\n': out_ += "\\n"; break;
      case '\f': out_ += "\\f"; break;
      case '\r': out_ += "\\r"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out_.append(u, 6);
      }
    }
    ++p;
  }
  out_.append(run, static_cast<std::size_t>(p - run));
  out_ += '"';
}

}  // namespace feltline::output
