// Round seven: sensation words and body-part linking that carry to a new
// writer, scenes handed over by a question, and dialect emotion words
// (tests/eval/README.md, "round seven"). Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("fatigue, pain and swelling in everyday words", "[mentions][lexicon]") {
  check_turns(
      {
          {"Tired. Always tired.", {"sensation unspecified 'Tired'"}},  // one description (round thirty-two)
          {"I come off the ward wore out.", {"sensation unspecified 'wore out'"}},
          {"It's a tired old excuse, tired of hearing it.", {"sensation unspecified 'tired'", "emotion frustration 'tired of'"}},
          {"My knees have been killing me all week.", {"sensation legs 'knees have been killing me'"}},
          {"By evening my head is banging.", {"sensation head 'head is banging'"}},
          {"My ankles are swollen and my eyes are puffy.",
           {"sensation feet 'ankles are swollen'", "sensation eyes 'eyes are puffy'"}},
          {"I felt my throat closing.", {"sensation throat 'throat closing'"}},
          {"My back is like a board in the mornings.", {"sensation back 'back is like a board'"}},
          {"There's a knotting in my belly.", {"sensation stomach 'knotting in my belly'"}},
          {"My heart was going like a train.", {"sensation heart 'heart was going like a train'"}},
          {"My heart goes out to her.", {}},
          {"Then my shoulders are lower.", {"sensation shoulders 'shoulders are lower'"}},
      },
      Role::client);
}

TEST_CASE("a body part set off by a comma is the place of the clause after it", "[mentions][linking]") {
  check_turns(
      {
          {"And my back, it's stiff as anything.", {"sensation back 'back, it's stiff'"}},
          {"Knees, very shaky.", {"sensation legs 'Knees, very shaky'"}},
          {"The stomach, it is churning.", {"sensation stomach 'stomach, it is churning'"}},
          // a list: the body part already has its own quality
          {"A stiff neck, headaches, the lot.", {"sensation neck 'stiff neck'", "sensation head 'headaches'"}},
      },
      Role::client);
}

TEST_CASE("a quality inside a simile is the compared thing's", "[mentions][linking]") {
  check_turns(
      {
          {"My hands tremble. It's like a washing machine going.", {"sensation hands 'hands tremble'"}},
      },
      Role::client);
}

TEST_CASE("a question about feeling at the end of a running scene hands it over", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Let's imagine the appointment goes well. You walk out into the car park. How do you feel?"},
      {Role::client, "Relieved. Proud of myself."},
      {Role::therapist, "Imagine it's Saturday and the house is quiet. What's it like?"},
      {Role::client, "I'm on the sofa. I'm calm."},
      // asked about the room
      {Role::therapist, "Good. How do you feel now, here?"},
      {Role::client, "Calm."},
  });
  CHECK(described(t, 1) == Strings{"emotion relief 'Relieved' hyp", "emotion pride 'Proud' hyp"});
  CHECK(described(t, 3) == Strings{"emotion calm 'calm' hyp"});
  CHECK(described(t, 5) == Strings{"emotion calm 'Calm'"});
}

TEST_CASE("a question that invites the listener to imagine hands over a narrated answer", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "When you imagine walking into the exam hall, what do you notice?"},
      {Role::client, "Okay um. I'm walking in and everyone looks up. My legs are shaking."},
      {Role::therapist, "When you picture the phone call, what comes up?"},
      {Role::client, "The kitchen. I'm holding the phone and my stomach drops."},
      // a feeling named straight away is felt now while imagining (settled before round four)
      {Role::therapist, "When you picture the phone call, what comes up?"},
      {Role::client, "Dread."},
  });
  CHECK(described(t, 1) == Strings{"sensation legs 'legs are shaking' hyp"});
  CHECK(described(t, 3) == Strings{"sensation stomach 'stomach drops' hyp"});
  CHECK(described(t, 5) == Strings{"emotion anxiety 'Dread'"});
}

TEST_CASE("'like' and a subject answering a hypothetical question is the imagined state", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::therapist, "How would you like to feel when the party's over?"},
      {Role::client, "Like I had fun. Tired from laughing."},
      {Role::therapist, "What would you tell her?"},
      {Role::client, "Like I said, I was furious."},
  });
  CHECK(described(t, 1) == Strings{"sensation unspecified 'Tired' hyp"});
  CHECK(described(t, 3) == Strings{"emotion anger 'furious'"});
}

