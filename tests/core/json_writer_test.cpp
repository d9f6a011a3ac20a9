// JsonWriter must print exactly what nlohmann_json's dump() prints: the
// analysis JSON is byte-for-byte the same in both hosts and in the golden
// files. Random documents are written both ways, compact and pretty, with
// strings full of escapes, multi-byte and invalid UTF-8.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <string>

#include "output/json_writer.hpp"

using feltline::output::Json;
using feltline::output::JsonWriter;

namespace {

std::string random_string(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "a", "Z", " ", "\"", "\\", "/", "\n", "\r", "\t", "\b", "\f", std::string(1, '\0'), "\x01", "\x1F", "\x7F",
      "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "\xEF\xBF\xBD", "don't",
      "\xFF", "\xC3", "\xE2\x80", "\xED\xA0\x80", "\xC0\xAF", "\xF4\x90\x80\x80"};  // the last six are invalid
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 12);
  std::bernoulli_distribution valid_only(0.8);
  const std::size_t limit = valid_only(rng) ? pieces.size() - 6 : pieces.size();
  std::string s;
  for (int i = length(rng); i > 0; --i) {
    std::size_t p = pick(rng);
    while (p >= limit) p = pick(rng);
    s += pieces[p];
  }
  return s;
}

Json random_value(std::mt19937& rng, int depth) {
  std::uniform_int_distribution<int> kind(0, depth > 3 ? 5 : 7);
  switch (kind(rng)) {
    case 0: return nullptr;
    case 1: return std::bernoulli_distribution(0.5)(rng);
    case 2: return std::uniform_int_distribution<std::int64_t>(-1000000000000LL, 1000000000000LL)(rng);
    case 3: return std::uniform_int_distribution<std::uint64_t>(0, ~0ull)(rng);
    case 4: {
      const double choices[] = {0.0, -0.0, 0.5, 3.0, 1e21, 1e-7, 7.25, -12.125, 100.0, 0.1 + 0.2};
      return choices[std::uniform_int_distribution<int>(0, 9)(rng)];
    }
    case 5: return random_string(rng);
    case 6: {
      Json a = Json::array();
      for (int i = std::uniform_int_distribution<int>(0, 4)(rng); i > 0; --i) a.push_back(random_value(rng, depth + 1));
      return a;
    }
    default: {
      Json o = Json::object();
      for (int i = std::uniform_int_distribution<int>(0, 4)(rng); i > 0; --i)
        o[random_string(rng)] = random_value(rng, depth + 1);
      return o;
    }
  }
}

// Walks `j` through the streaming API, handing some subtrees to value(Json).
void write(JsonWriter& w, const Json& j, std::mt19937& rng) {
  if (std::bernoulli_distribution(0.2)(rng)) {
    w.value(j);
    return;
  }
  switch (j.type()) {
    case Json::value_t::object:
      w.begin_object();
      for (const auto& [k, v] : j.items()) {
        w.key(k);
        write(w, v, rng);
      }
      w.end_object();
      break;
    case Json::value_t::array:
      w.begin_array();
      for (const auto& v : j) write(w, v, rng);
      w.end_array();
      break;
    case Json::value_t::string: w.value(j.get_ref<const std::string&>()); break;
    case Json::value_t::boolean: w.value(j.get<bool>()); break;
    case Json::value_t::number_integer: w.value(j.get<std::int64_t>()); break;
    case Json::value_t::number_unsigned: w.value(j.get<std::uint64_t>()); break;
    case Json::value_t::number_float: w.value(j.get<double>()); break;
    default: w.value(nullptr); break;
  }
}

}  // namespace

TEST_CASE("JsonWriter prints what nlohmann_json's dump prints", "[output]") {
  std::mt19937 rng(42);
  int compared = 0;
  for (int round = 0; round < 5000; ++round) {
    const Json doc = random_value(rng, 0);
    for (bool pretty : {false, true}) {
      std::string out;
      {
        JsonWriter w(out, pretty);
        write(w, doc, rng);
      }
      const std::string expected = doc.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
      if (out != expected) {
        CAPTURE(pretty, expected, out);
        FAIL("JsonWriter differs from nlohmann");
      }
      ++compared;
    }
  }
  CHECK(compared == 10000);
}

TEST_CASE("JsonWriter writes empty containers and nesting like dump(2)", "[output]") {
  std::string out;
  JsonWriter w(out, true);
  w.begin_object();
  w.key("a");
  w.begin_array();
  w.end_array();
  w.key("b");
  w.begin_object();
  w.key("c");
  w.begin_array();
  w.value(1);
  w.value("x");
  w.end_array();
  w.end_object();
  w.end_object();
  CHECK(out == "{\n  \"a\": [],\n  \"b\": {\n    \"c\": [\n      1,\n      \"x\"\n    ]\n  }\n}");
}

TEST_CASE("JsonWriter::raw hands over the nesting depth for pretty output", "[output]") {
  for (bool pretty : {false, true}) {
    std::string out;
    JsonWriter w(out, pretty);
    w.begin_object();
    w.key("list");
    w.raw([&](std::string& o, int depth) {
      // What a hand-written array at `depth` must look like: nlohmann's layout.
      Json a = Json::array({1, "x"});
      nlohmann::detail::serializer<Json> s(nlohmann::detail::output_adapter<char, std::string>(o), ' ',
                                           Json::error_handler_t::replace);
      s.dump(a, pretty, false, 2, static_cast<unsigned>(2 * depth));
    });
    w.end_object();
    CHECK(out == Json::object({{"list", Json::array({1, "x"})}}).dump(pretty ? 2 : -1));
  }
}

TEST_CASE("append_unit_ratio prints what rounded(v, 4).dump() prints", "[output][json]") {
  using feltline::output::append_unit_ratio;
  using feltline::output::rounded;
  auto check = [](double v) {
    std::string out;
    REQUIRE(append_unit_ratio(out, v));
    CHECK(out == rounded(v, 4).dump());
  };
  for (int k = 0; k <= 10000; ++k) {
    check(k / 10000.0);
    check((k + 0.5) / 10000.0 > 1 ? 1.0 : (k + 0.5) / 10000.0);  // halfway: rounds like std::round
  }
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (int i = 0; i < 20000; ++i) check(unit(rng));
  check(-0.0);
  check(1e-300);
  std::string out;
  CHECK_FALSE(append_unit_ratio(out, 1.00001));
  CHECK_FALSE(append_unit_ratio(out, -0.001));
  CHECK_FALSE(append_unit_ratio(out, std::nan("")));
  CHECK(out.empty());
}
