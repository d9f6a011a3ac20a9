// CSV and TSV: columns found by name or chosen, RFC 4180 quoting, rows grouped
// into dialogues, repeated annotator rows collapsed, bad rows reported.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse/csv_reader.hpp"
#include "parse_test_support.hpp"

using feltline::parse::CsvReader;
using feltline::parse::CsvRecord;
using feltline::test::all_messages;
using feltline::test::only_dialogue;
using feltline::test::parse_as;

TEST_CASE("CsvReader reads RFC 4180 records", "[parse][csv]") {
  struct Case {
    const char* input;
    std::vector<std::vector<std::string>> records;
    std::vector<int> lines;
  };
  const std::vector<Case> cases = {
      {"a,b\n1,2\n", {{"a", "b"}, {"1", "2"}}, {1, 2}},
      {"a,b\n1,2", {{"a", "b"}, {"1", "2"}}, {1, 2}},
      {"\"x, y\",\"say \"\"hi\"\"\"\n", {{"x, y", "say \"hi\""}}, {1}},
      {"\"two\nlines\",z\nnext,row\n", {{"two\nlines", "z"}, {"next", "row"}}, {1, 3}},
      {"a,,\n", {{"a", "", ""}}, {1}},
      {"a,\n", {{"a", ""}}, {1}},
      {"\"\",x\n", {{"", "x"}}, {1}},
      {"5\" tall,ok\n", {{"5\" tall", "ok"}}, {1}},  // a stray quote stays text
  };
  for (const auto& c : cases) {
    CAPTURE(c.input);
    CsvReader reader(c.input, ',');
    CsvRecord r;
    std::vector<std::vector<std::string>> got;
    std::vector<int> lines;
    while (reader.next(r)) {
      got.push_back(r.fields);
      lines.push_back(r.line);
    }
    CHECK(got == c.records);
    CHECK(lines == c.lines);
  }
  CsvReader unclosed("a,\"never closed\nmore\n", ',');
  CsvRecord r;
  while (unclosed.next(r)) {
  }
  CHECK(unclosed.unclosed_quote_line() == 1);
}

