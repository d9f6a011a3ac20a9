// libFuzzer target: differential test of output::JsonWriter against
// nlohmann_json's dump() for any bytes as a key and a string value (valid or
// not as UTF-8), compact and pretty.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"
#include "output/json_writer.hpp"

using feltline::output::Json;
using feltline::output::JsonWriter;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(feltline::fuzz::as_text(data, size));
  const std::string key = bytes.substr(0, bytes.size() / 3);
  for (bool pretty : {false, true}) {
    std::string out;
    {
      JsonWriter w(out, pretty);
      w.begin_object();
      w.key(key);
      w.begin_array();
      w.value(bytes);
      w.value(Json(bytes));
      w.end_array();
      w.end_object();
    }
    Json doc = Json::object();
    doc[key] = Json::array({bytes, bytes});
    FUZZ_CHECK(out == doc.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace),
               "JsonWriter printed other bytes than nlohmann");
  }
  return 0;
}
