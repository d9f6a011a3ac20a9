// A JSON Lines corpus (one dialogue per line, e.g. {"id": ..., "messages":
// [...]}) analysed one line at a time, so a corpus of any size is read in
// memory bounded by its largest dialogue. The CLI's --stream and --jobs N are
// built on it; any host can do the same.
//
//   feltline::CorpusStream stream(options_json);
//   out << stream.header();                                  // CSV header, if CSV
//   // for each non-blank line, in any thread (analyse is thread-safe):
//   feltline::CorpusLine r = stream.analyse(line, line_number);
//   // then, in input order:
//   if (r.usable) { out << r.text; stream.add(r); } else report(line_number, r.error);
//   out << stream.footer();                                  // the corpus_summary line
//
// For a corpus whose every line holds a dialogue, the bytes written are those
// analyze_text gives for the whole input. Problems are reported where they
// are: a line that holds no dialogue gives !usable with its reason (the whole
// input's analysis would list it in every dialogue's diagnostics instead),
// and invalid UTF-8 in a line is reported in that line's dialogue only.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "feltline/options.hpp"
#include "feltline/transcript.hpp"

namespace feltline {

namespace analyse {
class CorpusSummary;
}
namespace lexicon {
struct CustomLexicon;
}

/// One analysed line of a corpus.
struct CorpusLine {
  bool usable = false;   // false: the line gave no dialogue; `error` says why
  std::string text;      // the dialogue's analysis: one JSON line, or CSV rows; ends with '\n'
  std::string error;     // one line, set when !usable
  std::vector<Diagnostic> diagnostics;  // CSV output only: what the JSON would have carried
  std::shared_ptr<const analyse::CorpusSummary> summary_part;  // for CorpusStream::add
};

class CorpusStream {
 public:
  /// `options_json` as analyze_text takes it; its problems are reported in
  /// every dialogue's diagnostics, as analyze_text reports them.
  explicit CorpusStream(std::string_view options_json);
  ~CorpusStream();
  CorpusStream(const CorpusStream&) = delete;
  CorpusStream& operator=(const CorpusStream&) = delete;

  /// Analyses one line (`line_number` is 1-based, its place in the corpus).
  /// Thread-safe: each thread uses its own tokenizer.
  CorpusLine analyse(std::string_view line, int line_number) const;

  /// What comes before the first line: the CSV header, or nothing.
  std::string header() const;
  /// Counts a written line into the corpus summary; call in input order.
  void add(const CorpusLine& line);
  /// What comes after the last line: the corpus_summary JSON line (for JSON
  /// output with at least one dialogue), or nothing.
  std::string footer() const;

  const Options& options() const { return options_; }

 private:
  std::vector<Diagnostic> option_problems_;
  Options options_;
  std::vector<Diagnostic> lexicon_diagnostics_;
  std::shared_ptr<const std::vector<std::shared_ptr<const lexicon::CustomLexicon>>> custom_lexicons_;
  std::unique_ptr<analyse::CorpusSummary> summary_;
  std::size_t dialogues_ = 0;
};

}  // namespace feltline
