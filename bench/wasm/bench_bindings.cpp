// WebAssembly module for the Node benchmark (bench/node/throughput.mjs): the
// ICU-only floor and the tokenizer in WebAssembly, and the analysis of text
// already inside the module (the product module, wasm/, is measured from a
// JavaScript string to a JavaScript string beside it).
//   setText(text)        copies the text into the module once
//   icuWordFloor()       ICU word segmentation alone; returns the word count
//   tokenize()           text::WordTokenizer (ASCII fast path + ICU); token count
//   analyzeStored()      the whole analysis; returns the JSON's length
#include <emscripten/bind.h>

#include <string>
#include <vector>

#include "feltline/analyze.hpp"
#include "icu_word_floor.hpp"
#include "text/word_tokenizer.hpp"

namespace {

std::string& stored_text() {
  static std::string text;
  return text;
}

void set_text(const std::string& text) { stored_text() = text; }

double icu_word_floor() {
  static feltline::bench::IcuWordFloor floor;
  return static_cast<double>(floor.count_words(stored_text()));
}

double tokenize() {
  static feltline::text::WordTokenizer tokenizer;
  static std::vector<feltline::text::Token> tokens;
  tokenizer.tokenize(stored_text(), tokens);
  return static_cast<double>(tokens.size());
}

double analyze_stored() { return static_cast<double>(feltline::analyze_text(stored_text(), "{}").json.size()); }

}  // namespace

EMSCRIPTEN_BINDINGS(feltline_bench) {
  emscripten::function("setText", &set_text);
  emscripten::function("icuWordFloor", &icu_word_floor);
  emscripten::function("tokenize", &tokenize);
  emscripten::function("analyzeStored", &analyze_stored);
}
