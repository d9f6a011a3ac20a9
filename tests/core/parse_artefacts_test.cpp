// Artefact flags: meta_note, generation_error, truncated, quoted; on the seed
// and on table-driven cases, including turns that must NOT be flagged.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse/artefact_detector.hpp"
#include "parse_test_support.hpp"

using feltline::FlagKind;
using feltline::Transcript;
using feltline::Turn;
using feltline::parse::detect_artefacts;

namespace {

// Flags of the last turn of a transcript made of `texts`, as "kind:text" strings.
std::vector<std::string> flags_of_last(const std::vector<std::string>& texts) {
  Transcript t;
  for (const auto& text : texts) {
    Turn turn;
    turn.index = static_cast<int>(t.turns.size());
    turn.text = text;
    t.turns.push_back(turn);
  }
  detect_artefacts(t);
  std::vector<std::string> out;
  const Turn& last = t.turns.back();
  for (const auto& f : last.flags)
    out.push_back(std::string(feltline::flag_kind_name(f.kind)) + ":" +
                  last.text.substr(f.span.begin, f.span.end - f.span.begin));
  return out;
}

const std::vector<std::string> kPunctuated = {"How are you?", "Tired, honestly.", "Say more.", "It's heavy.",
                                              "Where do you feel it?"};

std::vector<std::string> after_punctuated(const std::string& text) {
  auto texts = kPunctuated;
  texts.push_back(text);
  return texts;
}

}  // namespace

