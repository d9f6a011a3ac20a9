#include "parse/csv_parser.hpp"

#include <algorithm>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "parse/clock_times.hpp"
#include "parse/csv_reader.hpp"
#include "parse/diagnostic_list.hpp"
#include "parse/html_entities.hpp"
#include "parse/line_splitter.hpp"
#include "parse/timestamp.hpp"
#include "parse/transcript_fields.hpp"
#include "parse/turn_merger.hpp"

namespace feltline::parse {
namespace {

constexpr std::size_t kSniffBytes = 64 * 1024;
constexpr std::size_t kMaxHeaderName = 64;
constexpr std::size_t kMaxMetadataValue = 500;

const TranscriptFields& fields() { return TranscriptFields::defaults(); }

struct Columns {
  std::optional<std::size_t> speaker, text, time, end, dialogue, annotator, utterance_id;
};

std::string column_list(const std::vector<std::string>& header) {
  std::string out;
  for (std::size_t i = 0; i < header.size() && i < 40; ++i) {
    if (i) out += ", ";
    out += header[i];
  }
  if (header.size() > 40) out += ", ...";
  return out;
}

std::optional<std::size_t> resolve(Field field, const char* option_name, const ColumnChoice& choice,
                                   const std::vector<std::string>& header,
                                   const std::vector<std::string>& normalised,
                                   std::vector<Diagnostic>& diagnostics) {
  if (const std::string* chosen = chosen_column(choice, field)) {
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == *chosen) return i;
    const std::string want = TranscriptFields::normalise(*chosen);
    for (std::size_t i = 0; i < normalised.size(); ++i)
      if (normalised[i] == want) return i;
    diagnostics.push_back({Severity::error,
                           "the " + std::string(option_name) + " column '" + *chosen +
                               "' is not in the header (" + column_list(header) +
                               "); looking for it by name instead",
                           1});
  }
  return fields().find(field, normalised);
}

std::string_view field_at(const CsvRecord& r, std::optional<std::size_t> column) {
  if (!column || *column >= r.fields.size()) return {};
  return trim(r.fields[*column]);
}

std::optional<double> read_time(std::string_view value, int line, DiagnosticList& diagnostics) {
  if (value.empty()) return std::nullopt;
  double seconds = 0;
  std::string problem;
  switch (parse_timestamp(value, seconds, problem)) {
    case TimeStatus::ok:
      return seconds;
    case TimeStatus::malformed:
      diagnostics.add("bad_time", Severity::warning, malformed_time_message(value, problem), line);
      return std::nullopt;
    case TimeStatus::not_a_time:
      if (parse_seconds(value, seconds)) return seconds;
      break;
  }
  diagnostics.add("bad_time", Severity::warning,
                  "time '" + std::string(value.substr(0, 40)) +
                      "' not understood (hh:mm:ss or seconds expected); left empty",
                  line);
  return std::nullopt;
}

bool parse_index(std::string_view s, long long& out) {
  if (s.empty() || s.size() > 15) return false;
  long long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  return true;
}

// One utterance row, before merging.
struct Row {
  RawTurn turn;
  long long order = 0;
  bool ordered = false;
};

// A dialogue being collected: its rows, the utterances seen (to drop
// repeats), and which other columns have one value on every row.
struct DialogueRows {
  std::string id;
  std::vector<Row> rows;
  std::vector<Diagnostic> diagnostics;  // problems on this dialogue's rows
  std::unique_ptr<DiagnosticList> problems{};
  std::unordered_set<std::string> seen;
  std::vector<std::string> constant;  // per column: the value, while it stays the same
  std::vector<bool> varies;
  std::size_t repeated = 0;
};

// A header of short names: "ParticipantID", "utterance_text", "Start Time".
bool looks_like_header_name(std::string_view name) {
  name = trim(name);
  if (name.empty() || name.size() > kMaxHeaderName) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (c == '?' || c == '!' || c == '\n') return false;
    if (c == ':' && i + 1 < name.size() && name[i + 1] == ' ') return false;  // "Therapist: Well"
  }
  return name.back() != '.' && name.back() != ':';
}

}  // namespace

