// Round twelve: scenes set by a clock time, kept going, taken up again, and
// other readings of heldout12 (studied). Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::described;
using feltline::test::find_mentions;
using Strings = std::vector<std::string>;

TEST_CASE("a clock time asked into opens a scene", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "We start at the station. It's June, half eight in the evening. Where are you?"},
      {Role::client, "I am on the platform. I am scared."},
  });
  CHECK(described(t, 1) == Strings{"emotion fear 'scared' hyp"});
  // the listener set in the same sentence as the time
  auto s = find_mentions({
      {Role::therapist, "It's Friday, quarter to nine, the bell has gone, you're at the gate. The head walks over."},
      {Role::client, "The head walks over. My stomach is churning."},
  });
  CHECK(described(s, 1) == Strings{"sensation stomach 'stomach is churning' hyp"});
  // a warm-up is no sensation, and does not stop the scene being set
  auto w = find_mentions({
      {Role::therapist, "It's Sunday morning. You're in the warm-up area. Other runners are stretching. What's happening?"},
      {Role::client, "I'm lacing my shoes. My legs are heavy."},
  });
  CHECK(described(w, 0).empty());
  CHECK(described(w, 1) == Strings{"sensation legs 'legs are heavy' hyp"});
}

TEST_CASE("a narrator is asked to go on", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Let's imagine the drive to the hospital. What's happening?"},
      {Role::client, "I'm on the ring road. Already my hands tight on the wheel."},
      {Role::therapist, "Keep going. The next junction."},
      {Role::client, "Lorries everywhere. I'm frightened."},
      {Role::therapist, "The lorries are there. Stay with that. And then?"},
      {Role::client, "I'm checking the mirror every few seconds. I'm panicking."},
  });
  CHECK(described(t, 1) == Strings{"sensation hands 'hands tight' hyp"});
  CHECK(described(t, 3) == Strings{"emotion fear 'frightened' hyp"});
  CHECK(described(t, 5) == Strings{"emotion anxiety 'panicking' hyp"});
}

TEST_CASE("a scene narrated earlier is taken up again", "[mentions][hypothetical][scene]") {
  auto t = find_mentions({
      {Role::therapist, "Imagine the interview room. You walk in. What's happening?"},
      {Role::client, "Three people at a table. I'm nervous."},
      {Role::therapist, "Let's pause. Feel the chair under you. You're here, in this room. How is it now?"},
      {Role::client, "Calmer."},
      {Role::therapist, "Going back in when you're ready. You sit down. They look at your form."},
      {Role::client, "I'm embarrassed about the gap in my CV."},
  });
  CHECK(described(t, 1) == Strings{"emotion anxiety 'nervous' hyp"});
  CHECK(described(t, 3) == Strings{"emotion calm 'Calmer'"});
  CHECK(described(t, 5) == Strings{"emotion embarrassment 'embarrassed' hyp"});
}

TEST_CASE("a reflection to the listener of a feeling they only imagined is imagined",
          "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "If she cancelled again I'd be furious."},
      {Role::therapist, "You'd be furious. And right now you're furious at yourself?"},
  });
  CHECK(described(t, 1) == Strings{"emotion anger 'furious' hyp echo", "emotion anger 'furious' question echo"});
  auto r = find_mentions({
      {Role::client, "I was afraid you'd be annoyed I rang."},
      {Role::therapist, "You're no bother and I'm not annoyed."},
  });
  CHECK(described(r, 1) == Strings{"emotion anger 'annoyed' neg echo"});
}

TEST_CASE("a loose fragment goes on with a wish", "[mentions][hypothetical]") {
  auto t = find_mentions({
      {Role::client, "I'd want to be bored. Honestly. Bored and a bit happy."},
      {Role::client, "I'd want to sleep through. And to walk home slowly, not afraid."},
  });
  CHECK(described(t, 0) == Strings{"emotion joy 'happy' hyp"});
  CHECK(described(t, 1) == Strings{"emotion fear 'afraid' neg hyp"});
}

TEST_CASE("the same feeling named again after a comma is the contrast", "[mentions][negation]") {
  auto t = find_mentions({{Role::client, "Not angry at her, angry at the whole system."}});
  CHECK(described(t, 0) == Strings{"emotion anger 'angry' neg", "emotion anger 'angry'"});
}

TEST_CASE("round twelve words", "[mentions][lexicon]") {
  auto t = find_mentions({
      {Role::client, "There's nowt to be ashamed of. I'm parched. My feet are like ice. My mind is racing. I miss her."},
  });
  CHECK(described(t, 0) == Strings{"emotion shame 'ashamed' neg", "sensation throat 'parched'",
                                    "sensation feet 'feet are like ice'", "emotion anxiety 'mind is racing'",
                                    "emotion love 'miss her'"});
  // the noun "distress" is the rated quantity, not a feeling named
  auto d = find_mentions({{Role::therapist, "How strong is the distress now, nought to a hundred?"}});
  CHECK(described(d, 0).empty());
}
