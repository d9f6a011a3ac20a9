#include "cli_arguments.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <thread>

#include "feltline/transcript.hpp"

namespace feltline::cli {

const char* usage() {
  return "usage: feltline analyze FILE|- [options]\n"
         "       feltline version\n"
         "\n"
         "Reads a therapy or counselling transcript and prints its analysis as JSON.\n"
         "\n"
         "options:\n"
         "  --pretty              indent the JSON (a corpus is always one line per dialogue)\n"
         "  --format NAME         auto (default), labelled_text, webvtt, srt, json, jsonl,\n"
         "                        csv, tsv, plain\n"
         "  --role NAME=ROLE      set a speaker's role: therapist, client, other, unknown\n"
         "  --speaker-column NAME the CSV column (or JSON key) holding the speaker\n"
         "  --text-column NAME    ... the text\n"
         "  --time-column NAME    ... the start time (hh:mm:ss or seconds)\n"
         "  --end-column NAME     ... the end time\n"
         "  --dialogue-column NAME ... the dialogue id: one analysis per value (JSON Lines)\n"
         "  --lexicon FILE        add a custom dictionary (LIWC .dic, LIWC-22 .dicx, or the\n"
         "                        project's .json lexicon format); repeatable. Its hits are\n"
         "                        mentions of kind \"custom\" (see docs/lexicon.md)\n"
         "  --include-meta-notes  also find mentions inside \"(Note: ...)\" stage directions\n"
         "  --csv turns           print the per-turn statistics as CSV (RFC 4180)\n"
         "  --csv mentions        print the mentions as CSV (RFC 4180)\n"
         "  --stream              read a JSON Lines corpus one line at a time: one dialogue\n"
         "                        ({\"id\", \"messages\"}) per line in, one analysis per line\n"
         "                        out, in input order; memory bounded by the largest dialogue\n"
         "  --jobs N              --stream with N worker threads (0: one per core)\n"
         "\n"
         "Exit status: 0 when an analysis was printed (even with warnings), 2 when the\n"
         "input held nothing usable or the call was wrong (one line on stderr).\n";
}

std::optional<Arguments> parse_arguments(const std::vector<std::string>& args, std::string& error) {
  Arguments out;
  if (args.empty()) {
    error = "no command given; try: feltline analyze FILE";
    return std::nullopt;
  }
  out.command = args[0];
  if (out.command == "help" || out.command == "--help" || out.command == "-h") {
    out.command = "help";
    return out;
  }
  if (out.command == "version" || out.command == "--version") {
    out.command = "version";
    return out;
  }
  if (out.command != "analyze" && out.command != "analyse") {
    error = "unknown command '" + out.command + "'; try: feltline analyze FILE";
    return std::nullopt;
  }
  out.command = "analyze";

  nlohmann::ordered_json options = nlohmann::ordered_json::object();
  auto need_value = [&](std::size_t& i, const std::string& flag) -> const std::string* {
    if (i + 1 >= args.size()) {
      error = flag + " needs a value";
      return nullptr;
    }
    return &args[++i];
  };
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {  // "feltline analyze --help" is where people look first
      out.command = "help";
      return out;
    } else if (a == "--pretty") {
      options["pretty"] = true;
    } else if (a == "--format") {
      const std::string* v = need_value(i, a);
      if (!v) return std::nullopt;
      options["format"] = *v;
    } else if (a == "--speaker-column" || a == "--text-column" || a == "--time-column" || a == "--end-column" ||
               a == "--dialogue-column") {
      const std::string* v = need_value(i, a);
      if (!v) return std::nullopt;
      const std::string field = a.substr(2, a.size() - 2 - std::string("-column").size());
      options["columns"][field] = *v;
    } else if (a == "--csv") {
      const std::string* v = need_value(i, a);
      if (!v) return std::nullopt;
      if (*v != "turns" && *v != "mentions") {
        error = "--csv takes turns or mentions";
        return std::nullopt;
      }
      options["output"] = *v + "_csv";
    } else if (a == "--role") {
      const std::string* v = need_value(i, a);
      if (!v) return std::nullopt;
      auto eq = v->rfind('=');
      Role role;
      if (eq == std::string::npos || eq == 0 || !parse_role_name(v->substr(eq + 1), role)) {
        error = "--role takes NAME=ROLE with ROLE one of therapist, client, other, unknown";
        return std::nullopt;
      }
      options["roles"][v->substr(0, eq)] = role_name(role);
    } else if (a == "--stream") {
      out.stream = true;
    } else if (a == "--jobs") {
      const std::string* v = need_value(i, a);
      if (!v) return std::nullopt;
      char* end = nullptr;
      const unsigned long n = std::strtoul(v->c_str(), &end, 10);
      if (v->empty() || *end != '\0' || n > 1024) {
        error = "--jobs takes a number of threads (0: one per core)";
        return std::nullopt;
      }
      out.stream = true;
      out.jobs = n == 0 ? std::max(1u, std::thread::hardware_concurrency()) : static_cast<unsigned>(n);
    } else if (a == "--include-meta-notes") {
      options["include_meta_notes"] = true;
    } else if (a == "--lexicon") {
      const std::string* v = need_value(i, a);
      if (!v) return std::nullopt;
      out.lexicon_files.push_back(*v);
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      error = "unknown option '" + a + "'; see: feltline help";
      return std::nullopt;
    } else if (out.input.empty()) {
      out.input = a;
    } else {
      error = "more than one input given ('" + out.input + "' and '" + a + "')";
      return std::nullopt;
    }
  }
  if (out.stream && options.contains("format") && options["format"] != "jsonl" && options["format"] != "auto") {
    error = "--stream and --jobs read a JSON Lines corpus (--format jsonl)";
    return std::nullopt;
  }
  if (out.input.empty()) {
    error = "no input given; use a file path, or - for standard input";
    return std::nullopt;
  }
  out.options_json = options.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  return out;
}

}  // namespace feltline::cli

namespace feltline::cli {

std::string lexicon_format_for(const std::string& path) {
  const auto dot = path.find_last_of('.');
  if (dot == std::string::npos) return "";
  std::string ext = path.substr(dot + 1);
  for (char& c : ext) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  if (ext == "dic" || ext == "dicx" || ext == "json") return ext;
  return "";
}

bool add_lexicons_to_options(std::string& options_json, const std::vector<std::string>& paths,
                             const std::vector<std::string>& contents, std::string& error) {
  if (paths.empty()) return true;
  auto options = nlohmann::ordered_json::parse(options_json, nullptr, false);
  if (options.is_discarded()) options = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const std::string format = lexicon_format_for(paths[i]);
    if (format.empty()) {
      error = "--lexicon " + paths[i] + ": the file name must end in .dic, .dicx or .json";
      return false;
    }
    std::string name = paths[i].substr(paths[i].find_last_of('/') + 1);
    name = name.substr(0, name.find_last_of('.'));
    options["lexicons"].push_back({{"name", name}, {"format", format}, {"content", contents[i]}});
  }
  options_json = options.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  return true;
}

}  // namespace feltline::cli
