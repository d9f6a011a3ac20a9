// Placing sensations in the body: the quality word and its body part, in either
// order, across a clause; several regions from one quality; one mention per
// description; spans that cover the words that make the mention.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::test::describe_turn;
using Strings = std::vector<std::string>;

TEST_CASE("a quality links to its body part in either order", "[mentions][linking]") {
  struct Case {
    const char* text;
    Strings expected;
  };
  const std::vector<Case> cases = {
      {"My chest tightens.", {"sensation chest 'chest tightens'"}},
      {"There's a knot in my stomach.", {"sensation stomach 'knot in my stomach'"}},
      {"I have a tight chest.", {"sensation chest 'tight chest'"}},
      {"There was a lump in my throat.", {"sensation throat 'lump in my throat'"}},
      {"My stomach is in knots.", {"sensation stomach 'stomach is in knots'"}},
      {"My heart was racing.", {"sensation heart 'heart was racing'"}},
      {"My palms got sweaty.", {"sensation hands 'palms got sweaty'"}},
      {"I felt a dull ache behind my eyes.", {"sensation eyes 'dull ache behind my eyes'"}},
      {"A warmth behind the sternum.", {"sensation chest 'warmth behind the sternum'"}},
      {"My gut clenched.", {"sensation stomach 'gut clenched'"}},
      {"My lower back aches.", {"sensation back 'lower back aches'"}},
      {"The back of my neck is stiff.", {"sensation neck 'back of my neck is stiff'"}},
      {"Chest tight, face warm.", {"sensation chest 'Chest tight'", "sensation face 'face warm'"}},
      {"Less chest-tightness now.", {"sensation chest 'chest-tightness'"}},
      {"Hands are cold.", {"sensation hands 'Hands are cold'"}},
      {"I was shaking all over.", {"sensation whole_body 'shaking all over'"}},
      {"Notice the tension in your body.", {"sensation whole_body 'tension in your body'"}},
      {"I felt a sick feeling in my gut.", {"sensation stomach 'sick feeling in my gut'"}},
      {"My shoulders were up around my ears, really tense.",
       {"sensation shoulders 'shoulders were up around my ears, really tense'"}},
      {"My shoulders are up by my ears all the time.", {"sensation shoulders 'shoulders are up by my ears'"}},
      {"I noticed a twinge in my chest.", {"sensation chest 'twinge in my chest'"}},
      {"I had such a pain in my chest last night.", {"sensation chest 'pain in my chest'"}},
      {"I have asthma and my chest is tight.", {"sensation chest 'chest is tight'"}},
      {"My jaw was tight. Now it's loosening.",
       {"sensation jaw 'jaw was tight'", "sensation jaw 'it's loosening'"}},
      {"My legs feel far away. Like they belong to someone else.",
       {"sensation legs 'legs feel far away. Like they belong to someone else'"}},
      {"Headaches, stomach pains and a tight chest, all week.",
       {"sensation head 'Headaches'", "sensation stomach 'stomach pains'", "sensation chest 'tight chest'"}},
      {"I couldn't feel my arms.", {"sensation arms 'couldn't feel my arms'"}},
      {"Clench your fists.", {"sensation hands 'Clench your fists' hyp"}},
      {"My stomach dropped.", {"sensation stomach 'stomach dropped'"}},
      {"My shoulders dropped.", {"sensation shoulders 'shoulders dropped'"}},
      {"My hands are numb.", {"sensation hands 'hands are numb'"}},
      {"My face went bright red.", {"sensation face 'face went bright red'"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(describe_turn(c.text) == c.expected);
  }
}

TEST_CASE("one quality, several regions: one description, one mention", "[mentions][linking]") {
  struct Case {
    const char* text;
    Strings expected;
  };
  const std::vector<Case> cases = {
      {"Tightness across my chest and shoulders.",
       {"sensation chest 'Tightness across my chest'",
        "sensation shoulders 'Tightness across my chest and shoulders'"}},
      {"Tingling in my hands, feet and face.",
       {"sensation hands 'Tingling in my hands'", "sensation feet 'Tingling in my hands, feet'",
        "sensation face 'Tingling in my hands, feet and face'"}},
      {"A hot, tight pressure across my chest.", {"sensation chest 'hot, tight pressure across my chest'"}},
      {"My hands feel cool and slightly tingly.", {"sensation hands 'hands feel cool and slightly tingly'"}},
      {"My chest tightens and my hands go jittery.",
       {"sensation chest 'chest tightens'", "sensation hands 'hands go jittery'"}},
      {"Tight chest, jaw clenched, hot behind the eyes.",
       {"sensation chest 'Tight chest'", "sensation jaw 'jaw clenched'",
        "sensation eyes 'hot behind the eyes'"}},
      {"Chest tightness and a mild nausea.",
       {"sensation chest 'Chest tightness'", "sensation stomach 'nausea'"}},
      {"A loosening in my chest, a warmth behind the sternum.",
       {"sensation chest 'loosening in my chest'", "sensation chest 'warmth behind the sternum'"}},
      {"My hands are warm again, they were cold before.",
       {"sensation hands 'hands are warm'", "sensation hands 'they were cold'"}},
      {"The tingling has calmed down.", {"sensation unspecified 'tingling has calmed down'"}},
      {"That spike: tightness across my chest and shoulders, breath getting shallow, a knot in my stomach.",
       {"sensation chest 'tightness across my chest'",
        "sensation shoulders 'tightness across my chest and shoulders'",
        "sensation breath 'breath getting shallow'", "sensation stomach 'knot in my stomach'"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(describe_turn(c.text) == c.expected);
  }
}

TEST_CASE("the quality a merged description reports is its head", "[mentions][linking]") {
  struct Case {
    const char* text;
    const char* quality;
  };
  const std::vector<Case> cases = {
      {"A hot, tight pressure across my chest.", "pressure"},
      {"A dull tightness in the chest.", "tightness"},
      {"A dull chest-tightness.", "tightness"},
      {"A jittery restlessness in my hands.", "restlessness"},
      {"My hands feel cool and slightly tingly.", "cold"},
      {"My breaths are shallow and clipped.", "shallow"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    auto t = feltline::test::find_mentions({{feltline::Role::client, c.text}});
    REQUIRE(t.turns[0].mentions.size() == 1);
    CHECK(t.turns[0].mentions[0].quality == c.quality);
  }
}

TEST_CASE("a quality describing an emotion belongs to the emotion", "[mentions][linking]") {
  CHECK(describe_turn("A jittery anxiety keeps me jumpy.") ==
        Strings{"emotion anxiety 'anxiety'", "emotion anxiety 'jumpy'"});
  CHECK(describe_turn("A hot, corrosive shame.") == Strings{"emotion shame 'shame'"});
  CHECK(describe_turn("A hot, embarrassed flush.") ==
        Strings{"emotion embarrassment 'embarrassed'", "sensation face 'flush'"});
}

TEST_CASE("mentions record where they came from", "[mentions][linking]") {
  auto t = feltline::test::find_mentions({{feltline::Role::client, "There's a knot in my stomach."}});
  REQUIRE(t.turns[0].mentions.size() == 1);
  const auto& m = t.turns[0].mentions[0];
  CHECK(m.source == "knot:n");
  CHECK(m.region_source == "stomach:n");
  CHECK(m.rule == "link:after");
  CHECK(m.quality == "knot");
}

TEST_CASE("a pronoun or an aside after the quality still places it", "[mentions][linking]") {
  struct Case {
    const char* text;
    Strings expected;
  };
  const std::vector<Case> cases = {
      {"And my feet, I guess. There's no pain or tingling in them.",
       {"sensation feet 'pain or tingling in them' neg"}},
      {"My eyes are watering. And the pressure behind them is going.",
       {"sensation eyes 'eyes are watering'", "sensation eyes 'pressure behind them'"}},
      {"There was a heaviness, especially in your arms.", {"sensation arms 'heaviness, especially in your arms'"}},
      {"A **tight band** around your head.", {"sensation head 'tight band** around your head'"}},
      {"No pain or tingling in my feet.", {"sensation feet 'pain or tingling in my feet' neg"}},
      {"The drop in your stomach.", {"sensation stomach 'drop in your stomach'"}},
      {"Feel the strength in your legs.", {"sensation legs 'strength in your legs'"}},
      // a pronoun that does not agree, a quality that names its own place, no body part
      {"My feet are fine. There's a pressure in it.", {}},
      {"I have a headache and tingling in my feet.",
       {"sensation head 'headache'", "sensation feet 'tingling in my feet'"}},
      {"I'll drop in on Tuesday.", {}},
      {"It's freezing in my flat, so I'll put the heating on.", {}},
      {"The strength of my feelings surprised me.", {"emotion surprise 'surprised'"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(describe_turn(c.text) == c.expected);
  }
}

TEST_CASE("an aside comma may stand between a quality and its place", "[mentions][linking]") {
  feltline::test::check_turns(
      {
          {"There's a heaviness, here, across my chest.", {"sensation chest 'heaviness, here, across my chest'"}},
          {"And hot, in my face.", {"sensation face 'hot, in my face'"}},
          {"I felt hot, in my room.", {"sensation unspecified 'hot'"}},
      },
      feltline::Role::client);
}

TEST_CASE("body parts joined to the subject of a quality share it", "[mentions][linking]") {
  feltline::test::check_turns(
      {
          {"My hands and feet are cold.",
           {"sensation hands 'hands and feet are cold'", "sensation feet 'feet are cold'"}},
          {"And my hands and feet went numb.",
           {"sensation hands 'hands and feet went numb'", "sensation feet 'feet went numb'"}},
          // a body part in another clause, or with a quality of its own, keeps to itself
          {"I put my hand on my chest and my heart was racing.", {"sensation heart 'heart was racing'"}},
          {"I've got a tight chest and shoulders ache.",
           {"sensation chest 'tight chest'", "sensation shoulders 'shoulders ache'"}},
          {"I held the cup with my hands and my legs were shaking.", {"sensation legs 'legs were shaking'"}},
      },
      feltline::Role::client);
}
