// Round thirty-seven (hypotheticals): a whole exercise kept through the leader's
// turns that move it on, through the client's sentences that do not step back,
// and through the client's "now"; "would" after a fronted past time reports a
// habit; the answer to a checklist's item reports; "right now, picturing that"
// asks of the room; "What do you picture?" hands the imagined occasion over.
// Dialogues written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("an exercise goes on through the leader's turns that move it on", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Let's run the race in your head. Tell it in the present tense. Close your eyes. "
                        "You're at the start line. What's happening?"},
      {Role::client, "I'm crouched at the line. My hands are shaking."},
      {Role::therapist, "\"Set.\""},
      {Role::client, "I lift my hips. My stomach is tight."},
      {Role::therapist, "And the gun goes."},
      {Role::client, "I'm off. My legs feel strong. I'm excited now."},
      {Role::therapist, "Let's step out. Open your eyes. How are you, here in the room?"},
      {Role::client, "A bit shaky."},
  });
  CHECK(described(t, 1) == Strings{"sensation hands 'hands are shaking' hyp"});
  CHECK(described(t, 3) == Strings{"sensation stomach 'stomach is tight' hyp"});
  CHECK(described(t, 5) == Strings{"sensation legs 'legs feel strong' hyp", "emotion joy 'excited' hyp"});
  CHECK(described(t, 7) == Strings{"sensation unspecified 'shaky'"});
}

TEST_CASE("inside an exercise a sentence with no step back neither narrates nor ends it",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Close your eyes. Walk me through the interview, in the present. Where are you?"},
      {Role::client, "I'm in the corridor. I'm nervous. No. I'm scared he's better."},
      {Role::therapist, "Keep going."},
      {Role::client, "They call me in. Good. My face is hot. I always do that."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'nervous' hyp", "emotion fear 'scared' hyp"});
  CHECK(described(t, 3) == Strings{"sensation face 'face is hot' hyp"});
}

TEST_CASE("'would' after a past time at the front of its sentence reports a habit", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "When I was at school I'd be terrified of the bus."},
      {Role::client, "Before, I would be singing in the car, happy as anything."},
      {Role::client, "My brother used to ring, and he'd be worried about me."},
      {Role::client, "If I rang him tonight he'd be worried about me."},
      {Role::client, "I'd feel calm inside, like I used to."},
      {Role::client, "When my dad was drinking I'd get scared. I would feel sick when I heard his key."},
  });
  CHECK(described(t, 0) == Strings{"emotion fear 'terrified'"});
  CHECK(described(t, 1) == Strings{"emotion joy 'happy'"});
  CHECK(described(t, 2) == Strings{"emotion anxiety 'worried'"});
  CHECK(described(t, 3) == Strings{"emotion anxiety 'worried' hyp"});
  CHECK(described(t, 4) == Strings{"emotion calm 'calm' hyp"});
  // the sentence after a past habit's "would" goes on with it
  CHECK(described(t, 5) == Strings{"emotion fear 'scared'", "sensation stomach 'sick'"});
}

TEST_CASE("the answer to a checklist's item reports", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "If the rash spreads, we can change the cream. Any nausea with the tablets?"},
      {Role::client, "No nausea. Just tired."},
  });
  CHECK(described(t, 1).at(0) == "sensation stomach 'nausea' neg");
}

TEST_CASE("'right now, picturing that' asks of the room", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "And how does your body feel right now, picturing that?"},
      {Role::client, "Heavy. Sick in the stomach."},
      {Role::therapist, "And how would you feel, picturing that?"},
      {Role::client, "Heavy. Sick in the stomach."},
  });
  CHECK(described(t, 1) == Strings{"sensation unspecified 'Heavy'", "sensation stomach 'Sick in the stomach'"});
  CHECK(described(t, 3) ==
        Strings{"sensation unspecified 'Heavy' hyp", "sensation stomach 'Sick in the stomach' hyp"});
}

TEST_CASE("'What do you picture?' hands the imagined occasion to the answer", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "What's the worst Christmas you picture?"},
      {Role::client, "Everyone shouting. Me lonely in the kitchen. My kids angry."},
      {Role::therapist, "When you picture it, what comes up?"},
      {Role::client, "Dread."},
  });
  CHECK(described(t, 1) == Strings{"emotion loneliness 'lonely' hyp", "emotion anger 'angry' hyp"});
  CHECK(described(t, 3) == Strings{"emotion anxiety 'Dread'"});
}

