// Every file under ../shared/corpora/ (real exports nobody on the project
// wrote) parses into the turns and speakers a person reading it would count.
//
// The expected numbers were computed from the files themselves, not from the
// parser's output:
//   AnnoMI CSVs: Python's csv module, rows grouped by transcript_id, repeated
//     utterance_id rows (one per annotator) kept once, then consecutive rows
//     with the same interlocutor counted as one turn (itertools.groupby).
//   MIBot JSON: utterances grouped the same way by "speaker" (= the number of
//     distinct volley_number values, the dataset's own turn unit).
//   Otter export: header lines matching /  [0-9]+:[0-9]{2} *$/ (148), minus the
//     one header that repeats the speaker before it (uniq) = 147.
//   Otter bold: lines starting **Name** (106), no speaker repeated in a row.
//   Zoom captions: "[Name] HH:MM:SS" lines (722) collapsed by uniq = 289.
//   WebVTT: read by eye; the spec example's nine Roger Bingham cues before
//   Neil's answer are one turn.
// A file added to ../shared/corpora/ without an expectation here fails the
// test, so that every file stays checked.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "parse_test_support.hpp"

using nlohmann::json;

namespace {

struct Speaker {
  std::string name;
  std::string role;
};

struct Dialogue {
  std::string id;  // "" when not a corpus
  std::size_t turns;
  std::vector<Speaker> speakers;  // in order of first appearance
};

struct Expectation {
  std::string format;  // "" when nothing usable is expected
  std::vector<Dialogue> dialogues;
  std::string error;  // part of the one-line error when not usable
};

const std::vector<Speaker> kTherapistFirst = {{"therapist", "therapist"}, {"client", "client"}};
const std::vector<Speaker> kCounsellorFirst = {{"counsellor", "therapist"}, {"client", "client"}};

// Documentation files (README, LICENSE) have no speakers: plain paragraphs.
Expectation document() { return {"plain", {}, ""}; }

const std::map<std::string, Expectation>& expectations() {
  static const std::map<std::string, Expectation> table = {
      {"README.md", document()},
      {"annomi/README.md", document()},
      {"annomi/README.at-126d985-license-statement.md", document()},
      {"annomi/AnnoMI-simple.sample.csv",
       {"csv",
        {{"0", 54, kTherapistFirst},
         {"1", 37, kTherapistFirst},
         {"9", 27, kTherapistFirst},
         {"38", 94, kTherapistFirst},
         {"114", 24, kTherapistFirst}},
        ""}},
      {"annomi/AnnoMI-full.sample.csv",
       {"csv",
        {{"0", 54, kTherapistFirst},
         {"1", 37, kTherapistFirst},
         {"38", 94, kTherapistFirst},
         {"114", 24, kTherapistFirst},
         {"9", 27, kTherapistFirst}},
        ""}},
      {"annomi/AnnoMI-full.multi-annotator-transcript130.csv",
       {"csv", {{"130", 22, {{"client", "client"}, {"therapist", "therapist"}}}}, ""}},
      {"mibot/0110514810081a14412b0109a285d159b0f3750656a2ac3ffd043100d20a1901.json",
       {"json", {{"", 20, kCounsellorFirst}}, ""}},
      {"mibot/3b49e9cd1c0321ec90cc0583723e1ab839d5c874400afa6dc4320363d5fb5fe7.json",
       {"json", {{"", 16, kCounsellorFirst}}, ""}},
      {"mibot/683536b44af7992f074e61d5f9eeabae9ad2cd383c1289f85cfce3ae579d0484.json",
       {"json", {{"", 16, kCounsellorFirst}}, ""}},
      {"mibot/README.md", document()},
      {"mibot/LICENSE", document()},
      // The survey table of the MIBot study: a CSV, but no transcript in it.
      {"mibot/data.csv", {"", {}, "no text column found"}},
      {"formats/webvtt-mozilla-vttjs/LICENSE", document()},
      {"formats/webvtt-mozilla-vttjs/cuetext__voice__no-end-gt.vtt", {"webvtt", {{"", 1, {}}}, ""}},
      {"formats/webvtt-mozilla-vttjs/cuetext__voice__not-closed.vtt", {"webvtt", {{"", 1, {}}}, ""}},
      {"formats/webvtt-mozilla-vttjs/cuetext__voice__with-annotation.vtt",
       {"webvtt", {{"", 1, {{"Mary", "unknown"}}}}, ""}},
      {"formats/webvtt-mozilla-vttjs/cuetext__voice__with-closing-span.vtt",
       {"webvtt", {{"", 1, {{"Joe", "unknown"}}}}, ""}},
      {"formats/webvtt-mozilla-vttjs/cuetext__voice__with-subclass.vtt",
       {"webvtt", {{"", 1, {{"Joe", "unknown"}}}}, ""}},
      {"formats/webvtt-mozilla-vttjs/cuetext__voice__with-two-subclasses.vtt",
       {"webvtt", {{"", 1, {{"Joe", "unknown"}}}}, ""}},
      {"formats/webvtt-mozilla-vttjs/integration__cycle-collector-talk.vtt",
       {"webvtt", {{"", 3, {{"Kyle Huey", "unknown"}, {"Chris Pearce", "unknown"}}}}, ""}},
      {"formats/webvtt-mozilla-vttjs/integration__spec-example.vtt",
       {"webvtt", {{"", 5, {{"Roger Bingham", "unknown"}, {"Neil deGrasse Tyson", "unknown"}}}}, ""}},
      {"formats/otter-txt-ladybug-podcast/LICENSE", document()},
      {"formats/otter-txt-ladybug-podcast/05-how-the-ladybugs-got-their-spots.bold-name-bracket-time.md",
       {"labelled_text",
        {{"", 106, {{"Emma", "unknown"}, {"Kelly", "unknown"}, {"Ali", "unknown"}, {"Lindsey", "unknown"}}}},
        ""}},
      {"formats/otter-txt-ladybug-podcast/60-nextjs.otter-export.md",
       {"labelled_text",
        {{"",
          147,
          {{"Ali", "unknown"},
           {"Kelly", "unknown"},
           {"Unknown Speaker", "unknown"},
           {"Emma", "unknown"},
           {"Sidney", "unknown"}}}},
        ""}},
      {"formats/zoom-closed-caption-txt-transcript-phase-coder/LICENSE", document()},
      {"formats/zoom-closed-caption-txt-transcript-phase-coder/README.md", document()},
      {"formats/zoom-closed-caption-txt-transcript-phase-coder/meeting_saved_closed_caption.txt",
       {"labelled_text",
        {{"", 289, {{"Experimenter", "unknown"}, {"G3P1", "unknown"}, {"G3P2", "unknown"}}}},
        ""}},
  };
  return table;
}

std::string corpora_dir() { return std::string(FELTLINE_SHARED_DIR) + "/corpora"; }

std::vector<json> analyse_file(const std::string& relative) {
  auto text = feltline::test::read_shared("corpora/" + relative);
  REQUIRE(text.has_value());
  return feltline::test::analyse(*text);
}

const json& turn_starting(const json& doc, const std::string& prefix) {
  for (const auto& t : doc["turns"])
    if (t["text"].get<std::string>().rfind(prefix, 0) == 0) return t;
  FAIL("no turn starts with " << prefix);
  static json none;
  return none;
}

}  // namespace

