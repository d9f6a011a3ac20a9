// Options <-> JSON. Problems never stop an analysis: they become diagnostics.
#include <nlohmann/json.hpp>

#include "feltline/options.hpp"
#include "parse/document_parser.hpp"
#include "parse/json_reader.hpp"

namespace feltline {

// ordered_json and read_json: one instantiation of nlohmann's parser in the module.
using json = nlohmann::ordered_json;

namespace {

// "lexicons": [{"name": "...", "format": "dic|dicx|json", "content": "..."}]
void parse_lexicons(const json& value, Options& options, std::vector<Diagnostic>& problems) {
  if (!value.is_array()) {
    problems.push_back({Severity::warning, "option \"lexicons\" must be a list of {name, format, content}", 0});
    return;
  }
  for (const auto& item : value) {
    auto text = [&](const char* key) -> const std::string* {
      auto it = item.is_object() ? item.find(key) : item.end();
      return item.is_object() && it != item.end() && it->is_string() ? &it->get_ref<const std::string&>() : nullptr;
    };
    const std::string* name = text("name");
    const std::string* format = text("format");
    const std::string* content = text("content");
    if (!format || !content) {
      problems.push_back({Severity::warning, "a lexicon needs \"format\" and \"content\" strings; one was ignored", 0});
      continue;
    }
    if (*format != "dic" && *format != "dicx" && *format != "json") {
      problems.push_back({Severity::warning, "lexicon format must be dic, dicx or json, not \"" + *format + "\"; ignored", 0});
      continue;
    }
    LexiconSource source;
    source.name = name && !name->empty() ? *name : "lexicon " + std::to_string(options.lexicons.size() + 1);
    source.format = *format;
    source.content = *content;
    options.lexicons.push_back(std::move(source));
  }
}

}  // namespace

const char* output_format_name(OutputFormat format) {
  switch (format) {
    case OutputFormat::json: return "json";
    case OutputFormat::turns_csv: return "turns_csv";
    case OutputFormat::mentions_csv: break;
  }
  return "mentions_csv";
}

Options parse_options_json(std::string_view text, std::vector<Diagnostic>& problems) {
  Options options;
  if (text.empty()) return options;
  parse::JsonRead read = parse::read_json(text);
  const json& doc = read.value;
  if (!read.ok || !doc.is_object()) {
    problems.push_back({Severity::error, "options are not a JSON object; defaults used", 0});
    return options;
  }
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    const std::string& key = it.key();
    const json& value = it.value();
    if (key == "format") {
      if (value.is_string() &&
          (value.get_ref<const std::string&>() == "auto" || parse::is_known_format(value.get_ref<const std::string&>()))) {
        options.format = value.get<std::string>();
      } else {
        problems.push_back({Severity::warning, "unknown format option " + value.dump(-1, ' ', false, json::error_handler_t::replace) + "; detecting the format", 0});
      }
    } else if (key == "roles") {
      if (!value.is_object()) {
        problems.push_back({Severity::warning, "option \"roles\" must be an object of name: role", 0});
        continue;
      }
      for (auto r = value.begin(); r != value.end(); ++r) {
        Role role;
        if (r.value().is_string() && parse_role_name(r.value().get_ref<const std::string&>(), role)) {
          options.roles[r.key()] = role;
        } else {
          problems.push_back({Severity::warning,
                              "role for \"" + r.key() + "\" must be therapist, client, other or unknown", 0});
        }
      }
    } else if (key == "columns") {
      if (!value.is_object()) {
        problems.push_back({Severity::warning, "option \"columns\" must be an object such as {\"text\": \"utterance\"}", 0});
        continue;
      }
      for (auto c = value.begin(); c != value.end(); ++c) {
        std::string* target = c.key() == "speaker"    ? &options.columns.speaker
                              : c.key() == "text"     ? &options.columns.text
                              : c.key() == "time"     ? &options.columns.time
                              : c.key() == "end"      ? &options.columns.end
                              : c.key() == "dialogue" ? &options.columns.dialogue
                                                      : nullptr;
        if (!target) {
          problems.push_back({Severity::warning, "unknown column \"" + c.key() +
                                                     "\" in option \"columns\" (speaker, text, time, end, dialogue)", 0});
        } else if (!c.value().is_string() || c.value().get_ref<const std::string&>().empty()) {
          problems.push_back({Severity::warning, "column \"" + c.key() + "\" must be a column name", 0});
        } else {
          *target = c.value().get<std::string>();
        }
      }
    } else if (key == "pretty") {
      if (value.is_boolean()) options.pretty = value.get<bool>();
      else problems.push_back({Severity::warning, "option \"pretty\" must be true or false", 0});
    } else if (key == "include_meta_notes") {
      if (value.is_boolean()) options.include_meta_notes = value.get<bool>();
      else problems.push_back({Severity::warning, "option \"include_meta_notes\" must be true or false", 0});
    } else if (key == "lexicons") {
      parse_lexicons(value, options, problems);
    } else if (key == "output") {
      bool known = false;
      for (OutputFormat f : {OutputFormat::json, OutputFormat::turns_csv, OutputFormat::mentions_csv}) {
        if (value.is_string() && value.get_ref<const std::string&>() == output_format_name(f)) {
          options.output = f;
          known = true;
        }
      }
      if (!known) problems.push_back({Severity::warning, "option \"output\" must be \"json\", \"turns_csv\" or \"mentions_csv\"; printing JSON", 0});
    } else {
      problems.push_back({Severity::warning, "unknown option \"" + key + "\" ignored", 0});
    }
  }
  return options;
}

std::string options_to_json(const Options& options) {
  nlohmann::ordered_json doc;
  doc["format"] = options.format;
  nlohmann::ordered_json roles = nlohmann::ordered_json::object();
  for (const auto& [name, role] : options.roles) roles[name] = role_name(role);
  doc["roles"] = roles;
  nlohmann::ordered_json columns = nlohmann::ordered_json::object();
  const std::pair<const char*, const std::string*> chosen[] = {
      {"speaker", &options.columns.speaker}, {"text", &options.columns.text}, {"time", &options.columns.time},
      {"end", &options.columns.end},         {"dialogue", &options.columns.dialogue}};
  for (const auto& [name, value] : chosen)
    if (!value->empty()) columns[name] = *value;
  if (!columns.empty()) doc["columns"] = columns;
  doc["pretty"] = options.pretty;
  doc["include_meta_notes"] = options.include_meta_notes;
  nlohmann::ordered_json lexicons = nlohmann::ordered_json::array();
  for (const auto& l : options.lexicons) lexicons.push_back({{"name", l.name}, {"format", l.format}, {"content", l.content}});
  doc["lexicons"] = lexicons;
  doc["output"] = output_format_name(options.output);
  return doc.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace feltline
