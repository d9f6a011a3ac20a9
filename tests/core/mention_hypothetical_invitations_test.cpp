// Hypotheticals settled before round four (tests/eval/README.md): states an
// instruction looks for, reassurance about a possible state, imagined scenes
// handed to the other speaker, answers to questions that imagine, joined
// conditions, imagined people; and the lookalikes that stay reported.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::describe;
using feltline::test::describe_turn;
using feltline::test::find_mentions;
using feltline::test::TurnSpec;
using Strings = std::vector<std::string>;

namespace {

using Case = feltline::test::TurnCase;
using feltline::test::check_turns;

// The mentions of the last turn of a short dialogue, described.
Strings last_turn(const std::vector<TurnSpec>& turns) {
  auto t = find_mentions(turns);
  Strings got;
  for (const auto& m : t.turns.back().mentions)
    if (m.kind != feltline::MentionKind::analytic) got.push_back(describe(m, turns.back().text));
  return got;
}

}  // namespace

TEST_CASE("an instruction to look for a state asks for it", "[mentions][hypothetical][invitation]") {
  check_turns(
      {
          {"Notice any tension in your jaw.", {"sensation jaw 'any tension in your jaw' hyp"}},
          {"And notice any tightness and let it be there.", {"sensation unspecified 'tightness' hyp"}},
          {"Notice if there's any tension left in your jaw.", {"sensation jaw 'any tension left in your jaw' hyp"}},
          {"Just check whether your shoulders are tense.", {"sensation shoulders 'shoulders are tense' hyp"}},
          // what is pointed at is there; a report of noticing is a report
          {"Notice the tension in your jaw.", {"sensation jaw 'tension in your jaw'"}},
          {"I noticed some tension in my jaw.", {"sensation jaw 'tension in my jaw'"}},
          {"You notice if your jaw is tight, I've seen it.", {"sensation jaw 'jaw is tight'"}},
      },
      Role::therapist);
}

TEST_CASE("reassurance about a possible state is about that state", "[mentions][hypothetical][invitation]") {
  check_turns(
      {
          // the negation belongs to the prescribing (settled before round five, 4)
          {"Don't be alarmed if you feel dizzy.",
           {"emotion fear 'alarmed' hyp", "sensation head 'dizzy' hyp"}},
          {"Don't be alarmed if it's still there in an hour.", {"emotion fear 'alarmed' hyp"}},
          // a subject: a report
          {"I don't get alarmed if it's there.", {"emotion fear 'alarmed' neg"}},
      },
      Role::therapist);
}

TEST_CASE("a scene handed to the other speaker goes on in the answer", "[mentions][hypothetical][scene]") {
  CHECK(last_turn({
            {Role::therapist,
             "Imagine it's next Sunday. You're on the slip road. Talk me through what happens, as if it's "
             "happening now."},
            {Role::client, "Okay. I'm on the slip road. My chest is tight. I'm terrified."},
        }) == Strings{"sensation chest 'chest is tight' hyp", "emotion fear 'terrified' hyp"});
  CHECK(last_turn({
            {Role::therapist, "Picture the slip road. What's happening?"},
            {Role::client, "I'm on the slip road and I'm terrified. Right now my hands are sweating."},
        }) == Strings{"emotion fear 'terrified' hyp", "sensation hands 'hands are sweating'"});
  // "What do you notice?" asks about now; a condition that imagines asks about now too
  CHECK(last_turn({
            {Role::therapist, "Picture the slip road. What do you notice?"},
            {Role::client, "My chest is tight."},
        }) == Strings{"sensation chest 'chest is tight'"});
  CHECK(last_turn({
            {Role::therapist, "If you imagine saying that to him now, what happens inside?"},
            {Role::client, "There's a lump in my throat."},
        }) == Strings{"sensation throat 'lump in my throat'"});
}

TEST_CASE("an answer to a question that imagines is imagined", "[mentions][hypothetical]") {
  CHECK(last_turn({
            {Role::therapist, "How do you imagine feeling on Sunday evening if you've done it?"},
            {Role::client, "Relieved. Maybe a bit exhausted."},
        }) == Strings{"emotion relief 'Relieved' hyp", "sensation unspecified 'exhausted' hyp"});
  CHECK(last_turn({
            {Role::therapist, "If you imagine resting, what do you notice?"},
            {Role::client, "Calmer."},
        }) == Strings{"emotion calm 'Calmer'"});
  CHECK(last_turn({
            {Role::therapist, "When you picture it, what comes up?"},
            {Role::client, "Dread."},
        }) == Strings{"emotion anxiety 'Dread'"});
}

