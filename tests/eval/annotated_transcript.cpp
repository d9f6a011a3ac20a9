#include "annotated_transcript.hpp"

#include <sstream>

namespace feltline::eval {
namespace {

// "e anxiety neg" -> kind, label, flags
bool parse_label(const std::string& spec, GoldMention& g, std::string& error) {
  std::istringstream in(spec);
  std::string kind, word;
  in >> kind >> g.label;
  if (kind == "e")
    g.kind = "emotion";
  else if (kind == "s")
    g.kind = "sensation";
  else {
    error = "unknown kind '" + kind + "' (use e or s)";
    return false;
  }
  if (g.label.empty()) {
    error = "missing category or region";
    return false;
  }
  while (in >> word) {
    if (word == "neg")
      g.negated = true;
    else if (word == "hyp")
      g.hypothetical = true;
    else {
      error = "unknown flag '" + word + "'";
      return false;
    }
  }
  return true;
}

}  // namespace

AnnotatedTranscript read_annotated(const std::string& file_text) {
  AnnotatedTranscript out;
  // Drop "##" comment lines first.
  std::string body;
  std::vector<int> line_of_byte;  // original line of each kept byte
  {
    int line = 1;
    std::size_t pos = 0;
    while (pos < file_text.size()) {
      std::size_t end = file_text.find('\n', pos);
      const bool last = end == std::string::npos;
      if (last) end = file_text.size();
      const std::string_view l(file_text.data() + pos, end - pos);
      if (l.substr(0, 2) != "##") {
        body.append(l);
        if (!last) body += '\n';
        line_of_byte.resize(body.size(), line);
      }
      pos = end + 1;
      ++line;
    }
  }
  struct Open {
    std::size_t begin;
    int line;
  };
  std::vector<Open> stack;
  for (std::size_t i = 0; i < body.size();) {
    if (body.compare(i, 2, "[[") == 0) {
      stack.push_back({out.text.size(), line_of_byte[i]});
      i += 2;
      continue;
    }
    if (body[i] == '|' && !stack.empty()) {
      const std::size_t close = body.find("]]", i);
      if (close == std::string::npos) {
        out.errors.push_back("line " + std::to_string(stack.back().line) + ": '|' without ']]'");
        break;
      }
      GoldMention g;
      g.begin = stack.back().begin;
      g.end = out.text.size();
      g.line = stack.back().line;
      stack.pop_back();
      std::string error;
      if (parse_label(body.substr(i + 1, close - i - 1), g, error))
        out.gold.push_back(g);
      else
        out.errors.push_back("line " + std::to_string(g.line) + ": " + error);
      i = close + 2;
      continue;
    }
    out.text += body[i++];
  }
  for (const auto& o : stack) out.errors.push_back("line " + std::to_string(o.line) + ": '[[' never closed");
  return out;
}

}  // namespace feltline::eval
