#include "output/analysis_json.hpp"

#include "feltline/analyze.hpp"
#include "output/json_buffer.hpp"
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

using json_buffer::Buffer;
using json_buffer::Writer;

void optional_string(Writer& w, std::string_view key, const std::optional<std::string>& s) {
  if (s) w.str(key, *s);
  else w.raw(key, "null");
}

void optional_number(Writer& w, std::string_view key, const std::optional<double>& v) {
  if (v) w.raw(key, rounded(*v, 3).dump());
  else w.raw(key, "null");
}

void write_flags(Writer& w, const Turn& turn, const text::Utf16Offsets& offsets) {
  w.key("flags");
  if (turn.flags.empty()) {
    w.out.put("[]", 2);
    return;
  }
  w.out.put('[');
  for (std::size_t i = 0; i < turn.flags.size(); ++i) {
    const TurnFlag& f = turn.flags[i];
    if (i) w.out.put(',');
    if (w.pretty) w.newline(w.depth + 2);
    Writer o{w.out, w.pretty, w.depth + 2};
    o.open('{');
    o.str("kind", flag_kind_name(f.kind));
    o.num("start", offsets.at(f.span.begin));
    o.num("end", offsets.at(f.span.end));
    o.close('}', false);
  }
  if (w.pretty) w.newline(w.depth + 1);
  w.out.put(']');
}

// A turn, `depth` levels deep, gathered in a local buffer like its mentions
// and statistics (json_buffer.hpp): the same bytes JsonWriter would write.
void append_turn_json(std::string& out, const Turn& turn, bool pretty, int depth) {
  text::Utf16Offsets offsets(turn.text);
  Buffer buffer(out);
  Writer w{buffer, pretty, depth};
  w.open('{');
  w.integer("index", turn.index);
  optional_string(w, "speaker", turn.speaker);
  w.str("role", role_name(turn.role));
  w.str("text", turn.text);
  optional_number(w, "time_start", turn.time_start);
  optional_number(w, "time_end", turn.time_end);
  w.integer("line", turn.line);
  write_flags(w, turn, offsets);
  w.key("mentions");
  buffer.flush();
  append_mentions_json(out, turn, offsets, pretty, depth + 1);
  w.key("stats");
  buffer.flush();
  append_turn_stats_json(out, turn.stats, pretty, depth + 1);
  w.close('}', false);
}

void write_turn(JsonWriter& w, const Turn& turn) {
  w.raw([&](std::string& out, int depth) { append_turn_json(out, turn, w.pretty(), depth); });
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
