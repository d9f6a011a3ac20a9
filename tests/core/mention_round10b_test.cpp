// Round ten (b): sensations placed in the right region and emotion and
// sensation vocabulary, from the misses of heldout9 and heldout10 and the
// splits before them. Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("shoulders held up are tense and a preposition that is a quality leads to its place", "[mentions][linking]") {
  check_turns({
      {"When I get in there my shoulders come up.", {"sensation shoulders 'shoulders come up'"}},
      {"My shoulders were up round my ears all day.", {"sensation shoulders 'shoulders were up round my ears'"}},
      {"Her shoulders are up to her ears.", {"sensation shoulders 'shoulders are up to her ears'"}},
      {"And my shoulders are like rocks.", {"sensation shoulders 'shoulders are like rocks'"}},
      // "up" is no quality of other places, and a place after it still counts
      {"I looked up at the clock.", {}},
      // (the skin, the quality's subject, is a place too: round twenty-eight)
      {"My skin is itchy, all up the arm.",
       {"sensation skin 'skin is itchy'", "sensation arms 'itchy, all up the arm'"}},
      {"There's an ache low in my back.", {"sensation back 'ache low in my back'"}},
  }, Role::client);
}

TEST_CASE("words for being keyed up and short of air", "[mentions][lexicon]") {
  check_turns({
      {"I lay there, wide awake and wired.", {"sensation unspecified 'wired'"}},
      {"It was air hunger, like I was gasping.", {"sensation breath 'air hunger'", "sensation breath 'gasping'"}},
      {"I can't get a proper breath.", {"sensation breath 'can't get a proper breath'"}},
  }, Role::client);
}

TEST_CASE("down and low after a quality lead to its place and left names a side", "[mentions][linking]") {
  check_turns({
      {"I get pins and needles down both arms.", {"sensation arms 'pins and needles down both arms'"}},
      {"It's shooting down the left leg again.", {"sensation legs 'shooting down the left leg'"}},
      {"A tight band low across the back.", {"sensation back 'tight band low across the back'"}},
      {"There's a pain in my left knee.", {"sensation legs 'pain in my left knee'"}},
      // "down" and "low" of a mood stay emotions
      {"I've been feeling down and low all week.", {"emotion sadness 'down'", "emotion sadness 'low'"}},
  }, Role::client);
}

TEST_CASE("cold feet are felt unless they are about something and churning names no place by itself", "[mentions][lexicon]") {
  check_turns({
      {"I get cold feet at night, literally.", {"sensation feet 'cold feet'"}},
      {"He got cold feet about the move.", {"emotion anxiety 'cold feet about'"}},
      {"The churning has eased.", {"sensation unspecified 'churning has eased'"}},
      {"My stomach is churning.", {"sensation stomach 'stomach is churning'"}},
  }, Role::client);
}

TEST_CASE("feeling words of the settled cases 28 54 and 67", "[mentions][lexicon]") {
  check_turns({
      {"Most afternoons I feel invisible in here.", {"emotion loneliness 'invisible'"}},
      {"I was always shy at dances.", {"emotion embarrassment 'shy'"}},
      {"I feel a bit daft saying it.", {"emotion embarrassment 'daft'"}},
      {"He gets crabbit by teatime.", {"emotion anger 'crabbit'"}},
      {"She was tickled when I rang.", {"emotion joy 'tickled'"}},
      {"Then I sit there feeling sorry for myself.", {"emotion sadness 'sorry for myself'"}},
      {"I felt rubbish all weekend.", {"emotion sadness 'rubbish'"}},
      {"Honestly, I'm not coping.", {"emotion overwhelm 'not coping'"}},
      {"I'm scared it will flood me.", {"emotion fear 'scared'", "emotion overwhelm 'flood me' hyp"}},
      {"The mortification of it.", {"emotion embarrassment 'mortification'"}},
      // "tender" is love without a body part, pain with one
      {"Talking about him, I feel tender.", {"emotion love 'tender'"}},
      {"My gums are tender.", {"sensation jaw 'gums are tender'"}},
  }, Role::client);
}

TEST_CASE("a dropped g marked by an apostrophe is read as the -ing form", "[mentions][lexicon]") {
  check_turns({
      {"My heart was poundin' and my hands were tinglin'.",
       {"sensation heart 'heart was poundin'", "sensation hands 'hands were tinglin'"}},
      {"It wasn't frightenin'. Just annoyin'.", {"emotion fear 'frightenin' neg", "emotion anger 'annoyin'"}},
      // a word the lexicon knows keeps its own reading
      {"Her cousin' car was there.", {}},
  }, Role::client);
}

