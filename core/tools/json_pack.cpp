// Packs a JSON file into the form core/src/lexicon/packed_json.hpp describes,
// for the default lexicon compiled into both hosts (core/CMakeLists.txt).
//   feltline-json-pack INPUT.json OUTPUT.pack
// Invalid JSON fails the build, naming the file. The "_comment" notes are left
// out (without_notes).
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "lexicon/packed_json.hpp"

using json = nlohmann::ordered_json;
using feltline::lexicon::pack_json;
using feltline::lexicon::without_notes;

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: feltline-json-pack INPUT.json OUTPUT.pack\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) {
    std::cerr << "feltline-json-pack: cannot read " << argv[1] << "\n";
    return 1;
  }
  // The same reading as the core's parse_json_document (a repeated key: first place, last value).
  const json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded()) {
    std::cerr << "feltline-json-pack: " << argv[1] << " is not valid JSON\n";
    return 1;
  }
  std::string out;
  pack_json(without_notes(doc), out);
  std::ofstream file(argv[2], std::ios::binary | std::ios::trunc);
  file.write(out.data(), static_cast<std::streamsize>(out.size()));
  if (!file) {
    std::cerr << "feltline-json-pack: cannot write " << argv[2] << "\n";
    return 1;
  }
  return 0;
}
