#include "output/analysis_json.hpp"

#include "feltline/analyze.hpp"
#include "output/json_numbers.hpp"
#include "output/json_writer.hpp"
#include "output/mention_json.hpp"
#include "output/output_buffer.hpp"
#include "output/stats_json.hpp"
#include "output/turn_stats_writer.hpp"
#include "text/utf16_offsets.hpp"

// The document is streamed through JsonWriter (the same bytes as an nlohmann
// dump, see json_writer.hpp): turns and their text are the bulk of it and are
// written without building a DOM; small sections are still nlohmann values.
namespace feltline::output {
namespace {

void optional_string(JsonWriter& w, const std::optional<std::string>& s) {
  if (s) w.value(*s);
  else w.value(nullptr);
}

void optional_number(JsonWriter& w, const std::optional<double>& v) {
  if (v) w.value(rounded(*v, 3));
  else w.value(nullptr);
}

void write_turn(JsonWriter& w, const Turn& turn) {
  text::Utf16Offsets offsets(turn.text);
  w.begin_object();
  w.key("index");
  w.value(turn.index);
  w.key("speaker");
  optional_string(w, turn.speaker);
  w.key("role");
  w.value(role_name(turn.role));
  w.key("text");
  w.value(turn.text);
  w.key("time_start");
  optional_number(w, turn.time_start);
  w.key("time_end");
  optional_number(w, turn.time_end);
  w.key("line");
  w.value(turn.line);
  w.key("flags");
  w.begin_array();
  for (const auto& f : turn.flags) {
    w.begin_object();
    w.key("kind");
    w.value(flag_kind_name(f.kind));
    w.key("start");
    w.value(offsets.at(f.span.begin));
    w.key("end");
    w.value(offsets.at(f.span.end));
    w.end_object();
  }
  w.end_array();
  w.key("mentions");
  w.raw([&](std::string& out, int depth) { append_mentions_json(out, turn, offsets, w.pretty(), depth); });
  w.key("stats");
  write_turn_stats(w, turn.stats);
  w.end_object();
}

}  // namespace

std::string to_json(const Transcript& t, bool pretty) {
  std::string out;
  append_json(t, pretty, out);
  return out;
}

void append_json(const Transcript& t, bool pretty, std::string& out, const OutputFlush* flush) {
  // Room for the whole document up front: regrowing a document of tens of
  // megabytes copies it and touches fresh pages each time (a mention is about
  // 300 bytes of JSON, a turn's other fields about 500).
  std::size_t estimate = 4096;
  for (const auto& turn : t.turns) estimate += turn.text.size() + 512 + 360 * turn.mentions.size();
  if (pretty) estimate *= 2;
  // Streamed, the buffer only ever holds about one piece (and one turn more).
  if (flush && estimate > 2 * kFlushBytes) estimate = 2 * kFlushBytes;
  reserve_output(out, estimate);

  JsonWriter w(out, pretty);
  w.begin_object();
  w.key("schema");
  w.value(kSchema);
  if (t.id) {
    w.key("id");
    w.value(*t.id);
  }
  w.key("format");
  w.value(t.format);
  w.key("speakers");
  w.begin_array();
  for (const auto& s : t.speakers) {
    w.begin_object();
    w.key("name");
    w.value(s.name);
    w.key("role");
    w.value(role_name(s.role));
    w.key("stats");
    w.value(speaker_stats_json(s.stats));
    w.end_object();
  }
  w.end_array();
  w.key("turns");
  w.begin_array();
  for (const auto& turn : t.turns) {
    write_turn(w, turn);
    if (flush && out.size() >= kFlushBytes) (*flush)(out);
  }
  w.end_array();
  w.key("session");
  w.value(session_stats_json(t.session));
  w.key("diagnostics");
  w.begin_array();
  for (const auto& d : t.diagnostics) {
    w.begin_object();
    w.key("severity");
    w.value(severity_name(d.severity));
    w.key("message");
    w.value(d.message);
    w.key("line");
    if (d.line) w.value(d.line);
    else w.value(nullptr);
    w.end_object();
  }
  w.end_array();
  w.key("metadata");
  w.begin_array();
  for (const auto& [key, value] : t.metadata) {
    w.begin_object();
    w.key("key");
    w.value(key);
    w.key("value");
    w.value(value);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace feltline::output
