// Round six: scenes kept going across the dialogue, imagined words said to
// someone, states called normal over a time to come, and dialect words
// (tests/eval/README.md, "round six"). Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("an instruction to narrate hands over a scene set for the listener", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist,
       "Let's try it. It's the morning of the interview. You're in the lobby. The receptionist calls your name. "
       "Tell me what happens."},
      {Role::client, "I'm standing up. My knees feel weak. I'm nervous."},
      // not a scene: nothing sets the listener anywhere
      {Role::therapist, "Thanks. Tell me what happens on a normal Monday."},
      {Role::client, "I get up early. I'm tired."},
  });
  CHECK(described(t, 1) == Strings{"sensation legs 'knees feel weak' hyp", "emotion anxiety 'nervous' hyp"});
  CHECK(described(t, 3) == Strings{"sensation unspecified 'tired'"});
}

TEST_CASE("'actually' inside a clause stresses the narration of a scene", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Imagine it's next summer and the course is over. What's happening?"},
      {Role::client, "I'm on the beach, actually reading a book. I'm relaxed. Actually, right now I feel tense."},
  });
  CHECK(described(t, 1) == Strings{"emotion calm 'relaxed' hyp", "emotion anxiety 'tense'"});
}

TEST_CASE("the other speaker keeps a narrated scene going or asks for more of it", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Picture the exam hall. You turn the paper over. What's happening?"},
      {Role::client, "I'm reading the first question. I'm panicking."},
      {Role::therapist, "Stay with it. You pick up the pen. What else?"},
      {Role::client, "My hands are sweating. I'm a bit calmer."},
      {Role::therapist, "Stay there. Could you notice the panic and keep writing?"},
      {Role::client, "Yes. I'm writing. I feel steadier."},
      {Role::therapist, "Good. How do you feel now, sitting here?"},
      {Role::client, "Tired, honestly."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'panicking' hyp"});
  CHECK(described(t, 3) == Strings{"sensation hands 'hands are sweating' hyp", "emotion calm 'calmer' hyp"});
  CHECK(described(t, 4) == Strings{"emotion anxiety 'panic' hyp question echo"});
  CHECK(described(t, 5) == Strings{"emotion calm 'steadier' hyp"});
  CHECK(described(t, 7) == Strings{"sensation unspecified 'Tired'"});
}

TEST_CASE("words set off after 'd say are said to someone, not a hedge", "[mentions][hypothetical]") {
  check_turns(
      {
          {"My brother? He'd say, look, everyone's nervous before a wedding.", {"emotion anxiety 'nervous' hyp"}},
          {"I'd say, love, you're worn out, go home.", {"sensation unspecified 'worn out' hyp"}},
          // a hedge
          {"I'd say I'm anxious most days.", {"emotion anxiety 'anxious'"}},
      },
      Role::client);
}

TEST_CASE("a state called normal over a time to come is reassurance", "[mentions][hypothetical]") {
  check_turns(
      {
          {"It's normal to feel shaky for a few days after the operation.", {"sensation unspecified 'shaky' hyp"}},
          {"It's common to feel irritable the first few weeks off nicotine.", {"emotion anger 'irritable' hyp"}},
          // validating a state felt now
          {"It's normal to feel sad about that.", {"emotion sadness 'sad'"}},
      },
      Role::therapist);
}


TEST_CASE("dialect and fatigue words by what they mean", "[mentions][lexicon]") {
  // tests/eval/README.md, settled before round six, 20; Scots and Australian words
  check_turns(
      {
          {"I'm that scunnered with the landlord.", {"emotion frustration 'scunnered'"}},
          {"He's no feart of anything, that one.", {"emotion fear 'feart' neg"}},
          {"I was bricking it before the interview.", {"emotion fear 'bricking it'"}},
          {"She was ropeable when she saw the bill.", {"emotion anger 'ropeable'"}},
          {"I get ratty when I skip lunch.", {"emotion anger 'ratty'"}},
          {"I feel groggy and headachy most mornings.",
           {"sensation unspecified 'groggy'", "sensation head 'headachy'"}},
          {"Honestly, I'm wrecked after the night shift.", {"sensation unspecified 'wrecked'"}},
          {"The car was wrecked.", {}},
          {"My heid is pounding.", {"sensation head 'heid is pounding'"}},
          {"There's a cramp in my calf.", {"sensation legs 'cramp in my calf'"}},
      },
      Role::client);
}

TEST_CASE("an occasion joined by 'and' is planned for with the one before it", "[mentions][hypothetical][mood]") {
  check_turns(
      {
          {"When the next review comes round, and you feel the dread again, what could you try?",
           {"emotion anxiety 'dread' hyp question"}},
          // a habit
          {"When the review comes round, and I always feel the dread, I go quiet.", {"emotion anxiety 'dread'"}},
      },
      Role::therapist);
}

TEST_CASE("what is noticed while imagining is reported", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Picture the waiting room. What do you notice as you picture it?"},
      {Role::client, "A tightness in my throat."},
  });
  CHECK(described(t, 1) == Strings{"sensation throat 'tightness in my throat'"});
}