bool looks_like_csv(std::string_view text, const ColumnChoice& columns, char& delimiter) {
  std::string_view head = text.substr(0, std::min(text.size(), kSniffBytes));
  while (!head.empty() && head.front() == '\n') head.remove_prefix(1);
  std::size_t nl = head.find('\n');
  std::string_view first = head.substr(0, nl);
  const char d = detect_delimiter(first);
  if (!d) return false;
  CsvReader reader(head, d);
  CsvRecord header;
  if (!reader.next(header) || header.fields.size() < 2) return false;
  std::vector<std::string> normalised;
  bool names = true;
  for (const auto& f : header.fields) {
    normalised.push_back(TranscriptFields::normalise(trim(f)));
    names = names && looks_like_header_name(f);
  }
  if (!names) return false;
  delimiter = d;
  if (fields().find(Field::text, normalised)) return true;
  if (!columns.text.empty() && std::find(normalised.begin(), normalised.end(),
                                         TranscriptFields::normalise(columns.text)) != normalised.end())
    return true;
  if (header.fields.size() < (d == '\t' ? 2u : 3u)) return false;
  // No known column: a table all the same, the next rows as wide as the header.
  CsvRecord row;
  int rows = 0;
  while (rows < 5 && reader.position() < head.size() && reader.next(row)) {
    if (row.fields.size() == 1 && row.fields[0].empty()) continue;
    if (row.fields.size() != header.fields.size()) return false;
    ++rows;
  }
  return rows >= 1;
}

