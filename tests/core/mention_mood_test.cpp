// Round five: the mood of a clause read from its verb group and its place in
// the sentence and the dialogue (tests/eval/README.md, "round five"), rather
// than from more cue words: prohibitions, imperatives after a fronted
// adverbial, predicates that share a modal, "what if" over its sentence,
// occasions planned for, verbless fragments, complements and appendices.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

namespace {

Strings described(const feltline::Transcript& t, std::size_t turn) {
  Strings out;
  for (const auto& m : t.turns[turn].mentions)
    if (m.kind != feltline::MentionKind::analytic) out.push_back(feltline::test::describe(m, t.turns[turn].text));
  return out;
}

}  // namespace

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
           {"emotion joy 'wonderful' hyp", "emotion numbness 'flat' hyp"}},
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
