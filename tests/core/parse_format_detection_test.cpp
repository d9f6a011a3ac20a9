// Format detection from content, and the `format` option overriding it.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse/format_detector.hpp"
#include "parse_test_support.hpp"

using feltline::parse::detect_format;
using feltline::test::analyse;

TEST_CASE("detect_format recognises formats from their content", "[parse][detect]") {
  struct Case {
    const char* input;
    const char* format;
  };
  const std::vector<Case> cases = {
      {"WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n", "webvtt"},
      {"\n\nWEBVTT - title\n", "webvtt"},
      {"WEBVTTX\n", "labelled_text"},
      {"1\n00:00:01,000 --> 00:00:02,000\nHi\n", "srt"},
      {"\n1\n00:00:01,000 --> 00:00:02,000\nHi\n", "srt"},
      {"00:00:01,000 --> 00:00:02,000\nHi\n", "srt"},
      {"{\"messages\": []}", "json"},
      {"[\n  {\"role\": \"user\", \"content\": \"hi\"}\n]", "json"},
      {"[]", "json"},
      {"{\"role\": \"user\", \"content\": \"hi\"}\n{\"role\": \"assistant\", \"content\": \"yo\"}\n",
       "jsonl"},
      {"{\"role\": \"user\", \"content\": \"hi\"}\n", "json"},
      {"{broken\nTherapist: hi\n", "json"},  // looks like JSON: reported as malformed JSON, then read as text
      {"[00:00:05] Therapist: Hello.\n[00:00:09] Client: Hi.\n", "labelled_text"},
      {"[Experimenter] 19:00:25\nHello.\n", "labelled_text"},
      {"[laughs] okay then\n", "labelled_text"},
      {"speaker,text\nT,Hello\n", "csv"},
      {"interlocutor;utterance_text\nT;Hello\n", "csv"},
      {"speaker\ttext\nT\tHello\n", "tsv"},
      {"id,age,score\n1,30,4\n2,41,5\n", "csv"},  // a table without transcript columns is still a table
      {"Therapist: Well, I think, you know, it helps.\nClient: Yes, no, maybe.\n", "labelled_text"},
      {"Anna, Ben, Carl\n", "labelled_text"},  // one line of names, no rows
      {"I walked home. It was late.\n", "labelled_text"},
      {"", "labelled_text"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.input);
    CHECK(detect_format(c.input, {}) == c.format);
  }
}

TEST_CASE("the format option overrides detection", "[parse][detect]") {
  const std::string text = "Therapist: Hello.\nClient: Hi.\n";
  CHECK(analyse(text)[0]["format"] == "labelled_text");
  auto plain = analyse(text, R"({"format": "plain"})");
  CHECK(plain[0]["format"] == "plain");
  CHECK(plain[0]["turns"].size() == 1);
  CHECK(plain[0]["turns"][0]["speaker"].is_null());

  // A format that does not fit is reported, and the text is read as a person would.
  auto json = analyse(text, R"({"format": "json"})");
  CHECK(json[0]["format"] == "labelled_text");
  CHECK(json[0]["turns"].size() == 2);
  CHECK(json[0]["diagnostics"][0]["severity"] == "error");

  auto unknown = analyse(text, R"({"format": "docx"})");
  CHECK(unknown[0]["diagnostics"][0]["message"] == "unknown format option \"docx\"; detecting the format");
  CHECK(unknown[0]["format"] == "labelled_text");
}
