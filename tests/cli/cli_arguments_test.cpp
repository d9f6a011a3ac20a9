// The `feltline` command line: asking for help from anywhere a person would
// type it, and one clear line for a wrong call.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "cli_arguments.hpp"

using feltline::cli::parse_arguments;

TEST_CASE("cli: help is found as a command and as an option of analyze", "[cli]") {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"help"}, {"--help"}, {"-h"}, {"analyze", "--help"}, {"analyze", "session.txt", "-h"},
           {"analyse", "--pretty", "--help"}}) {
    std::string error;
    const auto parsed = parse_arguments(args, error);
    CAPTURE(args);
    REQUIRE(parsed);
    CHECK(parsed->command == "help");
    CHECK(error.empty());
  }
}

TEST_CASE("cli: a wrong call gets one line that says what is wrong", "[cli]") {
  std::string error;
  CHECK_FALSE(parse_arguments({"analyze", "--colour"}, error));
  CHECK(error == "unknown option '--colour'; see: feltline help");
  CHECK_FALSE(parse_arguments({"analyze", "--role", "Anna"}, error));
  CHECK(error.find("NAME=ROLE") != std::string::npos);
  CHECK_FALSE(parse_arguments({}, error));
  CHECK(error.find("feltline analyze FILE") != std::string::npos);
}
