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