TEST_CASE("every corpus file gives the turns and speakers a reader would count", "[parse][corpus]") {
  namespace fs = std::filesystem;
  if (!fs::exists(corpora_dir())) {
    WARN("../shared/corpora not found; skipped");
    return;
  }
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(corpora_dir())) {
    if (!entry.is_regular_file()) continue;
    const std::string relative = fs::relative(entry.path(), corpora_dir()).generic_string();
    CAPTURE(relative);
    ++files;
    auto it = expectations().find(relative);
    if (it == expectations().end()) {
      FAIL_CHECK("no expectation for this corpus file; add one to parse_corpus_test.cpp");
      continue;
    }
    const Expectation& want = it->second;
    auto text = feltline::test::read_shared("corpora/" + relative);
    REQUIRE(text.has_value());
    feltline::Result r = feltline::analyze_text(*text, "{}");
    if (want.format.empty()) {
      CHECK_FALSE(r.usable);
      CHECK_THAT(r.error, Catch::Contains(want.error));
      continue;
    }
    INFO(r.error);
    REQUIRE(r.usable);
    auto docs = feltline::test::analyse(*text);
    if (want.dialogues.empty()) {  // a document, not a transcript
      REQUIRE(docs.size() == 1);
      CHECK(docs[0]["format"] == want.format);
      CHECK(docs[0]["speakers"].empty());
      continue;
    }
    REQUIRE(docs.size() == want.dialogues.size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
      const json& doc = docs[i];
      const Dialogue& d = want.dialogues[i];
      CAPTURE(d.id);
      CHECK(doc["format"] == want.format);
      if (d.id.empty())
        CHECK_FALSE(doc.contains("id"));
      else
        CHECK(doc["id"] == d.id);
      CHECK(doc["turns"].size() == d.turns);
      REQUIRE(doc["speakers"].size() == d.speakers.size());
      for (std::size_t s = 0; s < d.speakers.size(); ++s) {
        CHECK(doc["speakers"][s]["name"] == d.speakers[s].name);
        CHECK(doc["speakers"][s]["role"] == d.speakers[s].role);
      }
      // A turn never follows one by the same speaker: they were merged.
      for (std::size_t t = 1; t < doc["turns"].size(); ++t) {
        const json& a = doc["turns"][t - 1];
        const json& b = doc["turns"][t];
        if (!a["speaker"].is_null()) CHECK(a["speaker"] != b["speaker"]);
      }
    }
  }
  CHECK(files == expectations().size());
}

