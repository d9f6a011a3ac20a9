#include "parse/transcript_fields.hpp"

#include <cstdlib>

#include "data/embedded_data.hpp"
#include "parse/json_reader.hpp"

namespace feltline::parse {
namespace {

constexpr std::pair<Field, const char*> kFieldKeys[] = {
    {Field::speaker, "speaker"},
    {Field::role, "role"},
    {Field::text, "text"},
    {Field::time, "time"},
    {Field::end, "end"},
    {Field::dialogue, "dialogue"},
    {Field::annotator, "annotator"},
    {Field::utterance_id, "utterance_id"},
    {Field::id, "id"},
};

}  // namespace

std::string TranscriptFields::normalise(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (char c : name) {
    if (c == ' ' || c == '_' || c == '-') continue;
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  }
  return out;
}

const TranscriptFields& TranscriptFields::defaults() {
  static const TranscriptFields instance = [] {
    TranscriptFields f;
    JsonRead read = read_json(data::kTranscriptFieldsJson);
    if (!read.ok) std::abort();  // compiled-in data; a test guards it
    const OrderedJson& doc = read.value;
    for (const auto& [field, key] : kFieldKeys) {
      auto& list = f.names_[static_cast<int>(field)];
      for (const auto& n : doc[key]) list.push_back(normalise(n.get<std::string>()));
    }
    for (const auto& n : doc["containers"]) f.containers_.insert(normalise(n.get<std::string>()));
    for (const auto& n : doc["fragment_containers"])
      f.fragment_containers_.insert(normalise(n.get<std::string>()));
    for (const auto& n : doc["corpus_containers"])
      f.corpus_containers_.insert(normalise(n.get<std::string>()));
    for (const auto& n : doc["not_speech_roles"]) f.not_speech_.insert(normalise(n.get<std::string>()));
    for (auto it = doc["chat_roles"].begin(); it != doc["chat_roles"].end(); ++it) {
      Role role;
      if (parse_role_name(it.value().get<std::string>(), role)) f.chat_roles_[normalise(it.key())] = role;
    }
    return f;
  }();
  return instance;
}

const std::vector<std::string>& TranscriptFields::names(Field field) const {
  return names_.at(static_cast<int>(field));
}

std::optional<std::size_t> TranscriptFields::find(Field field,
                                                  const std::vector<std::string>& columns) const {
  for (const auto& name : names(field)) {
    for (std::size_t i = 0; i < columns.size(); ++i)
      if (columns[i] == name) return i;
  }
  return std::nullopt;
}

std::optional<Role> TranscriptFields::chat_role(std::string_view role) const {
  auto it = chat_roles_.find(normalise(role));
  if (it == chat_roles_.end()) return std::nullopt;
  return it->second;
}

bool TranscriptFields::is_not_speech_role(std::string_view role) const {
  return not_speech_.count(normalise(role)) > 0;
}

const std::string* chosen_column(const ColumnChoice& columns, Field field) {
  const std::string* s = nullptr;
  switch (field) {
    case Field::speaker:
      s = &columns.speaker;
      break;
    case Field::text:
      s = &columns.text;
      break;
    case Field::time:
      s = &columns.time;
      break;
    case Field::end:
      s = &columns.end;
      break;
    case Field::dialogue:
      s = &columns.dialogue;
      break;
    default:
      return nullptr;
  }
  return s->empty() ? nullptr : s;
}

}  // namespace feltline::parse
