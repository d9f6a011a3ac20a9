#include "parse/json_dialogues.hpp"

#include <string>

#include "parse/html_entities.hpp"
#include "parse/line_splitter.hpp"
#include "parse/timestamp.hpp"
#include "parse/transcript_fields.hpp"
#include "parse/turn_merger.hpp"

namespace feltline::parse {
namespace {

const TranscriptFields& fields() { return TranscriptFields::defaults(); }

// The member of `object` that holds `field`: the person's chosen key, or the
// first of the field's usual names present. `skip` excludes another field's
// names (a "role" key is not a name when a "name" key is there).
const OrderedJson* member(const OrderedJson& object, Field field, const ColumnChoice& columns,
                          std::string* key_out = nullptr) {
  if (!object.is_object()) return nullptr;
  if (const std::string* chosen = chosen_column(columns, field)) {
    auto it = object.find(*chosen);
    if (it == object.end()) return nullptr;
    if (key_out) *key_out = it.key();
    return &it.value();
  }
  const auto& names = fields().names(field);
  const OrderedJson* best = nullptr;
  std::size_t best_rank = names.size();
  for (auto it = object.begin(); it != object.end(); ++it) {
    std::string key = TranscriptFields::normalise(it.key());
    for (std::size_t r = 0; r < best_rank; ++r) {
      if (names[r] == key) {
        best = &it.value();
        best_rank = r;
        if (key_out) *key_out = it.key();
        break;
      }
    }
  }
  return best;
}

// A string, or a list of parts ({"type": "text", "text": "..."} or strings),
// or an object with "text" or "parts": the message text.
bool text_of(const OrderedJson& v, std::string& out) {
  if (v.is_string()) {
    out += v.get_ref<const std::string&>();
    return true;
  }
  if (v.is_array()) {
    bool any = false;
    for (const auto& part : v) {
      std::string piece;
      if (!text_of(part, piece)) continue;
      if (any && !piece.empty()) out += "\n";
      out += piece;
      any = true;
    }
    return any;
  }
  if (v.is_object()) {
    for (const char* key : {"text", "parts", "content", "value"}) {
      auto it = v.find(key);
      if (it != v.end() && text_of(*it, out)) return true;
    }
  }
  return false;
}

bool is_text_name(const std::string& normalised_key) {
  for (const auto& n : fields().names(Field::text))
    if (n == normalised_key) return true;
  return false;
}

bool is_message(const OrderedJson& v, const ColumnChoice& columns) {
  if (!v.is_object()) return false;
  const OrderedJson* text = member(v, Field::text, columns);
  return text && (text->is_string() || text->is_array() || text->is_object());
}

// Scalars as text for ids, names and metadata.
std::optional<std::string> scalar_text(const OrderedJson& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer() || v.is_number_unsigned() || v.is_boolean())
    return v.dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
  if (v.is_number_float()) return v.dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
  return std::nullopt;
}

// The array of messages in a dialogue object, preferring the usual container
// names ("messages", "utterances", ...), and the key that holds it.
const OrderedJson* message_array(const OrderedJson& object, const ColumnChoice& columns,
                                 std::string* key_out) {
  if (!object.is_object()) return nullptr;
  const OrderedJson* fallback = nullptr;
  std::string fallback_key;
  for (auto it = object.begin(); it != object.end(); ++it) {
    const OrderedJson& v = it.value();
    if (!v.is_array()) continue;
    const std::string key = TranscriptFields::normalise(it.key());
    const bool known = fields().is_container(key);
    if (!known && is_text_name(key)) continue;  // "content": [{"type": "text", ...}] is one message's text
    bool holds_messages = false, holds_other = false;
    for (const auto& e : v) {
      if (is_message(e, columns))
        holds_messages = true;
      else
        holds_other = true;
      if (holds_messages || holds_other) break;  // the first element decides
    }
    if (holds_messages || (known && v.empty())) {
      if (known) {
        if (key_out) *key_out = it.key();
        return &v;
      }
      if (!fallback) {
        fallback = &v;
        fallback_key = it.key();
      }
    }
  }
  if (fallback && key_out) *key_out = fallback_key;
  return fallback;
}

bool is_dialogue(const OrderedJson& v, const ColumnChoice& columns) {
  return v.is_object() && message_array(v, columns, nullptr) != nullptr;
}

// The array of dialogues in a corpus object ({"dialogues": [...]}).
const OrderedJson* dialogue_array(const OrderedJson& object, const ColumnChoice& columns) {
  if (!object.is_object()) return nullptr;
  for (auto it = object.begin(); it != object.end(); ++it) {
    const OrderedJson& v = it.value();
    if (v.is_array() && !v.empty() && is_dialogue(v.front(), columns)) return &v;
  }
  return nullptr;
}

std::optional<double> time_of(const OrderedJson* v, int line, DiagnosticList& diagnostics) {
  if (!v || v->is_null()) return std::nullopt;
  if (v->is_number()) {
    double s = v->get<double>();
    if (s >= 0) return s;
  } else if (v->is_string()) {
    const std::string& s = v->get_ref<const std::string&>();
    std::string_view t = trim(s);
    double seconds = 0;
    std::string problem;
    switch (parse_timestamp(t, seconds, problem)) {
      case TimeStatus::ok:
        return seconds;
      case TimeStatus::malformed:
        diagnostics.add("bad_time", Severity::warning, malformed_time_message(t, problem), line);
        return std::nullopt;
      case TimeStatus::not_a_time:
        if (parse_seconds(t, seconds)) return seconds;
        if (t.empty()) return std::nullopt;
        break;
    }
  }
  std::string shown = v->dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
  diagnostics.add(
      "bad_time", Severity::warning,
      "time " + shown.substr(0, 40) + " not understood (seconds or hh:mm:ss expected); left empty", line);
  return std::nullopt;
}

void add_metadata(const std::string& key, const OrderedJson& v, ParsedDialogue& dialogue, int depth = 0) {
  if (auto s = scalar_text(v)) {
    dialogue.metadata.emplace_back(key, *s);
  } else if (v.is_object() && depth == 0) {
    for (auto it = v.begin(); it != v.end(); ++it)
      add_metadata(key + "." + it.key(), it.value(), dialogue, 1);
  }
}

// The id-like member of a dialogue object ("id", "conversation_id", ...).
const OrderedJson* id_member(const OrderedJson& value, const ColumnChoice& columns) {
  return member(value, columns.dialogue.empty() ? Field::id : Field::dialogue, columns);
}

}  // namespace