TEST_CASE("AnnoMI: times, the malformed timestamp, metadata", "[parse][corpus]") {
  if (!feltline::test::read_shared("corpora/README.md")) return;
  for (const auto& [file, line] : std::vector<std::pair<std::string, int>>{
           {"annomi/AnnoMI-simple.sample.csv", 187}, {"annomi/AnnoMI-full.sample.csv", 160}}) {
    CAPTURE(file);
    auto docs = analyse_file(file);
    const json* t38 = nullptr;
    for (const auto& d : docs)
      if (d["id"] == "38") t38 = &d;
    REQUIRE(t38);
    // Utterance 67 of transcript 38 is stamped "00:09:025": reported on its line, left empty.
    bool reported = false;
    for (const auto& d : (*t38)["diagnostics"])
      reported = reported || (d["line"] == line &&
                              d["message"].get<std::string>().find("00:09:025") != std::string::npos);
    CHECK(reported);
    // That row follows another therapist row (utterance 66, 00:09:01): one turn, timed by its first row.
    const json* merged = nullptr;
    for (const auto& t : (*t38)["turns"])
      if (t["text"].get<std::string>().find("Um, we started off talking about") != std::string::npos)
        merged = &t;
    REQUIRE(merged);
    CHECK_THAT((*merged)["text"].get<std::string>(), Catch::StartsWith("Yeah. It-it sounds like"));
    CHECK((*merged)["time_start"] == 9 * 60 + 1);
    CHECK((*merged)["line"] == line - 1);
    // Other transcripts do not carry transcript 38's problem.
    for (const auto& d : docs)
      if (d["id"] != "38") CHECK(d["diagnostics"].empty());
    // Times are the video timestamps in seconds: the first utterance of transcript 0 is at 00:00:13.
    CHECK(docs[0]["turns"][0]["time_start"] == 13);
    CHECK(docs[0]["turns"][0]["role"] == "therapist");
    bool quality = false;
    for (const auto& m : docs[0]["metadata"])
      quality = quality || (m["key"] == "mi_quality" && m["value"] == "high");
    CHECK(quality);
  }
  auto multi = analyse_file("annomi/AnnoMI-full.multi-annotator-transcript130.csv");
  CHECK_THAT(multi[0]["diagnostics"][0]["message"].get<std::string>(),
             Catch::Contains("198 repeated row(s) kept once"));
  CHECK(multi[0]["turns"][0]["text"] ==
        "Wow. I can't believe he fell asleep after all of that crying, poor guy.");
}