TEST_CASE("a degree word before a feel-only word in a verbless answer", "[mentions][lexicon]") {
  // tests/eval/README.md, settled before round six, 19: "not so", "no so" hedge, they do not deny
  check_turns(
      {
          {"Less alone.", {"emotion loneliness 'alone'"}},
          {"Calmer, and not so alone with it.", {"emotion calm 'Calmer'", "emotion loneliness 'alone'"}},
          {"No so alone now.", {"emotion loneliness 'alone'"}},
          // a place, not a feeling
          {"I live alone.", {}},
      },
      Role::client);
}

TEST_CASE("a scene goes on through a short verbless feeling and a verbless reflection", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Imagine you've finished the marathon. What's happening?"},
      {Role::client, "I'm crossing the line. Totally wrecked. There's no pain in my legs, though."},
      {Role::therapist, "No pain in your legs. Totally wrecked."},
      {Role::client, "Yeah."},
  });
  CHECK(described(t, 1) ==
        Strings{"sensation unspecified 'wrecked' hyp", "sensation legs 'pain in my legs' neg hyp"});
  CHECK(described(t, 2) ==
        Strings{"sensation legs 'pain in your legs' neg hyp echo", "sensation unspecified 'wrecked' hyp echo"});
}

TEST_CASE("Scots negations by what they mean", "[mentions][negation][lexicon]") {
  check_turns(
      {
          {"I wasnae even nervous going in.", {"emotion anxiety 'nervous' neg"}},
          {"I cannae feel my hands.", {"sensation hands 'cannae feel my hands'"}},
          // settled before round six, 19: hedged intensity
          {"My neck isnae as stiff today.", {"sensation neck 'neck isnae as stiff'"}},
      },
      Role::client);
}

TEST_CASE("a verbless fragment keeps the modal past a complement after its feeling", "[mentions][hypothetical]") {
  check_turns(
      {
          {"I'd be nervous at the start. Then probably okay. And maybe a bit proud that I went.",
           {"emotion anxiety 'nervous' hyp", "emotion pride 'proud' hyp"}},
          {"I went to the party. And a bit proud that I went.", {"emotion pride 'proud'"}},
      },
      Role::client);
}

TEST_CASE("a wish is no habit, an aim is a wish, a plan item precedes an instruction", "[mentions][hypothetical][mood]") {
  check_turns(
      {
          // settled before round six, 15: the negation belongs to the aim
          {"The aim isn't to feel relaxed before the exam.", {"emotion calm 'relaxed' hyp"}},
          {"The goal is to feel steady on the day.", {"emotion calm 'steady' hyp"}},
          {"For this week: the walk each morning, and notice whether there's any stiffness in your back.",
           {"sensation back 'stiffness in your back' hyp"}},
          // a habit in the past
          {"I'd feel sick every time he called.", {"sensation stomach 'sick'"}},
      },
      Role::therapist);
  // "hope" after the modal is counted as the emotion, as before (the guideline does not say)
  check_turns({{"I'd hope not to be so jumpy every time the door goes.",
                {"emotion hope 'hope' hyp", "emotion anxiety 'jumpy' neg hyp"}}},
              Role::client);
}

TEST_CASE("a state awaited 'until you' feel it, and a person wished not to be worrying", "[mentions][hypothetical]") {
  check_turns(
      {
          {"Read something dull until you feel drowsy, then go back to bed.",
           {"sensation unspecified 'drowsy' hyp"}},
          {"I stayed up until I felt sleepy.", {"sensation unspecified 'sleepy'"}},
      },
      Role::therapist);
  check_turns(
      {
          {"I don't want him worrying. He's got enough on.", {"emotion anxiety 'worrying' hyp"}},
          {"I don't want her panicking on the way home.", {"emotion anxiety 'panicking' hyp"}},
      },
      Role::client);
}

TEST_CASE("'mad' is anger when said of a person, not when it means crazy", "[mentions][lexicon]") {
  check_turns(
      {
          {"I was so mad at him.", {"emotion anger 'mad at'"}},
          {"She's mad, honestly.", {"emotion anger 'mad'"}},
          {"Which is mad, he's fine.", {}},
          {"That's the mad thing about it.", {}},
          {"I couldn't get a breath on the stairs.", {"sensation breath 'couldn't get a breath'"}},
      },
      Role::client);
}