TEST_CASE("CSV transcripts become turns", "[parse][csv]") {
  struct Expected {
    std::string speaker;
    std::string text;
    std::optional<double> start;
  };
  struct Case {
    const char* name;
    const char* input;
    std::vector<Expected> turns;
  };
  const std::vector<Case> cases = {
      {"speaker, text and time found by name; consecutive rows of one speaker merge",
       "speaker,text,start\nTherapist,\"How are you, today?\",0\nClient,\"I said \"\"fine\"\", but\nI'm "
       "not.\",3.5\n"
       "Client,My hands shake.,5\n",
       {{"Therapist", "How are you, today?", 0.0},
        {"Client", "I said \"fine\", but\nI'm not. My hands shake.", 3.5}}},
      {"AnnoMI-style columns",
       "interlocutor,timestamp,utterance_text\ntherapist,00:00:13,Hello.\nclient,00:00:24,Hi.\n",
       {{"therapist", "Hello.", 13.0}, {"client", "Hi.", 24.0}}},
      {"semicolon-separated (European spreadsheets)",
       "Speaker;Text\nT;Hallo, wie geht's?\nC;Gut.\n",
       {{"T", "Hallo, wie geht's?", std::nullopt}, {"C", "Gut.", std::nullopt}}},
      {"tab-separated",
       "speaker\ttext\nT\tHello, there.\nC\tHi.\n",
       {{"T", "Hello, there.", std::nullopt}, {"C", "Hi.", std::nullopt}}},
      {"no speaker column: rows without speakers",
       "text,time\nFirst thought.,1\nSecond thought.,2\n",
       {{"", "First thought.", 1.0}, {"", "Second thought.", 2.0}}},
      {"rows out of utterance order are put in order",
       "utterance_id,speaker,text\n1,C,Second.\n0,T,First.\n2,T,Third.\n",
       {{"T", "First.", std::nullopt}, {"C", "Second.", std::nullopt}, {"T", "Third.", std::nullopt}}},
      {"empty text rows are skipped",
       "speaker,text\nT,Hello.\nC,\nT,Anyone?\n",
       {{"T", "Hello. Anyone?", std::nullopt}}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    auto doc = parse_as(c.input);
    const auto& d = only_dialogue(doc);
    REQUIRE(d.turns.size() == c.turns.size());
    for (std::size_t i = 0; i < c.turns.size(); ++i) {
      CAPTURE(i);
      CHECK(d.turns[i].speaker.value_or("") == c.turns[i].speaker);
      CHECK(d.turns[i].text == c.turns[i].text);
      CHECK(d.turns[i].time_start == c.turns[i].start);
    }
  }
}

TEST_CASE("CSV rows are grouped into dialogues by a transcript-id column", "[parse][csv]") {
  auto doc = parse_as(
      "transcript_id,topic,utterance_id,interlocutor,timestamp,utterance_text\n"
      "7,sleep,0,therapist,00:00:02,How did you sleep?\n"
      "7,sleep,1,client,00:00:05,Badly.\n"
      "3,grief,0,therapist,00:00:01,Take your time.\n"
      "7,sleep,2,client,00:00:09,I woke at four.\n"
      "3,grief,1,client,00:00:04,It comes in waves.\n");
  CHECK(doc.format == "csv");
  CHECK(doc.corpus);
  REQUIRE(doc.dialogues.size() == 2);
  CHECK(doc.dialogues[0].id == std::optional<std::string>("7"));  // order of first appearance
  CHECK(doc.dialogues[1].id == std::optional<std::string>("3"));
  REQUIRE(doc.dialogues[0].turns.size() == 2);
  CHECK(doc.dialogues[0].turns[1].text == "Badly. I woke at four.");
  CHECK(doc.dialogues[0].turns[1].time_start == 5.0);
  CHECK(doc.dialogues[0].turns[1].line == 3);
  using KV = std::pair<std::string, std::string>;
  CHECK(doc.dialogues[1].metadata == std::vector<KV>{{"topic", "grief"}});  // constant columns
}

TEST_CASE("rows repeated once per annotator are kept once", "[parse][csv]") {
  auto doc = parse_as(
      "transcript_id,utterance_id,interlocutor,utterance_text,annotator_id,label\n"
      "1,0,client,I feel stuck.,0,neutral\n1,0,client,I feel stuck.,1,sustain\n1,0,client,I feel "
      "stuck.,2,neutral\n"
      "1,1,therapist,Stuck how?,0,question\n1,1,therapist,Stuck how?,1,question\n1,1,therapist,Stuck "
      "how?,2,question\n");
  const auto& d = only_dialogue(doc);
  REQUIRE(d.turns.size() == 2);
  CHECK(d.turns[0].text == "I feel stuck.");
  CHECK(d.turns[1].text == "Stuck how?");
  CHECK_THAT(all_messages(doc), Catch::Contains("4 repeated row(s) kept once"));

  // Without an annotator column, the same utterance id with different text is not a repeat.
  auto same_ids = parse_as("utterance_id,speaker,text\n0,T,Hello.\n0,C,Hi.\n");
  CHECK(only_dialogue(same_ids).turns.size() == 2);
}

TEST_CASE("the columns option chooses CSV columns", "[parse][csv]") {
  feltline::ColumnChoice columns;
  columns.speaker = "Who";
  columns.text = "Said";
  columns.time = "At";
  columns.dialogue = "Session";
  auto doc =
      parse_as("Session,Who,Said,At,Note\nA,Coach,Breathe.,1.5,x\nA,Ana,Okay.,3,y\nB,Coach,Again.,0,z\n",
               "auto", columns);
  CHECK(doc.format == "csv");
  REQUIRE(doc.dialogues.size() == 2);
  CHECK(doc.dialogues[0].turns[0].speaker == std::optional<std::string>("Coach"));
  CHECK(doc.dialogues[0].turns[1].time_start == 3.0);
  CHECK(doc.dialogues[1].id == std::optional<std::string>("B"));

  feltline::ColumnChoice wrong;
  wrong.text = "Missing";
  auto fallback = parse_as("speaker,text\nT,Hi.\n", "csv", wrong);
  CHECK_THAT(all_messages(fallback), Catch::Contains("the text column 'Missing' is not in the header"));
  CHECK(only_dialogue(fallback).turns.size() == 1);  // found by name instead
}

TEST_CASE("CSV problems are reported with their line", "[parse][csv][bad]") {
  auto doc =
      parse_as("speaker,text,time\nT,Hello.,00:00:01\nC,Hi.,00:09:025\nT,Short row\nC,\"never closed,1\n");
  const auto& d = only_dialogue(doc);
  std::string messages = all_messages(doc);
  CHECK_THAT(messages, Catch::Contains("malformed time '00:09:025'"));
  CHECK_THAT(messages, Catch::Contains("row has 2 fields; the header has 3"));
  CHECK_THAT(messages, Catch::Contains("a quoted field opened here never closes"));
  bool line3 = false, line5 = false;
  for (const auto& x : d.diagnostics)
    line3 = line3 || (x.line == 3 && x.message.find("00:09:025") != std::string::npos);
  for (const auto& x : doc.diagnostics)
    line5 = line5 || (x.line == 5 && x.message.find("never closes") != std::string::npos);
  CHECK(line3);
  CHECK(line5);
  CHECK(d.turns.back().text == "never closed,1");  // nothing lost
}

TEST_CASE("a table without a text column is refused with the columns it has", "[parse][csv][bad]") {
  auto r = feltline::analyze_text("ParticipantID,DailyNum,FirstCig\nabc,7,2\ndef,20,1\n", "{}");
  CHECK_FALSE(r.usable);
  CHECK_THAT(r.error,
             Catch::Contains("no text column found in the header (ParticipantID, DailyNum, FirstCig)"));
}
