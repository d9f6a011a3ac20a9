// Round nine: rules that read the discourse, not one sentence: an imagined
// scene carried across sentences and turns until something closes it, and a
// body part named a clause or sentence before its quality. Sentences written
// for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a pause inside a scene neither narrates it nor closes it", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Imagine the year where you stop. No more treatment. Take a second. What do you see?"},
      {Role::client, "It's spring. No injections. But then I see us at the party and I'm heartbroken."},
      {Role::therapist, "Imagine the year where you stop. Take your time. Okay. How do you feel now?"},
      {Role::client, "Sad."},
  });
  CHECK(described(t, 1) == Strings{"emotion sadness 'heartbroken' hyp"});
  // "Okay." steps out, and the question asks about now
  CHECK(described(t, 3) == Strings{"emotion sadness 'Sad'"});
}

TEST_CASE("a short question calling on the listener hands a running scene over", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Now, and this is the harder one, imagine the next round. Sam?"},
      {Role::client, "Yeah. I'm at the clinic, and I'm excited, actually, a bit. Then I'm terrified the whole two weeks."},
      {Role::therapist, "Picture the wedding. Jordan, your version?"},
      {Role::client, "I'm at the back of the room and my stomach is churning."},
      // "And right now?" asks about the room
      {Role::therapist, "Picture the wedding. And right now?"},
      {Role::client, "I'm nervous."},
  });
  CHECK(described(t, 1) == Strings{"emotion joy 'excited' hyp", "emotion fear 'terrified' hyp"});
  CHECK(described(t, 3) == Strings{"sensation stomach 'stomach is churning' hyp"});
  CHECK(described(t, 5) == Strings{"emotion anxiety 'nervous'"});
}

TEST_CASE("a question that opens a scene and one that asks for it hand it over", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Can you picture little Mia in the cupboard? What's she feeling in there?"},
      // the feeling of someone in the scene is imagined, though named straight away
      {Role::client, "She's terrified. Her legs are cramping."},
      {Role::therapist, "Can you picture the meeting? What comes up?"},
      // the listener's own feeling named straight away is felt now while imagining (settled)
      {Role::client, "Dread."},
  });
  CHECK(described(t, 1) == Strings{"emotion fear 'terrified' hyp", "sensation legs 'legs are cramping' hyp"});
  CHECK(described(t, 3) == Strings{"emotion anxiety 'Dread'"});
}

TEST_CASE("a body part named before its quality, a clause or sentence earlier", "[mentions][linking]") {
  check_turns(
      {
          // a dash or colon after the body part, then the quality
          {"It's the back of my neck \xE2\x80\x94 really tight.", {"sensation neck 'back of my neck \xE2\x80\x94 really tight'"}},
          {"My legs: heavy, like lead.", {"sensation legs 'legs: heavy'"}},
          // a sentence that only names the body part (a topic), then the quality
          {"My hands? Cold.", {"sensation hands 'hands? Cold'"}},
          {"And my jaw. Clenched.", {"sensation jaw 'jaw. Clenched'"}},
          // the sentence before says more than the body part: no topic
          {"I hurt my back. Tired, mostly.", {"sensation back 'hurt my back'", "sensation unspecified 'Tired'"}},
          // the subject right before the verb, past a fronted time or a verb of knowing
          {"My knees are bad. Some mornings they're so stiff I can hardly walk.",
           {"sensation legs 'they're so stiff'"}},
          {"My shoulders came down. I didn't know they were tight.",
           {"sensation shoulders 'shoulders came down'", "sensation shoulders 'they were tight'"}},
          // "there" after the quality points to the body part just named
          {"It spreads up into my throat. There's a tightness there.", {"sensation throat 'tightness there'"}},
          {"My throat is fine. No tightness there today.", {"sensation throat 'tightness there' neg"}},
      },
      Role::client);
}

TEST_CASE("'they' opening an answer is the body part the turn before named", "[mentions][linking]") {
  auto t = find_mentions({
      {Role::therapist, "Can you notice your shoulders right now, while we talk?"},
      {Role::client, "They're tight. Didn't know that."},
      {Role::therapist, "Can you find the hands again?"},
      {Role::client, "Yeah. They're still warm."},
      // the answer names its own body part first
      {Role::therapist, "Can you notice your shoulders?"},
      {Role::client, "My feet are cold. They're numb too."},
  });
  CHECK(described(t, 1) == Strings{"sensation shoulders 'They're tight'"});
  CHECK(described(t, 3) == Strings{"sensation hands 'They're still warm'"});
  CHECK(described(t, 5) == Strings{"sensation feet 'feet are cold'", "sensation feet 'They're numb'"});
}

TEST_CASE("'going' is a heart's sensation only with a heart", "[mentions][linking]") {
  check_turns(
      {
          {"ok. going now", {}},
          {"Still going.", {}},
          {"My heart is going.", {"sensation heart 'heart is going'"}},
          {"Heart going like mad.", {"sensation heart 'Heart going'"}},
      },
      Role::client);
}