TEST_CASE("dialect and plain emotion words by what they mean", "[mentions][lexicon]") {
  // tests/eval/README.md, heldout7 question 9
  check_turns(
      {
          {"I was gatvol with the lot of them.", {"emotion frustration 'gatvol'"}},
          {"He was tamping when the bus didn't come.", {"emotion anger 'tamping'"}},
          {"I'd feel disloyal moving on so soon.", {"emotion guilt 'disloyal' hyp"}},
          {"Evenings are lonelier now.", {"emotion loneliness 'lonelier'"}},
          {"It pains me to see him like that.", {"emotion sadness 'pains me'"}},
          {"After touching the bin I feel dirty all over.", {"emotion disgust 'dirty'"}},
      },
      Role::client);
}

TEST_CASE("'don't worry' after a comma is a prohibition, not a denial", "[mentions][hypothetical]") {
  // tests/eval/README.md, settled before round five, 4
  check_turns(
      {
          {"I'm managing, don't worry.", {"emotion anxiety 'worry' hyp"}},
          {"It's only a scan, don't be scared.", {"emotion fear 'scared' hyp"}},
          // a report with its subject left out
          {"I'm all right, don't feel scared at all.", {"emotion fear 'scared' neg"}},
      },
      Role::client);
}

TEST_CASE("a negated doing ends at its comma", "[mentions][negation]") {
  check_turns(
      {
          {"You're not sleeping, knot in the stomach, not eating.", {"sensation stomach 'knot in the stomach'"}},
          // a denied feeling goes on through the list
          {"I'm not feeling anxious, tense or low.",
           {"emotion anxiety 'anxious' neg", "emotion anxiety 'tense' neg", "emotion sadness 'low' neg"}},
      },
      Role::client);
}

TEST_CASE("a body part and its quality past an adverb or a verb of change", "[mentions][linking]") {
  check_turns(
      {
          {"My whole body just locks up, and my legs really shake.",
           {"sensation whole_body 'whole body just locks up'", "sensation legs 'legs really shake'"}},
          {"I'm breathing really fast.", {"sensation breath 'breathing really fast'"}},
          {"A burning started in my feet.", {"sensation feet 'burning started in my feet'"}},
      },
      Role::client);
}

TEST_CASE("a migraine is a condition: its pain is the sensation", "[mentions][lexicon]") {
  check_turns(
      {
          {"I know it's the migraine, they don't.", {}},
          {"With a migraine the pain sits behind my eye.", {"sensation eyes 'pain sits behind my eye'"}},
          {"The headache came back.", {"sensation head 'headache'"}},
      },
      Role::client);
}

TEST_CASE("a fragment opening with a feel-only word goes on with the feel verb before it", "[mentions][lexicon]") {
  check_turns(
      {
          {"I felt so ashamed. And stupid, honestly.",
           {"emotion shame 'ashamed'", "emotion shame 'stupid'"}},
          // nothing was felt in the sentence before ("Stupid." alone is a self-judgement,
          // shame by case 225: round twenty-nine)
          {"He said it was a test. Small.", {}},
      },
      Role::client);
}

TEST_CASE("a feel-only word answering a question about feeling is felt", "[mentions][lexicon]") {
  auto t = find_mentions({
      {Role::therapist, "How are you feeling now, after the walk?"},
      {Role::client, "Better. Less wound up."},
      {Role::therapist, "Did the bus come on time?"},
      {Role::client, "Better. Only five minutes late."},
  });
  CHECK(described(t, 1) == Strings{"emotion relief 'Better'", "emotion anxiety 'wound up'"});
  CHECK(described(t, 3) == Strings{});
}

TEST_CASE("a kind of tired named after a tired is one description", "[mentions][lexicon]") {
  // tests/eval/README.md, heldout7 question 7
  check_turns(
      {
          {"I'm still tired, but it's a different tired.", {"sensation unspecified 'tired'"}},
      },
      Role::client);
  auto t = find_mentions({
      {Role::therapist, "You said the ache felt sharp?"},
      {Role::client, "Better. No ache today."},
  });
  CHECK(described(t, 1) == Strings{"sensation unspecified 'ache' neg"});
}

TEST_CASE("a verbless reflection of reported feelings stays reported after an imagined one", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "I'm proud of her. And I'm scared for her. If it fell through she'd be crushed."},
      {Role::therapist, "Proud and scared at once."},
      {Role::client, "If it fell through I'd be so angry."},
      {Role::therapist, "Angry."},
  });
  CHECK(described(t, 1) == Strings{"emotion pride 'Proud' echo", "emotion fear 'scared' echo"});
  CHECK(described(t, 3) == Strings{"emotion anger 'Angry' hyp echo"});
}