// Round thirty-seven (b): precision.
TEST_CASE("a question of what is felt as the talk goes on is answered of now", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Now imagine your grandmother watching you at that meeting. What would she want you to feel?"},
      {Role::client, "She would want me to feel calm. Not ashamed. She would want me to be proud."},
      {Role::therapist, "What happens inside as you hear that?"},
      {Role::client, "Relief. My jaw unclenched."},
      {Role::therapist, "Imagine telling your sister. What would you feel?"},
      {Role::client, "I would be nervous. Shaky."},
      {Role::therapist, "What would you feel as you hear her answer?"},
      {Role::client, "Relief."},
  });
  CHECK(described(t, 3) == Strings{"emotion relief 'Relief'", "sensation jaw 'jaw unclenched'"});
  CHECK(described(t, 5) == Strings{"emotion anxiety 'nervous' hyp", "sensation unspecified 'Shaky' hyp"});
  // a modal asks of the imagined occasion
  CHECK(described(t, 7) == Strings{"emotion relief 'Relief' hyp"});
}

TEST_CASE("a feeling imagined before and taken up as the talk's subject is felt now", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "If I told him, I'd be scared he'd leave."},
      {Role::therapist, "That fear makes a lot of sense. What is the fear about?"},
      {Role::client, "I'd feel guilty if I took the afternoon off."},
      {Role::therapist, "Let's talk about the guilt for a moment."},
      {Role::client, "I'd be anxious walking in."},
      {Role::therapist, "So the anxiety is at the start, and then it settles."},
  });
  CHECK(described(t, 1) == Strings{"emotion fear 'fear'", "emotion fear 'fear' question"});
  CHECK(described(t, 3) == Strings{"emotion guilt 'guilt' echo"});
  // a summary of the imagined occasion stays in it
  CHECK(described(t, 5) == Strings{"emotion anxiety 'anxiety' hyp echo"});
}

TEST_CASE("help offered with a state that is there now leaves it unimagined", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "It might help to notice that heaviness with some kindness."},
      {Role::therapist, "A walk might help with the Monday dread."},
      {Role::therapist, "A walk might help you feel calmer."},
      {Role::therapist, "What might help when the panic comes at night?"},
  });
  CHECK(described(t, 0) == Strings{"sensation unspecified 'heaviness'"});
  CHECK(described(t, 1) == Strings{"emotion anxiety 'dread'"});
  CHECK(described(t, 2) == Strings{"emotion calm 'calmer' hyp"});
  CHECK(described(t, 3) == Strings{"emotion anxiety 'panic' hyp question"});
}

TEST_CASE("a modal asking the listener to let themselves feel a state invites it", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "You finished the whole race. Can you let yourself feel a bit of pride in that?"},
      {Role::client, "Last night I let myself feel sad for once."},
  });
  CHECK(described(t, 0) == Strings{"emotion pride 'pride' hyp question"});
  CHECK(described(t, 1) == Strings{"emotion sadness 'sad'"});
}

TEST_CASE("a rating prescribed before and after a task asks for the state it will bring", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "This week, make two phone calls. Rate your fear before and after."},
      {Role::therapist, "Try the lift twice and score the panic before and after each ride."},
      {Role::therapist, "Rate your fear right now."},
      {Role::client, "I rate my fear at six."},
  });
  CHECK(described(t, 0) == Strings{"emotion fear 'fear' hyp"});
  CHECK(described(t, 1) == Strings{"emotion anxiety 'panic' hyp"});
  CHECK(described(t, 2) == Strings{"emotion fear 'fear'"});
  CHECK(described(t, 3) == Strings{"emotion fear 'fear'"});
}

TEST_CASE("a verbless 'any' list after an instruction to look is looked for", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "Scan down to your feet. Any warmth, any tingling. Just notice."},
      {Role::client, "Any tingling I get is in my feet."},
  });
  CHECK(described(t, 0) == Strings{"sensation unspecified 'tingling' hyp"});
  CHECK(described(t, 1) == Strings{"sensation unspecified 'tingling'"});
}
