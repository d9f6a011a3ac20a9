// Round thirty-six (emotions): feeling words used as words (a bracketed tag's value, a single
// word in quotation marks), "disgusting" of a thing, "feel bad for him" as sympathy, a medical
// check-up "checked out", and words from the settled cases ("disorientated", "orgulho",
// "short-fused", "heart leapt", "a weight off", "fearless"), "I'm afraid I ..." as fear. docs/lexicon.md, "Round thirty-six
// (emotions". Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("the value of a bracketed label tag is a word used as a word", "[mentions][emotions]") {
  check_turns({
      {"[Detected emotion: anger] I hear that you are frustrated.", {"emotion frustration 'frustrated'"}},
      {"[emotion: fear] What would help right now?", {}},
      {"[Sentiment: shame] Thank you for telling me.", {}},
  }, Role::therapist);
  check_turns({
      // no bracket: a line of a thought record names the client's state
      {"Emotion: sadness. Thought: nobody calls.", {"emotion sadness 'sadness'"}},
      // more than the value inside the brackets
      {"[I was angry at him] that's what I wrote.", {"emotion anger 'angry'"}},
  }, Role::client);
}

TEST_CASE("a single feeling word in quotation marks is a word quoted as a word", "[mentions][emotions]") {
  check_turns({
      {"I wrote down \"anxious\" in the diary.", {}},
      {"She kept saying the word \"ashamed\", over and over.", {}},
      {"In Polish we say \u201cwstyd\u201d for it.", {}},
      {"I'm sad, and it's 'sad' in the proper sense.", {"emotion sadness 'sad'"}},
      // a quoted sentence holds more than the word (the quoted flag is set in a transcript's context)
      {"My friend said, \"I am so sad about it.\"", {"emotion sadness 'sad'"}},
  }, Role::client);
}

TEST_CASE("disgusting needs a feel verb, a thing judged disgusting is no mention", "[mentions][emotions]") {
  check_turns({
      {"The kitchen was disgusting.", {}},
      {"Disgusting, the state of that bus.", {}},
      {"I feel disgusting after a binge.", {"emotion disgust 'disgusting'"}},
      {"I was disgusted with myself.", {"emotion disgust 'disgusted'"}},
  }, Role::client);
}

TEST_CASE("feeling bad for another person is sympathy, not guilt", "[mentions][emotions]") {
  check_turns({
      {"I'd feel bad for him, honestly.", {}},
      {"I feel so bad for them, stuck in that house.", {}},
      {"I felt bad for shouting at the kids.", {"emotion guilt 'bad for'"}},
  }, Role::client);
}

TEST_CASE("checked out by a doctor is an examination, not numbness", "[mentions][emotions]") {
  check_turns({
      {"I got checked out at the clinic.", {}},
      {"They had me checked out by the GP on Monday.", {}},
      {"I was checked out the whole meeting.", {"emotion numbness 'checked out'"}},
  }, Role::client);
}

TEST_CASE("words by meaning from the round's settled cases", "[mentions][emotions]") {
  check_turns({
      {"Totally disorientated when I woke.", {"emotion confusion 'disorientated'"}},
      {"My heart leapt when she called.", {"emotion joy 'heart leapt'"}},
      {"My wife says I am short-fused lately.", {"emotion anger 'short-fused'"}},
      {"Sinto orgulho, of my son.", {"emotion pride 'orgulho'"}},
      {"It was a weight off, honestly.", {"emotion relief 'a weight off'"}},
      {"It was a big weight off my shoulders.", {"emotion relief 'a big weight off my shoulders'"}},
      {"Sit down and take the weight off your feet.", {}},
      {"That would be a weight off my mind.", {"emotion relief 'a weight off' hyp"}},
      {"You don't have to be fearless to go.", {"emotion fear 'fearless' hyp"}},
  }, Role::client);
}

TEST_CASE("I'm afraid before a clause or \"of that\" is fear, the formulas stay out", "[mentions][emotions]") {
  check_turns({
      {"I'm afraid I'll freeze in front of them.", {"emotion fear 'afraid'"}},
      {"I am afraid that he will come back.", {"emotion fear 'afraid'"}},
      {"I am afraid of that.", {"emotion fear 'afraid'"}},
      {"I'm afraid so.", {}},
      {"I'm afraid I can't make Tuesday.", {}},
  }, Role::client);
  check_turns({
      {"I'm afraid that's all we have time for.", {}},
      {"I'm afraid we need to stop there.", {}},
  }, Role::therapist);
}

TEST_CASE("frazzled and flustered are anxiety", "[mentions][emotions]") {
  check_turns({
      {"I got to work already frazzled.", {"emotion anxiety 'frazzled'"}},
      {"I'm a bit flustered, I ran all the way here.", {"emotion anxiety 'flustered'"}},
  }, Role::client);
}

TEST_CASE("love for that girl or those boys is love, a bare \"love that\" is praise", "[mentions][emotions]") {
  check_turns({
      {"My daughter rang again. I love that girl.", {"emotion love 'love that girl'"}},
      {"I loved that man thirty years.", {"emotion love 'loved that man'"}},
      {"I love those kids to bits.", {"emotion love 'love those kids'"}},
      {"I love that.", {}},
  }, Role::client);
}
