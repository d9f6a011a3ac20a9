// Options <-> JSON. Problems never stop an analysis: they become diagnostics.
#include <nlohmann/json.hpp>

#include "feltline/options.hpp"
#include "parse/document_parser.hpp"
#include "parse/json_reader.hpp"

namespace feltline {

// ordered_json and read_json: one instantiation of nlohmann's parser in the module.
using json = nlohmann::ordered_json;

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
  return doc.dump();
}

}  // namespace feltline