ParsedDocument parse_csv(std::string_view text, char delimiter, const ColumnChoice& choice) {
  ParsedDocument doc;
  if (!delimiter) {
    std::size_t nl = text.find('\n');
    delimiter = detect_delimiter(text.substr(0, nl));
    if (!delimiter) delimiter = ',';
  }
  doc.format = delimiter == '\t' ? "tsv" : "csv";
  DiagnosticList diagnostics(doc.diagnostics);

  CsvReader reader(text, delimiter);
  CsvRecord header;
  while (reader.next(header) && header.fields.size() == 1 && trim(header.fields[0]).empty()) {
  }
  if (header.fields.empty()) {
    doc.diagnostics.push_back({Severity::error, "no header row found", 0});
    return doc;
  }
  std::vector<std::string> names, normalised;
  for (const auto& f : header.fields) {
    names.emplace_back(trim(f));
    normalised.push_back(TranscriptFields::normalise(names.back()));
  }
  Columns c;
  c.text = resolve(Field::text, "text", choice, names, normalised, doc.diagnostics);
  c.speaker = resolve(Field::speaker, "speaker", choice, names, normalised, doc.diagnostics);
  c.time = resolve(Field::time, "time", choice, names, normalised, doc.diagnostics);
  c.end = resolve(Field::end, "end", choice, names, normalised, doc.diagnostics);
  c.dialogue = resolve(Field::dialogue, "dialogue", choice, names, normalised, doc.diagnostics);
  c.annotator = fields().find(Field::annotator, normalised);
  c.utterance_id = fields().find(Field::utterance_id, normalised);
  if (c.speaker && c.speaker == c.text) c.speaker.reset();
  if (!c.text) {
    doc.diagnostics.push_back({Severity::error,
                               "no text column found in the header (" + column_list(names) +
                                   "); name it with the columns option, e.g. {\"columns\": {\"text\": "
                                   "\"...\"}} (CLI --text-column)",
                               header.line});
    doc.no_fallback = true;
    return doc;
  }
  if (!c.speaker) {
    doc.diagnostics.push_back(
        {Severity::warning, "no speaker column found; name it with the columns option (CLI --speaker-column)",
         header.line});
  }

  std::deque<DialogueRows> dialogues;  // a deque: each one's DiagnosticList points into it
  std::unordered_map<std::string, std::size_t> by_id;
  std::size_t empty_text_rows = 0;
  CsvRecord r;
  while (reader.next(r)) {
    if (r.fields.size() == 1 && trim(r.fields[0]).empty()) continue;  // blank line
    if (r.fields.size() != header.fields.size()) {
      diagnostics.add("csv_width", Severity::warning,
                      "row has " + std::to_string(r.fields.size()) + " fields; the header has " +
                          std::to_string(header.fields.size()),
                      r.line);
    }
    std::string id(field_at(r, c.dialogue));
    auto [it, inserted] = by_id.emplace(id, dialogues.size());
    if (inserted) {
      dialogues.emplace_back();
      dialogues.back().id = id;
      dialogues.back().constant.resize(header.fields.size());
      dialogues.back().varies.assign(header.fields.size(), false);
      dialogues.back().problems = std::make_unique<DiagnosticList>(dialogues.back().diagnostics);
    }
    DialogueRows& d = dialogues[it->second];

    std::string_view text_value = field_at(r, c.text);
    std::string_view speaker = field_at(r, c.speaker);
    std::string_view time = field_at(r, c.time);
    // Rows repeated once per annotator: keep the first. A repeat is the same
    // utterance (id, or time when there is no id) with the same speaker and text.
    if (c.utterance_id || c.annotator) {
      std::string key = std::string(c.utterance_id ? field_at(r, c.utterance_id) : time) + '\x1f' +
                        std::string(speaker) + '\x1f' + std::string(text_value);
      if (!d.seen.insert(std::move(key)).second) {
        ++d.repeated;
        continue;
      }
    }
    const bool first_row = d.rows.empty();
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
      std::string_view v = i < r.fields.size() ? trim(r.fields[i]) : std::string_view();
      if (first_row)
        d.constant[i] = std::string(v);
      else if (!d.varies[i] && d.constant[i] != v)
        d.varies[i] = true;
    }
    if (text_value.empty()) {
      ++empty_text_rows;
      continue;
    }
    Row row;
    row.turn.text = std::string(text_value);
    decode_html_entities(row.turn.text);
    if (!speaker.empty()) {
      row.turn.speaker = std::string(speaker);
      decode_html_entities(*row.turn.speaker);
    }
    row.turn.time_start = read_time(time, r.line, *d.problems);
    row.turn.time_end = read_time(field_at(r, c.end), r.line, *d.problems);
    row.turn.line = r.line;
    row.ordered = c.utterance_id && parse_index(field_at(r, c.utterance_id), row.order);
    d.rows.push_back(std::move(row));
  }
  diagnostics.flush();
  if (reader.unclosed_quote_line()) {
    doc.diagnostics.push_back({Severity::error,
                               "a quoted field opened here never closes; it runs to the end of the input",
                               reader.unclosed_quote_line()});
  }
  if (empty_text_rows) {
    doc.diagnostics.push_back(
        {Severity::info, std::to_string(empty_text_rows) + " row(s) with an empty text field skipped", 0});
  }

  std::vector<bool> used(header.fields.size(), false);
  for (auto col : {c.text, c.speaker, c.time, c.end, c.dialogue, c.annotator, c.utterance_id})
    if (col) used[*col] = true;

  for (auto& d : dialogues) {
    ParsedDialogue out;
    if (c.dialogue) out.id = d.id;
    d.problems->flush();
    out.diagnostics = std::move(d.diagnostics);
    if (d.repeated) {
      out.diagnostics.push_back(
          {Severity::info,
           std::to_string(d.repeated) + " repeated row(s) kept once (the same utterance" +
               (c.annotator ? " from each annotator, column '" + names[*c.annotator] + "'" : std::string()) +
               ")",
           0});
    }
    // Utterance ids give the order (AnnoMI: "utterance_id IS ordering-sensitive").
    const bool all_ordered =
        std::all_of(d.rows.begin(), d.rows.end(), [](const Row& row) { return row.ordered; });
    if (all_ordered && !std::is_sorted(d.rows.begin(), d.rows.end(),
                                       [](const Row& a, const Row& b) { return a.order < b.order; })) {
      // Sort (id, position) pairs: stable, and much smaller in WebAssembly than std::stable_sort.
      std::vector<std::pair<long long, std::size_t>> keys;
      keys.reserve(d.rows.size());
      for (std::size_t i = 0; i < d.rows.size(); ++i) keys.emplace_back(d.rows[i].order, i);
      std::sort(keys.begin(), keys.end());
      std::vector<Row> sorted;
      sorted.reserve(d.rows.size());
      for (const auto& k : keys) sorted.push_back(std::move(d.rows[k.second]));
      d.rows.swap(sorted);
      out.diagnostics.push_back(
          {Severity::info, "rows put in the order of column '" + names[*c.utterance_id] + "'", 0});
    }
    for (auto& row : d.rows) append_merging(out.turns, std::move(row.turn), " ");
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
      if (used[i] || d.varies[i] || d.constant[i].empty() || d.constant[i].size() > kMaxMetadataValue)
        continue;
      if (d.rows.size() < 2) continue;  // one row says nothing about the dialogue
      out.metadata.emplace_back(names[i], d.constant[i]);
    }
    make_clock_times_relative(out.turns, false, out.diagnostics);
    doc.dialogues.push_back(std::move(out));
  }
  doc.corpus = c.dialogue.has_value();
  if (doc.dialogues.empty()) {
    doc.diagnostics.push_back({Severity::error, "the CSV has a header but no rows with text", header.line});
    doc.no_fallback = true;
  }
  return doc;
}

}  // namespace feltline::parse
