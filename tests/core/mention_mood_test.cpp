// Round five: the mood of a clause read from its verb group and its place in
// the sentence and the dialogue (tests/eval/README.md, "round five"), rather
// than from more cue words: prohibitions, imperatives after a fronted
// adverbial, predicates that share a modal, "what if" over its sentence,
// occasions planned for, verbless fragments, complements and appendices.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a prohibition keeps the state unreal, it does not deny it", "[mentions][hypothetical][mood]") {
  check_turns(
      {
          {"Don't be scared of it, it's just adrenaline.", {"emotion fear 'scared' hyp"}},
          {"Please don't be frightened if your fingers tingle.",
           {"emotion fear 'frightened' hyp", "sensation hands 'fingers tingle' hyp"}},
          {"Leo, don't be frightened of the alarm.", {"emotion fear 'frightened' hyp"}},
          {"Don't worry.", {"emotion anxiety 'worry' hyp"}},
          // a subject, or a question: not a prohibition
          {"I don't get scared at night.", {"emotion fear 'scared' neg"}},
          {"Don't you feel angry?", {"emotion anger 'angry' neg question"}},
      },
      Role::therapist);
}

TEST_CASE("an imperative may follow a fronted adverbial", "[mentions][hypothetical][mood]") {
  check_turns(
      {
          {"As you go, notice any tightness, and just name it.", {"sensation unspecified 'tightness' hyp"}},
          {"Each evening, notice whether the headache comes.", {"sensation head 'headache' hyp"}},
          {"As I went, I noticed some tightness.", {"sensation unspecified 'tightness'"}},
      },
      Role::therapist);
}

TEST_CASE("a predicate joined with no subject of its own shares the modal", "[mentions][hypothetical][mood]") {
  check_turns(
      {
          {"You might feel good on a Saturday, do some laundry, then spend Monday paying for it in pain.",
           {"emotion joy 'good' hyp", "sensation unspecified 'pain' hyp"}},
          {"You might expect to feel wonderful straight away, and instead feel a bit flat.",
           {"emotion joy 'wonderful' hyp", "emotion sadness 'flat' hyp"}},
          // a new subject, or a relative clause, is a clause of its own
          {"I would go to the party, which makes me anxious.", {"emotion anxiety 'anxious'"}},
          {"I might go, and then I felt sick.", {"sensation stomach 'sick'"}},
      },
      Role::client);
}

TEST_CASE("what if imagines its whole sentence", "[mentions][hypothetical][mood]") {
  check_turns(
      {
          {"What if I wake up and Mum's not there, and I get scared, and I can't breathe?",
           {"emotion fear 'scared' hyp question", "sensation breath 'can't breathe' hyp question"}},
      },
      Role::client);
}

TEST_CASE("a condition ends with its sentence", "[mentions][hypothetical][mood]") {
  check_turns(
      {
          {"He'll be so proud if he does it. And I'm exhausted.",
           {"emotion pride 'proud' hyp", "sensation unspecified 'exhausted'"}},
      },
      Role::client);
}

TEST_CASE("an occasion a plan or a modal is for has not come yet", "[mentions][hypothetical][mood]") {
  check_turns(
      {
          {"When the frustration spikes, try naming it out loud.", {"emotion frustration 'frustration' hyp"}},
          {"Next time the anger comes up, it might be worth noticing where you feel it.",
           {"emotion anger 'anger' hyp"}},
          // a habit, the past, or a main clause that reports
          {"When you come out furious, I just shut down.",
           {"emotion anger 'furious'", "emotion numbness 'shut down'"}},
          {"When I was anxious, I'll admit it, I hid.", {"emotion anxiety 'anxious'"}},
      },
      Role::client);
}

TEST_CASE("a state that is itself the verb wished for is wished", "[mentions][hypothetical][mood]") {
  check_turns(
      {
          {"I didn't want you to worry.", {"emotion anxiety 'worry' hyp"}},
          {"I want you to worry less about me.", {"emotion anxiety 'worry' hyp"}},
      },
      Role::client);
}

