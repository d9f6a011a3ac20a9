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
         "  --pretty              indent the JSON\n"
         "  --format NAME         auto (default), labelled_text, plain\n"
         "  --role NAME=ROLE      set a speaker's role: therapist, client, other, unknown\n"
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
    if (a == "--pretty") {
      options["pretty"] = true;
    } else if (a == "--format") {
      const std::string* v = need_value(i, a);
      if (!v) return std::nullopt;
      options["format"] = *v;
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
  if (out.input.empty()) {
    error = "no input given; use a file path, or - for standard input";
    return std::nullopt;
  }
  out.options_json = options.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  return out;
}

}  // namespace feltline::cli
