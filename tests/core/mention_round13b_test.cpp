// Round thirteen (b): emotion and sensation readings of heldout14 (studied).
// Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::test::describe_turn;
using Strings = std::vector<std::string>;

TEST_CASE("a quality that is the subject of a be verb is placed by its complement", "[mentions][sensation][linking]") {
  CHECK(describe_turn("The warmth's still in my cheeks.") == Strings{"sensation face 'warmth's still in my cheeks'"});
  CHECK(describe_turn("The ache is mostly in my lower back.") ==
        Strings{"sensation back 'ache is mostly in my lower back'"});
  CHECK(describe_turn("The tightness was right across my chest.") ==
        Strings{"sensation chest 'tightness was right across my chest'"});
  // a be verb whose complement is no place leaves the quality where it was
  CHECK(describe_turn("The ache is in how I sit at the desk.") == Strings{"sensation unspecified 'ache'"});
}

TEST_CASE("a flush is a sensation only with a quality or a place", "[mentions][sensation]") {
  // counted or logged episodes, the topic of talk (settled case 106)
  CHECK(describe_turn("I wrote down every flush this week, nineteen of them.").empty());
  CHECK(describe_turn("So it isn't the flush that matters.").empty());
  // described with a place or a quality
  CHECK(describe_turn("A flush across my neck.") == Strings{"sensation neck 'flush across my neck'"});
  CHECK(describe_turn("My face flushes.") == Strings{"sensation face 'face flushes'"});
  CHECK(describe_turn("A hot, embarrassed flush.") ==
        Strings{"emotion embarrassment 'embarrassed'", "sensation face 'flush'"});
}

TEST_CASE("full alone is the stomach's, a full breath is a breath", "[mentions][sensation]") {
  CHECK(describe_turn("After lunch I'm full.") == Strings{"sensation stomach 'full'"});
  CHECK(describe_turn("I felt a bit full.") == Strings{"sensation stomach 'full'"});
  CHECK(describe_turn("My breath is slow and full.") == Strings{"sensation breath 'breath is slow and full'"});
}

TEST_CASE("dialect and other-language words for feelings", "[mentions][emotion][lexicon]") {
  CHECK(describe_turn("I was frit, proper frit.") == Strings{"emotion fear 'frit'", "emotion fear 'frit'"});
  CHECK(describe_turn("He gets me riled.") == Strings{"emotion anger 'riled'"});
  CHECK(describe_turn("She was teasy all evening.") == Strings{"emotion anger 'teasy'"});
  CHECK(describe_turn("Honnêtement j'étais déçue.") == Strings{"emotion disappointment 'déçue'"});
  CHECK(describe_turn("Me dio vergüenza.") == Strings{"emotion shame 'vergüenza'"});
  CHECK(describe_turn("Most evenings I'm switched off.") == Strings{"emotion numbness 'switched off'"});
  CHECK(describe_turn("When it all gets too much I go quiet.") == Strings{"emotion overwhelm 'it all gets too much'"});
}

TEST_CASE("names that are not feelings", "[mentions][not-mentions]") {
  CHECK(describe_turn("We read a chapter on compassion fatigue.").empty());
  CHECK(describe_turn("What are your best hopes for today?").empty());
  CHECK(describe_turn("Where are you on the hunger scale?").empty());
  CHECK(describe_turn("The kids were screaming with laughter.").empty());
  CHECK(describe_turn("By six my neck is screaming.") == Strings{"sensation neck 'neck is screaming'"});
}

TEST_CASE("sensation words of heldout14", "[mentions][sensation][lexicon]") {
  CHECK(describe_turn("Then a head rush.") == Strings{"sensation head 'head rush'"});
  CHECK(describe_turn("I woke up wringing wet.") == Strings{"sensation unspecified 'wringing wet'"});
  CHECK(describe_turn("My throat's scratchy.") == Strings{"sensation throat 'throat's scratchy'"});
  CHECK(describe_turn("The fuzziness came back.") == Strings{"sensation unspecified 'fuzziness'"});
}