TEST_CASE("verbless fragments keep the mood of what they continue", "[mentions][hypothetical][mood]") {
  check_turns(
      {
          {"I'd be sad. Course I would. But a nice sort of sad, not the evening sort.",
           {"emotion sadness 'sad' hyp", "emotion sadness 'sad' hyp"}},
          {"I'd be scared, but the fun kind of scared.", {"emotion fear 'scared' hyp", "emotion fear 'scared' hyp"}},
          // a loose fragment continues an imagined feeling, not any modal
          {"I'll go. Um, knackered.", {"sensation unspecified 'knackered'"}},
          // a pronoun or an opener: a clause, not a fragment
          {"She might leave. That scares me.", {"emotion fear 'scares'"}},
      },
      Role::client);
}

TEST_CASE("a complement of an imagined feeling is imagined", "[mentions][hypothetical][mood]") {
  auto t = find_mentions({
      {Role::therapist, "Looking back at these years, what would you want to feel?"},
      {Role::client, "proud I guess. that I didn't give up on the stuff that matters. and less angry at myself"},
      {Role::therapist, "Proud, and less angry at yourself."},
  });
  CHECK(described(t, 1) == Strings{"emotion pride 'proud' hyp", "emotion anger 'angry' hyp"});
  CHECK(described(t, 2) == Strings{"emotion pride 'Proud' hyp echo", "emotion anger 'angry' hyp echo"});
}

TEST_CASE("a verbless addition after a question goes on asking it", "[mentions][hypothetical][mood]") {
  auto t = find_mentions({
      {Role::therapist, "How would you feel if you came home on Friday and you'd done it? The whole trip."},
      {Role::client, "Happy. And like a superhero."},
      {Role::therapist, "How do you feel now? The whole thing."},
      {Role::client, "Happy."},
  });
  CHECK(described(t, 1) == Strings{"emotion joy 'Happy' hyp"});
  CHECK(described(t, 3) == Strings{"emotion joy 'Happy'"});
}

TEST_CASE("a scene's narration may be verbless, name its listener, or compare", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist,
       "Tolu, picture it. You're at the counter and the guy says, what can I get you. What's going on for you?"},
      {Role::client,
       "Okay. Uh. I'm looking at the menu like I've never seen it before. My chest is all tight. And then I "
       "just say it. Quarter chicken, medium, chips. And I'm relieved."},
      {Role::therapist, "Okay, step out of it. How are you right now?"},
      {Role::client, "Relieved."},
  });
  CHECK(described(t, 1) == Strings{"sensation chest 'chest is all tight' hyp", "emotion relief 'relieved' hyp"});
  CHECK(described(t, 3) == Strings{"emotion relief 'Relieved'"});
}

TEST_CASE("what the speaker would tell someone they are is reported", "[mentions][hypothetical][mood][speech]") {
  check_turns(
      {
          {"I'd tell him I'm furious he didn't go to the doctor.", {"emotion anger 'furious'"}},
          // imagined words that are themselves imagined stay so (settled before round five, 5)
          {"I'd tell her I'd be lost without her.", {"emotion confusion 'lost' hyp"}},
          {"She'd probably tell me, of course you're exhausted.", {"sensation unspecified 'exhausted' hyp"}},
      },
      Role::client);
}

TEST_CASE("words said under a condition are imagined", "[mentions][hypothetical][mood][speech]") {
  check_turns(
      {
          {"And if instead you walked in and said, 'I got another no and I feel like a failure,' what then?",
           {"emotion shame 'like a failure' hyp question"}},
          {"If he said: I'm furious, what would you do?", {"emotion anger 'furious' hyp question"}},
          {"He said, I'm furious.", {"emotion anger 'furious'"}},
      },
      Role::therapist);
}

TEST_CASE("a verbless consequence after a condition is imagined", "[mentions][hypothetical][mood]") {
  check_turns(
      {
          {"If he blanks me I'll be gutted. But if he says hi back, massive relief.",
           {"emotion sadness 'gutted' hyp", "emotion relief 'relief' hyp"}},
          // a clause with a subject after the condition reports (a habit)
          {"If I let it sit, my chest loosens.", {"sensation chest 'chest loosens'"}},
      },
      Role::client);
}

