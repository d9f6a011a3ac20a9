// Reads an evaluation file (tests/eval/README.md): a transcript with inline
// annotations "[[words|e anxiety neg]]". Returns the text Feltline should see
// and the annotated mentions as byte spans into it.
#pragma once

#include <string>
#include <vector>

namespace feltline::eval {

struct GoldMention {
  std::size_t begin = 0;  // byte offsets into AnnotatedTranscript::text
  std::size_t end = 0;
  std::string kind;   // "emotion" or "sensation"
  std::string label;  // category or region
  bool negated = false;
  bool hypothetical = false;
  int line = 0;  // line in the annotated file, for messages
};

struct AnnotatedTranscript {
  std::string text;
  std::vector<GoldMention> gold;
  std::vector<std::string> errors;  // malformed annotations
};

AnnotatedTranscript read_annotated(const std::string& file_text);

}  // namespace feltline::eval