JsonShape classify_json(const OrderedJson& value, const ColumnChoice& columns) {
  if (value.is_object()) {
    if (message_array(value, columns, nullptr)) return JsonShape::dialogue;
    if (is_message(value, columns)) return JsonShape::message;
    if (dialogue_array(value, columns)) return JsonShape::corpus;
    return JsonShape::unknown;
  }
  if (value.is_array()) {
    std::size_t messages = 0, dialogues = 0;
    for (const auto& e : value) {
      if (is_message(e, columns))
        ++messages;
      else if (is_dialogue(e, columns))
        ++dialogues;
    }
    if (dialogues > messages) return JsonShape::corpus;
    if (messages > 0) return JsonShape::dialogue;
  }
  return JsonShape::unknown;
}

bool add_json_message(const OrderedJson& message, const JsonRead& source, const ColumnChoice& columns,
                      std::string_view joiner, ParsedDialogue& dialogue, DiagnosticList& diagnostics) {
  const int line = source.line_of(message);
  const OrderedJson* text_value = message.is_object() ? member(message, Field::text, columns) : nullptr;
  std::string text;
  if (!text_value || !text_of(*text_value, text)) {
    diagnostics.add("json_message", Severity::warning,
                    message.is_object()
                        ? "message without text (no text, content, utterance, ... field); skipped"
                        : "list item that is not a message object; skipped",
                    line);
    return false;
  }
  std::string role_key;
  const OrderedJson* role_value = member(message, Field::role, columns, &role_key);
  std::optional<std::string> role = role_value ? scalar_text(*role_value) : std::nullopt;
  std::string speaker_key;
  const OrderedJson* speaker_value = member(message, Field::speaker, columns, &speaker_key);
  std::optional<std::string> speaker = speaker_value ? scalar_text(*speaker_value) : std::nullopt;
  if (speaker_key == role_key) speaker.reset();  // the role key itself: the role is not a name
  std::string_view body = trim(text);

  if (role && fields().is_not_speech_role(*role)) {
    dialogue.metadata.emplace_back(*role, std::string(body));
    return true;
  }
  RawTurn turn;
  turn.speaker = speaker ? speaker : role;
  if (turn.speaker && trim(*turn.speaker).empty()) turn.speaker.reset();
  if (role)
    turn.role_hint = fields().chat_role(*role);
  else if (speaker)
    turn.role_hint = fields().chat_role(*speaker);
  turn.text = std::string(body);
  decode_html_entities(turn.text);
  if (turn.speaker) decode_html_entities(*turn.speaker);
  turn.line = line;
  turn.time_start = time_of(member(message, Field::time, columns), line, diagnostics);
  turn.time_end = time_of(member(message, Field::end, columns), line, diagnostics);
  if (turn.text.empty()) return true;
  append_merging(dialogue.turns, std::move(turn), joiner);
  return true;
}

ParsedDialogue read_json_dialogue(const OrderedJson& value, const JsonRead& source,
                                  const ColumnChoice& columns, bool in_corpus) {
  ParsedDialogue dialogue;
  DiagnosticList diagnostics(dialogue.diagnostics);
  const OrderedJson* messages = &value;
  std::string container;
  if (value.is_object()) {
    messages = message_array(value, columns, &container);
    const OrderedJson* id = in_corpus ? id_member(value, columns) : nullptr;
    if (id) dialogue.id = scalar_text(*id);
    for (auto it = value.begin(); it != value.end(); ++it)
      if (&it.value() != messages && &it.value() != id) add_metadata(it.key(), it.value(), dialogue);
  }
  const bool fragments = fields().is_fragment_container(TranscriptFields::normalise(container));
  const std::string_view joiner = fragments ? " " : "\n\n";
  if (messages && messages->is_array()) {
    for (const auto& m : *messages) add_json_message(m, source, columns, joiner, dialogue, diagnostics);
  } else if (is_message(value, columns)) {
    add_json_message(value, source, columns, joiner, dialogue, diagnostics);
  }
  return dialogue;
}

std::vector<ParsedDialogue> read_json_corpus(const OrderedJson& value, const JsonRead& source,
                                             const ColumnChoice& columns) {
  std::vector<ParsedDialogue> out;
  const OrderedJson* list = value.is_array() ? &value : dialogue_array(value, columns);
  if (!list) return out;
  std::size_t position = 0;
  for (const auto& item : *list) {
    ++position;
    ParsedDialogue d = read_json_dialogue(item, source, columns, true);
    if (!d.id) d.id = std::to_string(position);
    if (!is_dialogue(item, columns) && d.turns.empty()) {
      d.diagnostics.push_back({Severity::warning,
                               "item " + std::to_string(position) + " of the list holds no messages",
                               source.line_of(item)});
    }
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace feltline::parse