TEST_CASE("it after a sentence that only names a body part is that body part", "[mentions][linking]") {
  check_turns({
      {"Here. My chest. It is tight.", {"sensation chest 'chest. It is tight'"}},
      {"And my neck. It's a bit sore today.", {"sensation neck 'neck. It's a bit sore'"}},
      // not a body part: the weather
      {"The garden. It is cold out there.", {}},
  }, Role::client);
}

TEST_CASE("everyday words for heat breath dizziness and a full ear", "[mentions][lexicon]") {
  check_turns({
      {"There's a fullness in my ear.", {"sensation head 'fullness in my ear'"}},
      {"Then the room spins.", {"sensation head 'room spins'"}},
      {"I'm heating up and I'm scarlet.", {"sensation unspecified 'heating up'", "sensation face 'scarlet'"}},
      {"I went scarlet.", {"sensation face 'went scarlet'"}},
      {"By the top I'm breathing hard.", {"sensation breath 'breathing hard'"}},
      // settled case 384: "my head is so full" is fullness felt in the head, as in the ear
      {"My head's less full today.", {"sensation head 'head's less full'"}},
  }, Role::client);
}

TEST_CASE("no before a quality in -ing names it as a thing and denies it", "[mentions][lexicon]") {
  check_turns({
      {"No burning this time.", {"sensation unspecified 'burning' neg"}},
      {"Other nights okay, no shaking.", {"sensation unspecified 'shaking' neg"}},
      {"There was no crying.", {}},
  }, Role::client);
}

TEST_CASE("a clinician saying glad you is polite and distressing describes a situation", "[mentions][lexicon]") {
  feltline::test::check_turns({
      {"I'm really glad you called tonight.", {}},
      {"I'm glad it eased a little.", {}},
      {"That was a distressing death to witness.", {}},
  }, Role::therapist);
  check_turns({
      {"But I'm glad I came.", {"emotion joy 'glad'"}},
  }, Role::client);
}

TEST_CASE("also between a body part and its quality", "[mentions][linking]") {
  check_turns({
      {"My hands are cold. Heart also fast.", {"sensation hands 'hands are cold'", "sensation heart 'Heart also fast'"}},
  }, Role::client);
}

TEST_CASE("on fire of a person or a body part burns but not in praise", "[mentions][lexicon]") {
  check_turns({
      {"On fire by noon, and the leg numb.", {"sensation unspecified 'On fire'", "sensation legs 'leg numb'"}},
      {"My lower back's on fire.", {"sensation back 'lower back's on fire'"}},
      {"You're on fire today with these answers.", {}},
      {"The shed was on fire.", {}},
  }, Role::client);
}

TEST_CASE("worried sick is anxiety and no stomach", "[mentions][lexicon]") {
  check_turns({
      {"She's been worried sick about me.", {"emotion anxiety 'worried sick'"}},
      {"I was sick with worry all night.", {"emotion anxiety 'sick with worry'"}},
      {"I felt sick before the call.", {"sensation stomach 'sick'"}},
  }, Role::client);
}

TEST_CASE("cool is a sensation beside a body part, not an acknowledgement", "[mentions][lexicon]") {
  check_turns({
      {"Cool. See you on Tuesday then.", {}},
      {"Cool, cool, that works.", {}},
      {"My hands feel cool now.", {"sensation hands 'hands feel cool'"}},
      {"My forehead is cool and damp.", {"sensation face 'forehead is cool and damp'"}},
  }, Role::client);
}

TEST_CASE("liking a thing is not the emotion love, loving a person is", "[mentions][lexicon]") {
  check_turns({
      {"Love that, Dev.", {}},
      {"I used to love those evenings.", {}},
      {"We love a good example in this group.", {}},
      {"I love him, that's the trouble.", {"emotion love 'love'"}},
      {"There's so much love in that house.", {"emotion love 'love'"}},
  }, Role::client);
}

TEST_CASE("a pain as a nuisance is no sensation", "[mentions][lexicon]") {
  check_turns({
      {"It is a huge pain to reschedule, I know.", {}},
      {"Parking there is a real pain to sort out.", {}},
      {"I had such a pain in my chest last night.", {"sensation chest 'pain in my chest'"}},
      {"There's a pain in my side when I breathe in.", {"sensation back 'pain in my side'"}},
  }, Role::client);
}

TEST_CASE("a second question joined by or ends the first one's negation", "[mentions][negation]") {
  check_turns({
      {"What do you not like, or is there anything that worries you?", {"emotion anxiety 'worries' question"}},
      {"Are you not scared, or are you just tired of it?", {"emotion fear 'scared' neg question", "emotion frustration 'tired of' question"}},
      {"I'm not sad or angry about it.", {"emotion sadness 'sad' neg", "emotion anger 'angry' neg"}},
  }, Role::therapist);
}