TEST_CASE("a plain question at the end of a turn is what the reply answers", "[mentions][hypothetical]") {
  CHECK(last_turn({
            {Role::therapist, "And if the shame shows up, it's allowed to be there. How are you leaving today?"},
            {Role::client, "Tired. But calmer."},
        }) == Strings{"sensation unspecified 'Tired'", "emotion calm 'calmer'"});
  CHECK(last_turn({
            {Role::therapist, "How's your body been, with going to bed at 2?"},
            {Role::client, "Tired."},
        }) == Strings{"sensation unspecified 'Tired'"});
  // without the question, a verbless reflection of the imagined feeling stays imagined
  CHECK(last_turn({
            {Role::client, "I'd probably still feel shaky, but I'd stay."},
            {Role::therapist, "Shaky but present."},
        }) == Strings{"sensation unspecified 'Shaky' hyp echo"});
}

TEST_CASE("an answer to an instruction to look reports what is there", "[mentions][hypothetical]") {
  CHECK(last_turn({
            {Role::therapist, "Notice if there's any tension left in your jaw."},
            {Role::client, "Still there. Clenched."},
        }) == Strings{"sensation unspecified 'Clenched'"});
}

TEST_CASE("joined conditions are conditions", "[mentions][hypothetical]") {
  check_turns(
      {
          {"If I get up and do the dishes and she's still upset, then I've got nothing.",
           {"emotion sadness 'upset' hyp"}},
          {"If the thoughts of not waking up get stronger tonight, or you start to feel unsafe, you call.",
           {"emotion fear 'unsafe' hyp"}},
          {"If your chest tightens or your eyes well up, that is not a setback.",
           {"sensation chest 'chest tightens' hyp", "sensation eyes 'eyes well up' hyp"}},
          // the consequence after the comma is reported
          {"If I let it sit, my chest loosens and I feel calmer.",
           {"sensation chest 'chest loosens'", "emotion calm 'calmer'"}},
      },
      Role::client);
}

TEST_CASE("what an imagined person feels is imagined", "[mentions][hypothetical]") {
  check_turns(
      {
          {"What would you tell a friend who was scared of the drive?", {"emotion fear 'scared' hyp question"}},
          {"I'd talk to someone who felt the same panic.", {"emotion anxiety 'panic' hyp"}},
          {"I'd call my sister, who was furious.", {"emotion anger 'furious'"}},
      },
      Role::client);
}

TEST_CASE("'in the picture' places what it follows in the imagined scene", "[mentions][hypothetical]") {
  check_turns(
      {
          {"So there's fear of freezing, and maybe some embarrassment in the picture too?",
           {"emotion fear 'fear' question", "emotion embarrassment 'embarrassment' hyp question"}},
          {"Me too, right now, not just in the picture. I'm embarrassed.", {"emotion embarrassment 'embarrassed'"}},
      },
      Role::therapist);
}

TEST_CASE("a short noun phrase continues or answers an imagined feeling", "[mentions][hypothetical]") {
  CHECK(last_turn({
            {Role::therapist, "And you'd feel awful the next morning. I know I would."},
            {Role::client, "Yeah. The dread the morning after. The headache."},
        }) == Strings{"emotion anxiety 'dread' hyp", "sensation head 'headache' hyp"});
  // a sentence with a verb is not a fragment
  CHECK(describe_turn("I'd be anxious. The dread was there all day.") ==
        Strings{"emotion anxiety 'anxious' hyp", "emotion anxiety 'dread'"});
}

TEST_CASE("list items are parallel: one item's cue does not carry to the next", "[mentions][hypothetical]") {
  const std::string text =
      "Here is what I heard:\n\n- Guilt built on a scenario in which you could have been scared.\n- Anger at "
      "the staffing.\n- Sadness, with some relief.";
  CHECK(describe_turn(text) == Strings{"emotion guilt 'Guilt'", "emotion fear 'scared' hyp",
                                       "emotion anger 'Anger'", "emotion sadness 'Sadness'",
                                       "emotion relief 'relief'"});
  // without bullets the fragment goes on
  CHECK(describe_turn("I'd feel relief. Then shame.") ==
        Strings{"emotion relief 'relief' hyp", "emotion shame 'shame' hyp"});
}