TEST_CASE("MIBot: thought units of one volley are one turn", "[parse][corpus]") {
  if (!feltline::test::read_shared("corpora/README.md")) return;
  auto docs = analyse_file("mibot/683536b44af7992f074e61d5f9eeabae9ad2cd383c1289f85cfce3ae579d0484.json");
  const auto& turns = docs[0]["turns"];
  CHECK(turns[0]["text"] == "Hello there! It's great to meet you. How are you doing today?");
  CHECK(turns[0]["role"] == "therapist");
  CHECK(turns[1]["text"] == "i'm good thanks how about you?");
  CHECK(turns[1]["role"] == "client");
}

TEST_CASE("Otter and Zoom exports: times and decoded text", "[parse][corpus]") {
  if (!feltline::test::read_shared("corpora/README.md")) return;
  auto bold = analyse_file(
      "formats/otter-txt-ladybug-podcast/05-how-the-ladybugs-got-their-spots.bold-name-bracket-time.md")[0];
  CHECK(bold["turns"][1]["speaker"] == "Kelly");
  CHECK(bold["turns"][1]["time_start"] == 18);
  CHECK(bold["turns"][1]["text"] == "Welcome to the Ladybug podcast. I'm Kelly.");
  for (const auto& t : bold["turns"]) CHECK(t["text"].get<std::string>().find("&#39;") == std::string::npos);

  auto otter = analyse_file("formats/otter-txt-ladybug-podcast/60-nextjs.otter-export.md")[0];
  CHECK(otter["turns"].back()["speaker"] == "Sidney");
  CHECK(otter["turns"].back()["time_start"] == 42 * 60 + 9);
  CHECK(turn_starting(otter, "I'm sitting.")["speaker"] == "Unknown Speaker");

  auto zoom = analyse_file(
      "formats/zoom-closed-caption-txt-transcript-phase-coder/meeting_saved_closed_caption.txt")[0];
  CHECK(zoom["turns"][0]["time_start"] == 0);  // 19:00:25, the first clock time
  CHECK(zoom["turns"].back()["time_start"] == (20 * 3600 + 5 * 60 + 32) - (19 * 3600 + 25));
  CHECK_THAT(zoom["turns"][0]["text"].get<std::string>(),
             Catch::StartsWith("Hello! Um, so\xE2\x80\xA6 We're supposed to have one more participant"));
}

TEST_CASE("WebVTT edge cases from vtt.js", "[parse][corpus]") {
  if (!feltline::test::read_shared("corpora/README.md")) return;
  const std::string dir = "formats/webvtt-mozilla-vttjs/";
  CHECK(analyse_file(dir + "cuetext__voice__with-closing-span.vtt")[0]["turns"][0]["text"] == "Hee! Hee!");
  CHECK(analyse_file(dir + "cuetext__voice__no-end-gt.vtt")[0]["turns"][0]["text"] ==
        "It's a blue apple tree!");
  auto spec = analyse_file(dir + "integration__spec-example.vtt")[0];
  CHECK(spec["turns"][0]["time_start"] == 11);
  CHECK(spec["turns"][0]["time_end"] == 31.5);
  CHECK(spec["turns"][1]["text"] == "Didn't we talk about enough in that conversation?");
}