TEST_CASE("a feeling a question fronts is under the question's modal", "[mentions][hypothetical][mood]") {
  check_turns(
      {
          {"And how nervous do you expect to feel, walking in?", {"emotion anxiety 'nervous' hyp question"}},
          {"How angry will she be?", {"emotion anger 'angry' hyp question"}},
          {"How nervous were you?", {"emotion anxiety 'nervous' question"}},
      },
      Role::therapist);
}

TEST_CASE("a possibility offered to the listener is hypothetical", "[mentions][hypothetical][mood]") {
  check_turns(
      {
          // settled before round five, 8
          {"You could notice the pressure of the seatbelt across your chest.",
           {"sensation chest 'pressure of the seatbelt across your chest' hyp"}},
          {"Some people notice a clenched jaw.", {"sensation jaw 'clenched jaw' hyp"}},
          {"A lot of people feel anger after a loss.", {"emotion anger 'anger'"}},
          {"I could feel my heart pounding.", {"sensation heart 'heart pounding'"}},
      },
      Role::therapist);
}

TEST_CASE("bringing a place to mind opens a scene", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Bring it to mind. What do you see?"},
      {Role::client, "There is the apple tree, and a bench. The sun is warm on my face."},
      {Role::therapist, "And as you're there, what do you feel?"},
      {Role::client, "Happy. Calm."},
  });
  CHECK(described(t, 1) == Strings{"sensation face 'warm on my face' hyp"});
  CHECK(described(t, 3) == Strings{"emotion joy 'Happy'", "emotion calm 'Calm'"});
}

TEST_CASE("a term of address is not a feeling", "[mentions][emotion]") {
  check_turns(
      {
          {"Oh, up and down, love. Up and down.", {}},
          {"Love, I don't know what to tell you.", {}},
          {"I love her, honestly.", {"emotion love 'love'"}},
          {"It's love, I think.", {"emotion love 'love'"}},
      },
      Role::client);
}

TEST_CASE("stopping before a state does not deny it", "[mentions][negation]") {
  check_turns(
      {
          {"Pacing means stopping before the pain spikes.", {"sensation unspecified 'pain'"}},
          {"The pain stopped before I got home.", {"sensation unspecified 'pain' neg"}},
      },
      Role::therapist);
}

TEST_CASE("a feeling said of a person is no subject of the modal after it", "[mentions][hypothetical][mood]") {
  check_turns(
      {
          {"Walk me through what you're worried will happen.", {"emotion anxiety 'worried'"}},
          {"The fear would settle after a while.", {"emotion fear 'fear' hyp"}},
      },
      Role::therapist);
}

TEST_CASE("dialect and slang by what they mean", "[mentions][lexicon]") {
  // tests/eval/README.md, settled before round five, 11
  check_turns(
      {
          {"In the body, my head is paining by evening.", {"sensation head 'head is paining'"}},
          {"Maya liked it and I was hyped.", {"emotion joy 'hyped'"}},
          {"I'm not embarrassed any more, just salty that he was rude.",
           {"emotion embarrassment 'embarrassed' neg", "emotion anger 'salty'"}},
          {"The chips were salty.", {}},
      },
      Role::client);
}

TEST_CASE("a wish reaches its apposition and the fragment after it", "[mentions][hypothetical][desire]") {
  check_turns(
      {
          {"I don't want to be sat in the house on my own all day, miserable.", {"emotion sadness 'miserable' hyp"}},
          {"I lowkey wish I could just feel normal about exams. Like chill.", {"emotion calm 'chill' hyp"}},
          {"I tell you what to expect, so that you are not worried when it happens.",
           {"emotion anxiety 'worried' neg hyp"}},
          // "so that's": a consequence, not a purpose
          {"So that's why I'm worried.", {"emotion anxiety 'worried'"}},
      },
      Role::client);
}

TEST_CASE("a short narration question hands over a scene it sets", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Now the harder one. Sunil says, your team missed the deadline. You're on the call. What's happening?"},
      {Role::client, "I am looking at the screen. I am sweating. My stomach is turning."},
      {Role::therapist, "You're doing beautifully. As you breathe out, what happens to the band?"},
      {Role::client, "It loosens. I feel calmer."},
  });
  CHECK(described(t, 1) == Strings{"sensation unspecified 'sweating' hyp", "sensation stomach 'stomach is turning' hyp"});
  CHECK(described(t, 3) == Strings{"emotion calm 'calmer'"});
}
