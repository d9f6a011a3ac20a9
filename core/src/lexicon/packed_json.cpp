#include "lexicon/packed_json.hpp"

#include <cstring>
#include <string>
#include <vector>

namespace feltline::lexicon {
namespace {

using json = nlohmann::ordered_json;

void put_count(std::string& out, std::uint64_t n) {
  do {
    unsigned char b = n & 0x7F;
    n >>= 7;
    if (n) b |= 0x80;
    out += static_cast<char>(b);
  } while (n);
}

void put_word(std::string& out, std::uint64_t w) {
  for (int i = 0; i < 8; ++i, w >>= 8) out += static_cast<char>(w & 0xFF);
}

// Text ends with a zero byte, as JSON's ends with a quote: the packed lexicon
// compresses as well as its JSON. Text that holds a zero byte itself is
// written as a zero byte, its length and its bytes.
void put_text(std::string& out, const std::string& s) {
  if (s.find('\0') == std::string::npos) {
    out += s;
  } else {
    out += '\0';
    put_count(out, s.size());
    out += s;
  }
  out += '\0';
}

void pack(const json& v, std::string& out) {
  switch (v.type()) {
    case json::value_t::null:
      out += static_cast<char>(kPackedNull);
      break;
    case json::value_t::boolean:
      out += static_cast<char>(v.get<bool>() ? kPackedTrue : kPackedFalse);
      break;
    case json::value_t::number_integer:
      out += static_cast<char>(kPackedInteger);
      put_word(out, static_cast<std::uint64_t>(v.get<json::number_integer_t>()));
      break;
    case json::value_t::number_unsigned:
      out += static_cast<char>(kPackedUnsigned);
      put_word(out, v.get<json::number_unsigned_t>());
      break;
    case json::value_t::number_float: {
      const double d = v.get<json::number_float_t>();
      std::uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      out += static_cast<char>(kPackedFloat);
      put_word(out, bits);
      break;
    }
    case json::value_t::string:
      out += static_cast<char>(kPackedString);
      put_text(out, v.get_ref<const std::string&>());
      break;
    case json::value_t::array:
      out += static_cast<char>(kPackedArray);
      put_count(out, v.size());
      for (const auto& item : v) pack(item, out);
      break;
    case json::value_t::object:
      out += static_cast<char>(kPackedObject);
      put_count(out, v.size());
      for (auto it = v.begin(); it != v.end(); ++it) {
        put_text(out, it.key());
        pack(it.value(), out);
      }
      break;
    default:  // binary, discarded: not produced by parsing JSON text; packed as null
      out += static_cast<char>(kPackedNull);
      break;
  }
}

struct Reader {
  const unsigned char* p;
  const unsigned char* end;

  bool count(std::uint64_t& n) {
    n = 0;
    for (unsigned shift = 0; p != end && shift < 64; shift += 7) {
      const unsigned char b = *p++;
      n |= std::uint64_t{b & 0x7Fu} << shift;
      if (!(b & 0x80)) return true;
    }
    return false;
  }

  bool bytes(std::string& s) {
    if (p == end) return false;
    if (*p == 0) {  // a zero byte first: the length follows (text that holds a zero byte)
      ++p;
      std::uint64_t n = 0;
      if (!count(n) || n >= static_cast<std::uint64_t>(end - p) || p[n] != 0) return false;
      s.assign(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
      p += n + 1;
      return true;
    }
    const auto* stop = static_cast<const unsigned char*>(std::memchr(p, 0, static_cast<std::size_t>(end - p)));
    if (!stop) return false;
    s.assign(reinterpret_cast<const char*>(p), static_cast<std::size_t>(stop - p));
    p = stop + 1;
    return true;
  }

  bool word(std::uint64_t& w) {
    if (end - p < 8) return false;
    w = 0;
    for (int i = 7; i >= 0; --i) w = (w << 8) | p[i];
    p += 8;
    return true;
  }

  bool value(json& out, int depth) {
    if (p == end || depth > 512) return false;
    std::uint64_t n = 0;
    switch (*p++) {
      case kPackedNull:
        out = nullptr;
        return true;
      case kPackedTrue:
        out = true;
        return true;
      case kPackedFalse:
        out = false;
        return true;
      case kPackedInteger:
        if (!word(n)) return false;
        out = static_cast<json::number_integer_t>(n);
        return true;
      case kPackedUnsigned:
        if (!word(n)) return false;
        out = static_cast<json::number_unsigned_t>(n);
        return true;
      case kPackedFloat: {
        if (!word(n)) return false;
        double d;
        std::memcpy(&d, &n, sizeof d);
        out = static_cast<json::number_float_t>(d);
        return true;
      }
      case kPackedString: {
        out = json(json::value_t::string);
        return bytes(out.get_ref<std::string&>());
      }
      case kPackedArray: {
        if (!count(n) || n > static_cast<std::uint64_t>(end - p)) return false;
        out = json(json::value_t::array);
        auto& items = out.get_ref<json::array_t&>();
        items.reserve(static_cast<std::size_t>(n));
        for (std::uint64_t i = 0; i < n; ++i)
          if (!value(items.emplace_back(), depth + 1)) return false;
        return true;
      }
      case kPackedObject: {
        if (!count(n) || n > static_cast<std::uint64_t>(end - p)) return false;
        out = json(json::value_t::object);
        // The underlying vector, reserved at its final size: a pair with a
        // const key is never copied, and no key is searched (the packer has
        // already kept each key once).
        auto& members = static_cast<std::vector<std::pair<const std::string, json>>&>(
            out.get_ref<json::object_t&>());
        members.reserve(static_cast<std::size_t>(n));
        std::string key;
        for (std::uint64_t i = 0; i < n; ++i) {
          if (!bytes(key)) return false;
          if (!value(members.emplace_back(std::move(key), json()).second, depth + 1)) return false;
        }
        return true;
      }
      default:
        return false;
    }
  }
};

}  // namespace

json without_notes(const json& value) {
  if (value.is_array()) {
    json out = json::array();
    for (const auto& item : value) out.push_back(without_notes(item));
    return out;
  }
  if (!value.is_object()) return value;
  json out = json::object();
  for (const auto& [key, item] : value.items())
    if (key.empty() || key[0] != '_') out[key] = without_notes(item);
  return out;
}

void pack_json(const json& value, std::string& out) { pack(value, out); }

bool unpack_json(std::string_view bytes, json& out) {
  const auto* begin = reinterpret_cast<const unsigned char*>(bytes.data());
  Reader r{begin, begin + bytes.size()};
  json root;
  if (!r.value(root, 0) || r.p != r.end) {
    out = json();
    return false;
  }
  out = std::move(root);
  return true;
}

}  // namespace feltline::lexicon
