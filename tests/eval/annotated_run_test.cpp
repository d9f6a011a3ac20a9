// Where run_annotated places annotations: in the turn whose text holds them,
// even when the format's own text (JSON keys, a VTT header) holds the same words.
#include <catch2/catch.hpp>

#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "annotated_run.hpp"

namespace {

using feltline::eval::AnnotatedRun;
using feltline::eval::run_annotated;

// Writes `text` to a temporary file named with `suffix` and runs it.
AnnotatedRun run_text(const std::string& text, const std::string& suffix) {
  std::string path = "/tmp/feltline-locate-XXXXXX" + suffix;
  const int fd = mkstemps(path.data(), static_cast<int>(suffix.size()));
  REQUIRE(fd >= 0);
  close(fd);
  std::ofstream(path, std::ios::binary) << text;
  AnnotatedRun run;
  run.analysed = run_annotated(path, run);
  std::remove(path.c_str());
  return run;
}

}  // namespace

TEST_CASE("run_annotated: a word that is also a chat JSON key is placed in its turn", "[eval][locate]") {
  const auto run = run_text(
      "[{\"role\": \"assistant\", \"content\": \"How is the evening?\"},\n"
      " {\"role\": \"user\", \"content\": \"Quiet. I feel [[content|e calm]] tonight.\"}]\n",
      ".json");
  REQUIRE(run.analysed);
  REQUIRE(run.gold.size() == 1);
  CHECK(run.gold[0].turn == 1);
  CHECK(run.turns[1].substr(run.gold[0].begin, run.gold[0].end - run.gold[0].begin) == "content");
}

TEST_CASE("run_annotated: a header holding the word does not shift the turn", "[eval][locate]") {
  const auto run = run_text(
      "WEBVTT - panic work, session two\n\n"
      "00:00:01.000 --> 00:00:04.000\n<v Therapist>What came first?\n\n"
      "00:00:05.000 --> 00:00:09.000\n<v Client>The [[panic|e anxiety]]. Then the breath went.\n\n"
      "00:00:10.000 --> 00:00:14.000\n<v Therapist>And now, is there any panic?\n",
      ".vtt");
  REQUIRE(run.analysed);
  REQUIRE(run.gold.size() == 1);
  CHECK(run.gold[0].turn == 1);
}

TEST_CASE("run_annotated: a line said twice keeps its annotations in order", "[eval][locate]") {
  const auto run = run_text(
      "Therapist: Say it again.\nClient: I'm [[scared|e fear]].\nTherapist: Again.\nClient: I'm scared.\n"
      "Therapist: Once more.\nClient: I'm [[scared|e fear]].\n",
      ".txt");
  REQUIRE(run.gold.size() == 2);
  CHECK(run.gold[0].turn == 1);
  CHECK(run.gold[1].turn == 5);
}