TEST_CASE("a scene kept by 'Stay with it' is handed over by 'What's she doing?'", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Picture Saturday lunch. What's happening?"},
      {Role::client, "Okay. She puts the plate down and my heart's going."},
      {Role::therapist, "Stay with it. You're at the table, the plate's down. What's Mum doing?"},
      // a sentence opening with "which" comments on the narration and goes on with it
      {Role::client, "She's sitting next to me. Which is actually better. I'm still anxious but not angry."},
  });
  CHECK(described(t, 1) == Strings{"sensation heart 'heart's going' hyp"});
  CHECK(described(t, 3) == Strings{"emotion anxiety 'anxious' hyp", "emotion anger 'angry' neg hyp"});
}

TEST_CASE("a summary opening with 'so' names the feelings the other speaker only imagined", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "She'd send it to my mom. And then I'd feel so ashamed. And alone."},
      {Role::therapist, "So sending it buys you a moment, and then shame and loneliness for the week."},
      {Role::client, "I'd feel so ashamed."},
      // a word of the past steps out: the summary is about what was felt
      {Role::therapist, "So there was shame last time too."},
  });
  CHECK(described(t, 1) == Strings{"emotion shame 'shame' hyp", "emotion loneliness 'loneliness' hyp"});
  CHECK(described(t, 3) == Strings{"emotion shame 'shame'"});
}

TEST_CASE("a turn asking for the narration and ending with the listener in the scene hands it over", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Talk me through it as if it's Saturday already. You pull into the lot."},
      // "already" before a feeling is the scene's time; a verb with its subject left out narrates on
      {Role::client, "Okay. I pull in, so I'm already irritated. Walk to the bleachers, back's stiff from the drive."},
      {Role::therapist, "Stay with the fifth inning. What else is going on in you?"},
      {Role::client, "Embarrassed, I guess."},
      // no request to narrate: a statement about the listener is about now
      {Role::therapist, "You pull into the lot every week."},
      {Role::client, "I'm already irritated."},
  });
  CHECK(described(t, 1) == Strings{"emotion anger 'irritated' hyp", "sensation back 'back's stiff' hyp"});
  CHECK(described(t, 3) == Strings{"emotion embarrassment 'Embarrassed' hyp"});
  CHECK(described(t, 5) == Strings{"emotion anger 'irritated'"});
}

TEST_CASE("a place goes on in a second phrase, and 'it' repeats a description a few sentences back", "[mentions][linking]") {
  check_turns(
      {
          {"A loosening right across my chest and into my belly.",
           {"sensation chest 'loosening right across my chest'",
            "sensation stomach 'loosening right across my chest and into my belly'"}},
          {"My head's pounding. No. Not in a good way. It's just pounding.",
           {"sensation head 'head's pounding'", "sensation head 'It's just pounding'"}},
          // "it" with another quality still needs the sentence just before
          {"My head's pounding. No. Not in a good way. It's just throbbing.",
           {"sensation head 'head's pounding'", "sensation unspecified 'throbbing'"}},
      },
      Role::client);
}

TEST_CASE("the body part that is the subject of the quality's verb is its place", "[mentions][linking]") {
  check_turns(
      {
          {"My hands feel heavy on my thighs.", {"sensation hands 'hands feel heavy'"}},
          {"Your hands are clammy on your knees.", {"sensation hands 'hands are clammy'"}},
          // no body part as the subject: the prepositional phrase places it
          {"It feels heavy on my chest.", {"sensation chest 'heavy on my chest'"}},
          // an aside after a comma goes on placing it (and the skin, its subject, is a place
          // too: round twenty-eight, as heldout7 annotates it)
          {"My skin is crawling, all up the arm.",
           {"sensation skin 'skin is crawling'", "sensation arms 'crawling, all up the arm'"}},
      },
      Role::client);
}

TEST_CASE("a scene left open goes on when its narrator resumes it after a comment", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Imagine it's the morning of the flight. You wake up before the alarm."},
      {Role::client, "Yeah. That's exactly what will happen."},
      {Role::therapist, "You get dressed. The taxi arrives. Your hands are clammy on your knees."},
      {Role::client, "I can see it."},
      // a reflection of a feeling resumes nothing
      {Role::therapist, "You feel calmer. That's good."},
  });
  CHECK(described(t, 2) == Strings{"sensation hands 'hands are clammy' hyp"});
  CHECK(described(t, 4) == Strings{"emotion calm 'calmer'"});
}

TEST_CASE("'calm' of a body part is a sensation", "[mentions][lexicon]") {
  check_turns(
      {
          {"Your tummy is calm and settled.", {"sensation stomach 'tummy is calm and settled'"}},
          {"I feel calm.", {"emotion calm 'calm'"}},
          // not of a back, which is mostly the adverb ("I come back calmer")
          {"I come back calmer.", {"emotion calm 'calmer'"}},
      },
      Role::client);
}