TEST_CASE("meta_note flags stage directions", "[parse][artefacts]") {
  struct Case {
    const char* text;
    std::vector<std::string> flags;
  };
  const std::vector<Case> cases = {
      {"Let's begin.\n\n(Note: This is the end of the session. Well done.)",
       {"meta_note:(Note: This is the end of the session. Well done.)"}},
      {"(By the way, you're doing great so far!)", {"meta_note:(By the way, you're doing great so far!)"}},
      {"[Therapist hands the client a tissue]\nTake your time.",
       {"meta_note:[Therapist hands the client a tissue]"}},
      {"I don't know (laughs) it's silly.", {"meta_note:(laughs)"}},
      {"Yeah. [long pause] Okay.", {"meta_note:[long pause]"}},
      {"*sighs* Fine.", {"meta_note:*sighs*"}},
      {"Let's start. (Note: client arrived late.) How are you?", {"meta_note:(Note: client arrived late.)"}},
      {"[inaudible] and then I left.", {"meta_note:[inaudible]"}},
      // Speech in parentheses inside a sentence is speech.
      {"My identity (my default self-concept) is fragile.", {}},
      {"I told him (long story) that I was done.", {}},
      {"Laughing about it helps.", {}},
      {"The *really* hard part.", {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(flags_of_last({c.text}) == c.flags);
  }
}

TEST_CASE("generation_error flags model errors in place of speech", "[parse][artefacts]") {
  struct Case {
    const char* text;
    bool flagged;
  };
  const std::vector<Case> cases = {
      {"[Llama-3-3B-Instruct Therapist generation error: The decoder prompt (length 9159) is longer than the "
       "maximum "
       "model length of 9000.]",
       true},
      {"Error: This model's maximum context length is 8192 tokens.", true},
      {"{\"error\": \"rate limit exceeded\"}", true},
      {"Traceback (most recent call last):\n  File \"x.py\", line 3", true},
      {"I hit my rate limit on coffee today.", false},
      {"There was an error in how I handled it.", false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    auto flags = flags_of_last({c.text});
    bool flagged = !flags.empty() && flags[0].rfind("generation_error:", 0) == 0;
    CHECK(flagged == c.flagged);
  }
}

TEST_CASE("truncated flags turns cut off mid-quote or mid-sentence, and nothing else", "[parse][artefacts]") {
  struct Case {
    const char* name;
    std::vector<std::string> texts;
    std::vector<std::string> flags;
  };
  const std::vector<Case> cases = {
      {"cut off mid-quote",
       {"I'll respond as the colleague:\n\n\"Hey, we all have those days. I've had"},
       {"quoted:\"Hey, we all have those days. I've had",
        "truncated:\"Hey, we all have those days. I've had"}},
      {"cut off mid-sentence in a punctuated transcript",
       after_punctuated("It started when I was at the station and then"),
       {"truncated:It started when I was at the station and then"}},
      {"cut off after a colon",
       after_punctuated("Here is what I would say to her:"),
       {"truncated:Here is what I would say to her:"}},
      {"only the unfinished sentence is covered",
       after_punctuated("I slept badly. Then at four I woke and my"),
       {"truncated:Then at four I woke and my"}},
      {"a short backchannel without a full stop is not cut off", after_punctuated("Mm-hmm"), {}},
      {"a dash marks an interruption, not a cut",
       after_punctuated("You drink at least four times a week-"),
       {}},
      {"an ellipsis trails off deliberately", after_punctuated("I just thought maybe..."), {}},
      {"a turn ending with an emoji is complete",
       after_punctuated("That went better than I feared \xF0\x9F\x99\x82"),
       {}},
      {"a closed quote at the end is complete",
       after_punctuated("She said \"take care of yourself.\""),
       {"quoted:\"take care of yourself.\""}},
      {"in an unpunctuated (ASR) transcript nothing is cut off",
       {"so how are you", "tired honestly", "say more", "it is heavy", "and then I went to the shop and"},
       {}},
      {"a Markdown heading is not cut off", after_punctuated("# Next steps for the week"), {}},
      {"a list whose items go without full stops is not cut off at its last item",
       after_punctuated("Here's the plan for this week:\n\n- Walk for ten minutes after lunch\n- Text my sister "
                        "on Sunday evening"),
       {}},
      {"numbered items without full stops are a list too",
       after_punctuated("Two things:\n1) Notice the tightness before it peaks\n2) Breathe out slowly for "
                        "four counts"),
       {}},
      {"a last item cut off after punctuated items is still cut off",
       after_punctuated("My plan:\n- Walk after lunch every day.\n- Text my sister when I feel the"),
       {"truncated:- Text my sister when I feel the"}},
      {"a single open bullet after prose is still cut off",
       after_punctuated("I made a list. - Then when I got home I started to"),
       {"truncated:- Then when I got home I started to"}},
      {"an unclosed quote that ends a sentence is a missing quote mark, not a cut",
       after_punctuated("Then she said \"I'm proud of you."),
       {"quoted:\"I'm proud of you."}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    CHECK(flags_of_last(c.texts) == c.flags);
  }
}

TEST_CASE("a title before the first label is not a cut-off turn", "[parse][artefacts]") {
  auto out = feltline::test::analyse(
      "Session four with the Hendersons\n\nT: Hello.\nC: Hi there.\nT: Sit down.\nC: Thanks.\nT: Go on.\nC: "
      "Okay.\n");
  const auto& turns = out[0]["turns"];
  REQUIRE(turns.size() == 7);
  CHECK(turns[0]["speaker"].is_null());
  CHECK(turns[0]["flags"].empty());
}

TEST_CASE("quoted flags quotations of two words or more", "[parse][artefacts]") {
  struct Case {
    const char* text;
    std::vector<std::string> flags;
  };
  const std::vector<Case> cases = {
      {"He said \"you should've known better\" again.", {"quoted:\"you should've known better\""}},
      {"I offer “Thanks for waiting.” and stop.", {"quoted:“Thanks for waiting.”"}},
      {"Sie sagte „das reicht jetzt“ und ging.", {"quoted:„das reicht jetzt“"}},
      {"Il a dit « c'est fini » hier.", {"quoted:« c'est fini »"}},
      {"She whispered ‘it’s not your fault’ to me.", {"quoted:‘it’s not your fault’"}},
      {"Label it as \"good\" or \"bad\".", {}},  // scare quotes around one word
      {"Don’t, won’t, can’t.", {}},              // apostrophes
      {"It's 5\" long and 3\" wide.", {}},       // inch marks
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(flags_of_last({c.text}) == c.flags);
  }
}

TEST_CASE("flag offsets are UTF-16 code units in the JSON", "[parse][artefacts]") {
  auto out =
      feltline::test::analyse("Client: \xF0\x9F\x98\x9E I said \"it’s fine\" (sighs)\nTherapist: Mm.\n");
  const auto& turn = out[0]["turns"][0];
  auto quoted = feltline::test::flags_of(turn, "quoted");
  REQUIRE(quoted.size() == 1);
  CHECK(quoted[0] == "\"it’s fine\"");
  CHECK(turn["flags"][0]["kind"] == "meta_note");
  CHECK(turn["flags"][0]["start"] == 22);  // the emoji counts 2 units, ’ counts 1: 2+1+7+11+1
  CHECK(feltline::test::flags_of(turn, "meta_note") == std::vector<std::string>{"(sighs)"});
}

TEST_CASE("the seed gives 50 turns with its notes, its cut-off turn and its error flagged",
          "[parse][artefacts][seed]") {
  auto text = feltline::test::read_shared("seed/000_13ba406fadc02f9e.txt");
  if (!text) {
    WARN("../shared/seed not found; skipped");
    return;
  }
  auto out = feltline::test::analyse(*text);
  REQUIRE(out.size() == 1);
  const auto& turns = out[0]["turns"];
  REQUIRE(turns.size() == 50);

  // Every "(Note: ...)" paragraph of the file is a meta_note span.
  std::size_t notes_in_file = 0;
  for (std::size_t p = text->find("\n(Note:"); p != std::string::npos; p = text->find("\n(Note:", p + 1))
    ++notes_in_file;
  std::size_t note_flags = 0;
  for (const auto& t : turns)
    for (const auto& f : feltline::test::flags_of(t, "meta_note"))
      if (f.rfind("(Note:", 0) == 0 && f.back() == ')') ++note_flags;
  CHECK(notes_in_file == 6);
  CHECK(note_flags == notes_in_file);

  // The cut-off role-play turn, and only that one, is truncated.
  int truncated = -1, truncated_count = 0;
  for (const auto& t : turns) {
    if (!feltline::test::flags_of(t, "truncated").empty()) {
      truncated = t["index"];
      ++truncated_count;
    }
  }
  CHECK(truncated_count == 1);
  REQUIRE(truncated >= 0);
  CHECK_THAT(turns[truncated]["text"].get<std::string>(),
             Catch::EndsWith("we all have those days. I've had"));
  CHECK(feltline::test::flags_of(turns[truncated], "truncated")[0] ==
        "\"Hey, we all have those days. I've had");

  // The last turn is a generation error, as a whole.
  const auto& last = turns[49];
  auto errors = feltline::test::flags_of(last, "generation_error");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == last["text"].get<std::string>());
  for (const auto& t : turns)
    if (t["index"] != 49) CHECK(feltline::test::flags_of(t, "generation_error").empty());

  // Role-played colleague lines are quoted.
  CHECK_THAT(feltline::test::flags_of(turns[41], "quoted")[0],
             Catch::StartsWith("\"Hey, thanks for owning up to it."));
}