TEST_CASE("present refusals and motion are not futures", "[mentions][hypothetical]") {
  check_turns(
      {
          {"my hands wont stop shaking", {"sensation hands 'hands wont stop shaking'"}},
          {"My legs wouldn't stop trembling.", {"sensation legs 'legs wouldn't stop trembling'"}},
          {"I'm going to the shop and I'm anxious.", {"emotion anxiety 'anxious'"}},
          {"I'm going to be so anxious.", {"emotion anxiety 'anxious' hyp"}},
          {"My hands will shake.", {"sensation hands 'hands will shake' hyp"}},
      },
      Role::client);
}

TEST_CASE("the subject of a modal, with its body part, is hypothetical", "[mentions][hypothetical][negation]") {
  check_turns(
      {
          {"That knot in my stomach wouldn't be there.", {"sensation stomach 'knot in my stomach' neg hyp"}},
          {"The knot in my stomach is still there.", {"sensation stomach 'knot in my stomach'"}},
          {"There's some anger in that, isn't there?", {"emotion anger 'anger' question"}},
          // what the subject may be is said of a subject that is there
          {"The tingling in your face could be your early warning.", {"sensation face 'tingling in your face'"}},
          {"The fear might be a sign.", {"emotion fear 'fear'"}},
          {"The fear would settle.", {"emotion fear 'fear' hyp"}},
      },
      Role::client);
}

TEST_CASE("a guess about a present state is not a hypothetical", "[mentions][hypothetical]") {
  check_turns(
      {
          {"That sounds like it could be a kind of shutting down.", {"emotion numbness 'shutting down'"}},
          {"So the \"don't care\" might have some worry underneath it?", {"emotion anxiety 'worry' question"}},
          {"Maybe it could be anger?", {"emotion anger 'anger' question"}},
          // a time to come, a condition, or no hedge: still possible, not there
          {"She might be a bit disappointed.", {"emotion disappointment 'disappointed' hyp"}},
          {"Maybe you might be anxious tomorrow.", {"emotion anxiety 'anxious' hyp"}},
          {"Maybe it could be frightening if he shouts.", {"emotion fear 'frightening' hyp"}},
          {"Would you be anxious?", {"emotion anxiety 'anxious' hyp question"}},
      },
      Role::therapist);
}

TEST_CASE("an occasion an instruction is planned for has not come yet", "[mentions][hypothetical]") {
  check_turns(
      {
          {"When you notice the anger rising, put a hand on your chest.", {"emotion anger 'anger' hyp"}},
          {"Whenever you feel the panic, just breathe out slowly.", {"emotion anxiety 'panic' hyp"}},
          // a report, and a question about a habit
          {"When you told me, I felt sad.", {"emotion sadness 'sad'"}},
          {"When you feel the panic, what do you do?", {"emotion anxiety 'panic' question"}},
      },
      Role::therapist);
}

TEST_CASE("'What does he do?' asks for the scene to be narrated", "[mentions][hypothetical][scene]") {
  CHECK(last_turn({
            {Role::therapist, "Imagine the meeting. You tell him. What does he do?"},
            {Role::client, "He goes quiet. Then he says I'm overreacting, and I feel stupid."},
        }) == Strings{"emotion shame 'stupid' hyp"});
  CHECK(last_turn({
            {Role::therapist, "What does he do when you're upset?"},
            {Role::client, "He goes quiet, and I feel stupid."},
        }) == Strings{"emotion shame 'stupid'"});
}

TEST_CASE("a state said of a time to come is forecast", "[mentions][hypothetical]") {
  check_turns(
      {
          {"It's normal to feel tired tomorrow.", {"sensation unspecified 'tired' hyp"}},
          {"You might be shaky at first, and anxious tonight.",
           {"sensation unspecified 'shaky' hyp", "emotion anxiety 'anxious' hyp"}},
          // felt now about a time to come, felt then, felt again
          {"I'm nervous about next week.", {"emotion anxiety 'nervous'"}},
          {"Not scared of next Thursday, anyway.", {"emotion fear 'scared' neg"}},
          {"I was tired later.", {"sensation unspecified 'tired'"}},
          {"I feel anxious again.", {"emotion anxiety 'anxious'"}},
      },
      Role::client);
}

TEST_CASE("a hope for a state is a wish", "[mentions][hypothetical][desire]") {
  check_turns(
      {
          {"I hope I feel calmer by then.", {"emotion calm 'calmer' hyp"}},
          {"I hope you're not too anxious.", {"emotion anxiety 'anxious' hyp"}},
          {"I'm hopeful.", {"emotion hope 'hopeful'"}},
      },
      Role::client);
}
