// Self-ratings with their value, scale and the category they rate; ranges
// that only state a scale.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::MentionKind;
using feltline::Role;
using feltline::test::describe;
using Strings = std::vector<std::string>;

namespace {
Strings ratings_of(const std::vector<feltline::test::TurnSpec>& turns) {
  auto t = feltline::test::find_mentions(turns);
  Strings out;
  for (const auto& turn : t.turns)
    for (const auto& m : turn.mentions)
      if (m.kind == MentionKind::rating) out.push_back(describe(m, turn.text));
  return out;
}
}  // namespace

TEST_CASE("ratings in a turn", "[mentions][ratings]") {
  struct Case {
    const char* text;
    Strings expected;
  };
  const std::vector<Case> cases = {
      {"It was about 7/10.", {"rating - 7/10 '7/10'"}},
      {"Probably an 8 out of 10.", {"rating - 8/10 '8 out of 10'"}},
      {"I'd give it a 4 on a 0-10 scale.", {"rating - 4/10 '4 on a 0-10 scale'"}},
      {"I'd put my anxiety at about 7/10.", {"rating anxiety 7/10 '7/10'"}},
      {"Anxiety 7/10, sadness 3/10.", {"rating anxiety 7/10 '7/10'", "rating sadness 3/10 '3/10'"}},
      {"My SUDS is about 60.", {"rating - 60/100 'SUDS is about 60'"}},
      {"Seven out of ten.", {"rating - 7/10 'Seven out of ten'"}},
      {"On a scale from 0 to 10, how anxious are you?", {}},
      {"I'll rate my anxiety 0-10 before and after.", {}},
      {"We met on 3/4/2023.", {}},
      {"I'm there 24/7.", {}},
      {"About 5 minutes.", {}},
      {"I took five slow breaths.", {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(ratings_of({{Role::client, c.text}}) == c.expected);
  }
}

TEST_CASE("a stated scale makes the next bare numbers ratings of its category", "[mentions][ratings]") {
  CHECK(ratings_of({{Role::therapist, "On a scale from 0 to 10, how strong was the anxiety?"},
                    {Role::client, "Probably an 8 out of 10. Once I got going it dropped to maybe a 5."}}) ==
        Strings{"rating anxiety 8/10 '8 out of 10'", "rating anxiety 5/10 '5'"});
  CHECK(ratings_of({{Role::therapist, "How scared were you, out of 10?"}, {Role::client, "A 9, easily."}}) ==
        Strings{"rating fear 9/10 '9'"});
  // A number compared with is not a value given: the readiness ruler's follow-up.
  CHECK(ratings_of({{Role::therapist, "From 0 to 10, how ready are you to cut back?"},
                    {Role::client, "I'd say an eight."},
                    {Role::therapist, "Why do you think it's not something lower, like a six?"},
                    {Role::client, "Well, I'm more ready than a six. Not below 5 anyway."}}) ==
        Strings{"rating - 8/10 'eight'", "rating - 6/10 'six' question"});
  // Without a scale a bare number is just a number.
  CHECK(ratings_of({{Role::client, "Maybe a 6."}}).empty());
  // Too long ago: the scale is no longer in force.
  CHECK(ratings_of({{Role::therapist, "Out of 10, how anxious?"},
                    {Role::client, "Hm."},
                    {Role::therapist, "And then?"},
                    {Role::client, "Okay."},
                    {Role::client, "Maybe a 6."}})
            .empty());
}

TEST_CASE("a rating carries the category of the series it continues", "[mentions][ratings]") {
  CHECK(ratings_of(
            {{Role::client,
              "I'd put my anxiety at about 7/10; right after the exchange it's down to maybe a 4/10."}}) ==
        Strings{"rating anxiety 7/10 '7/10'", "rating anxiety 4/10 '4/10'"});
}
