// Options <-> JSON. Problems never stop an analysis: they become diagnostics.
#include <nlohmann/json.hpp>

#include "feltline/options.hpp"
#include "parse/document_parser.hpp"

namespace feltline {

using nlohmann::json;

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
  json doc = json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
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
    } else if (key == "pretty") {
      if (value.is_boolean()) options.pretty = value.get<bool>();
      else problems.push_back({Severity::warning, "option \"pretty\" must be true or false", 0});
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
  doc["pretty"] = options.pretty;
  doc["output"] = output_format_name(options.output);
  return doc.dump();
}

}  // namespace feltline
