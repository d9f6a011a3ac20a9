// Context: negation with clause scope, terminators and pseudo-negations;
// hypotheticals (modals, "if", imagination, desire, fragments that answer a
// hypothetical); questions; intensity modifiers that never negate.
#include <catch2/catch.hpp>

#include "feltline/analyze.hpp"
#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::describe;
using feltline::test::describe_turn;
using Strings = std::vector<std::string>;

TEST_CASE("negation is scoped to its clause", "[mentions][negation]") {
  struct Case {
    const char* text;
    Strings expected;
  };
  const std::vector<Case> cases = {
      {"I wasn't anxious.", {"emotion anxiety 'anxious' neg"}},
      {"No tightness at all.", {"sensation unspecified 'tightness' neg"}},
      {"There's no tightness in my chest right now.", {"sensation chest 'tightness in my chest' neg"}},
      {"I never felt scared.", {"emotion fear 'scared' neg"}},
      {"I can sit with it without panicking.", {"emotion anxiety 'panicking' neg"}},
      {"I'm no longer angry.", {"emotion anger 'angry' neg"}},
      {"I'm not angry, but I'm sad.", {"emotion anger 'angry' neg", "emotion sadness 'sad'"}},
      {"I'm not angry though sad.", {"emotion anger 'angry' neg", "emotion sadness 'sad'"}},
      {"I'm not panicking anymore, just tense.",
       {"emotion anxiety 'panicking' neg", "emotion anxiety 'tense'"}},
      {"The tightness is gone.", {"sensation unspecified 'tightness' neg"}},
      {"The urge to disappear into analysis fuels the shame.", {"emotion shame 'shame'"}},
      {"I don't know why I'm anxious.", {"emotion anxiety 'anxious'"}},
      {"I don't think I'm anxious.", {"emotion anxiety 'anxious' neg"}},
      {"I don't feel anxious and my chest is tight.",
       {"emotion anxiety 'anxious' neg", "sensation chest 'chest is tight'"}},
      {"Not only sad but angry.", {"emotion sadness 'sad'", "emotion anger 'angry'"}},
      {"No doubt I was furious.", {"emotion anger 'furious'"}},
      {"I'm not very anxious.", {"emotion anxiety 'anxious'"}},
      {"I'm not that nervous.", {"emotion anxiety 'nervous'"}},
      {"I feel less anxious.", {"emotion anxiety 'anxious'"}},
      {"I feel a bit calmer.", {"emotion calm 'calmer'"}},
      {"I can't stop shaking.", {"sensation unspecified 'shaking'"}},
      {"I haven't felt this calm in years.", {"emotion calm 'calm'"}},
      {"The pain didn't disappear.", {"sensation unspecified 'pain'"}},
      {"I don't want her to get upset.", {"emotion sadness 'upset' hyp"}},
      {"There's no need to feel embarrassed.", {"emotion embarrassment 'embarrassed' neg"}},
      {"I didn't know I was this angry.", {"emotion anger 'angry'"}},
      {"I didn't realise I was so tense.", {"emotion anxiety 'tense'"}},
      {"Not knowing makes me anxious.", {"emotion anxiety 'anxious'"}},
      {"We didn't go around saying we were lonely.", {"emotion loneliness 'lonely'"}},
      {"Not sleeping leaves me irritable.", {"emotion anger 'irritable'"}},
      {"He's never been happier.", {"emotion joy 'happier'"}},
      {"I've never felt calmer.", {"emotion calm 'calmer'"}},
      {"I've never felt calm.", {"emotion calm 'calm' neg"}},
      {"I'm not happier.", {"emotion joy 'happier' neg"}},
      {"No. I was probably starving.", {"sensation stomach 'starving'"}},
      {"I don't think I've ever been that ashamed of myself.", {"emotion shame 'ashamed'"}},
      {"I wasn't anxious the whole time, just in waves.", {"emotion anxiety 'anxious'"}},
      {"I can't sleep without feeling anxious.", {"emotion anxiety 'anxious'"}},
      {"I slept without feeling anxious.", {"emotion anxiety 'anxious' neg"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(describe_turn(c.text) == c.expected);
  }
}

TEST_CASE("intensity modifiers are recorded and never negate", "[mentions][intensity]") {
  struct Case {
    const char* text;
    Strings intensity;
  };
  const std::vector<Case> cases = {
      {"I felt a slight coldness in my fingers.", {"slight"}},
      {"I'm really angry.", {"really"}},
      {"My chest loosens a little.", {"a little"}},
      {"Less chest tightness.", {"Less"}},
      {"I'm not very anxious.", {"not very"}},
      {"I feel so much calmer.", {"so much"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    auto t = feltline::test::find_mentions({{Role::client, c.text}});
    REQUIRE(t.turns[0].mentions.size() == 1);
    const auto& intensity = t.turns[0].mentions[0].intensity;
    CHECK(Strings(intensity.begin(), intensity.end()) == c.intensity);
    CHECK_FALSE(t.turns[0].mentions[0].negated);
  }
}

TEST_CASE("hypotheticals: modals, conditions, imagination, wishes", "[mentions][hypothetical]") {
  struct Case {
    const char* text;
    Strings expected;
  };
  const std::vector<Case> cases = {
      {"If I imagine it, I'd probably feel dread and a tight chest.",
       {"emotion anxiety 'dread' hyp", "sensation chest 'tight chest' hyp"}},
      {"Right now I feel calm.", {"emotion calm 'calm'"}},
      {"If I actually let it be a sensation, I think I'd feel a dull tightness in the chest.",
       {"sensation chest 'dull tightness in the chest' hyp"}},
      {"If I allow the shame to sit, my chest loosens.",
       {"emotion shame 'shame' hyp", "sensation chest 'chest loosens'"}},
      {"That would probably feel liberating and terrifying.",
       {"emotion relief 'liberating' hyp", "emotion fear 'terrifying' hyp"}},
      {"I might feel nervous.", {"emotion anxiety 'nervous' hyp"}},
      {"I'll be anxious tomorrow.", {"emotion anxiety 'anxious' hyp"}},
      {"I expect to be terrified.", {"emotion fear 'terrified' hyp"}},
      {"What if I panic?", {"emotion anxiety 'panic' hyp question"}},
      {"Picture this: I walk in; my chest tightens.", {"sensation chest 'chest tightens' hyp"}},
      {"Every time I pictured the room my chest got tight.", {"sensation chest 'chest got tight'"}},
      {"I want to feel grounded.", {"emotion calm 'grounded' hyp"}},
      {"I'm trying to let that shame sit.", {"emotion shame 'shame'"}},
      {"I could feel my heart pounding.", {"sensation heart 'heart pounding'"}},
      {"I'd say I'm pretty anxious.", {"emotion anxiety 'anxious'"}},
      {"I'd been anxious for weeks.", {"emotion anxiety 'anxious'"}},
      {"It makes sense you'd feel embarrassed.", {"emotion embarrassment 'embarrassed'"}},
      {"Relax your shoulders.", {"sensation shoulders 'Relax your shoulders' hyp"}},
      {"Just let your shoulders drop.", {"sensation shoulders 'shoulders drop' hyp"}},
      {"My shoulders drop.", {"sensation shoulders 'shoulders drop'"}},
      {"I'd feel lighter. Maybe even hopeful.",
       {"sensation unspecified 'lighter' hyp", "emotion hope 'hopeful' hyp"}},
      {"I'd probably still be shaky, but maybe not so lost.",
       {"sensation unspecified 'shaky' hyp", "emotion confusion 'lost' hyp"}},
      {"I'd feel guilty every time I gave in.", {"emotion guilt 'guilty'"}},
      {"Whenever he called, I'd go cold.", {"sensation unspecified 'go cold'"}},
      {"I'd feel guilty if I gave in.", {"emotion guilt 'guilty' hyp"}},
      {"She'd probably say something like, of course you're exhausted.",
       {"sensation unspecified 'exhausted' hyp"}},
      {"I'd tell him I was furious.", {"emotion anger 'furious' hyp"}},
      {"Underneath it, a fear of falling apart.",
       {"emotion fear 'fear'", "emotion overwhelm 'falling apart' hyp"}},
      {"I'm less afraid of the nerves themselves.", {"emotion fear 'afraid'", "emotion anxiety 'nerves'"}},
      {"Every time I picture telling her, my stomach drops.", {"sensation stomach 'stomach drops'"}},
      {"What would help you feel steadier walking in?", {"emotion calm 'steadier' hyp question"}},
      {"Can you notice if any of that heaviness is still here?",
       {"sensation unspecified 'heaviness' question"}},
      {"Would it be alright to stay with the ache for a moment?", {"sensation unspecified 'ache' question"}},
      {"Could you describe the pain?", {"sensation unspecified 'pain' question"}},
      {"I'd feel embarrassed for ten minutes and then probably lighter.",
       {"emotion embarrassment 'embarrassed' hyp", "sensation unspecified 'lighter' hyp"}},
      {"If she never talks to me again I'll be gutted.", {"emotion sadness 'gutted' hyp"}},
      {"If I don't go, I'm not anxious.", {"emotion anxiety 'anxious' neg"}},
      {"So the prediction is: ten minutes of embarrassment.", {"emotion embarrassment 'embarrassment' hyp"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(describe_turn(c.text) == c.expected);
  }
}

TEST_CASE("questions are marked: only hypothetical ones are hypothetical", "[mentions][hypothetical]") {
  CHECK(describe_turn("How strong was the anxiety?") == Strings{"emotion anxiety 'anxiety' question"});
  CHECK(describe_turn("What would be the sensations in your body if you sat with that discomfort?").empty());
  CHECK(describe_turn("What would you feel in your chest?").empty());
  CHECK(describe_turn("Would you feel more grounded?") == Strings{"emotion calm 'grounded' hyp question"});
  CHECK(describe_turn("I'm jumpy; can we slow down so I don't panic?") ==
        Strings{"emotion anxiety 'jumpy'", "emotion anxiety 'panic' neg question"});
  CHECK(describe_turn("I'm jumpy (is it genuine?) and tired.") ==
        Strings{"emotion anxiety 'jumpy'", "sensation unspecified 'tired'"});
}

TEST_CASE("an answer to a hypothetical question stays hypothetical", "[mentions][hypothetical]") {
  auto t = feltline::test::find_mentions({
      {Role::therapist, "What would it be like to let the panic come and go?"},
      {Role::client, "Honestly? Terrifying."},
      {Role::therapist, "How did it feel on the day?"},
      {Role::client, "Terrifying."},
  });
  REQUIRE(t.turns[1].mentions.size() == 1);
  CHECK(t.turns[1].mentions[0].hypothetical);
  REQUIRE(t.turns[3].mentions.size() == 1);
  CHECK_FALSE(t.turns[3].mentions[0].hypothetical);
}

TEST_CASE("a verbless reflection of an imagined feeling stays imagined", "[mentions][hypothetical]") {
  auto t = feltline::test::find_mentions({
      {Role::client, "If I caught it early, I'd probably still feel shaky, but I'd stay."},
      {Role::therapist, "Shaky but present."},
      {Role::client, "I'm not devastated, though. A month ago I would have put the cello down."},
      {Role::therapist, "Annoyed but not devastated."},
  });
  REQUIRE(t.turns[1].mentions.size() == 1);
  CHECK(t.turns[1].mentions[0].hypothetical);
  REQUIRE(t.turns[3].mentions.size() == 2);
  CHECK_FALSE(t.turns[3].mentions[0].hypothetical);
  CHECK_FALSE(t.turns[3].mentions[1].hypothetical);
}

TEST_CASE("a quotation that opens the answer to a hypothetical question is imagined",
          "[mentions][hypothetical]") {
  // Through the parser, which marks the quotations (quoted flags).
  const auto transcripts = feltline::analyze_transcripts(
      "Therapist: What could you say to him next time?\n"
      "Client: Maybe \"I'm overwhelmed, give me ten minutes\"?\n"
      "Therapist: What did he say?\n"
      "Client: He said \"you're always so anxious\" and left.\n",
      feltline::Options{});
  REQUIRE(transcripts.size() == 1);
  const auto& t = transcripts[0];
  REQUIRE(t.turns.size() == 4);
  REQUIRE(t.turns[1].mentions.size() == 1);
  CHECK(t.turns[1].mentions[0].hypothetical);
  CHECK(t.turns[1].mentions[0].quoted);
  REQUIRE(t.turns[3].mentions.size() == 1);
  CHECK_FALSE(t.turns[3].mentions[0].hypothetical);
}

TEST_CASE("a question that opens with 'not' or 'or' goes on asking the one before",
          "[mentions][hypothetical]") {
  auto t = feltline::test::find_mentions({
      {Role::therapist,
       "What would it be like if the check-in was about this? Not the phone, but what you carry?"},
      {Role::client, "Scary. But maybe less lonely."},
      {Role::therapist, "How was the week? Not the work, but home?"},
      {Role::client, "Lonely."},
  });
  REQUIRE(t.turns[1].mentions.size() == 2);
  CHECK(t.turns[1].mentions[0].hypothetical);
  CHECK(t.turns[1].mentions[1].hypothetical);
  REQUIRE(t.turns[3].mentions.size() == 1);
  CHECK_FALSE(t.turns[3].mentions[0].hypothetical);
}

TEST_CASE("an answer by another labelled speaker of unknown role keeps the question's mood",
          "[mentions][hypothetical]") {
  const auto transcripts = feltline::analyze_transcripts(
      "Supervisor: How was the visit?\n"
      "Worker: Hard.\n"
      "Supervisor: And if he starts shouting again, how do you think you'll feel?\n"
      "Worker: Probably annoyed.\n",
      feltline::Options{});
  REQUIRE(transcripts.size() == 1);
  const auto& t = transcripts[0];
  REQUIRE(t.turns.size() == 4);
  REQUIRE(t.turns[3].speaker == std::optional<std::string>("Worker"));
  REQUIRE(t.turns[3].role == feltline::Role::unknown);
  REQUIRE(t.turns[3].mentions.size() == 1);
  CHECK(t.turns[3].mentions[0].hypothetical);
}
