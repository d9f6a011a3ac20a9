// Round thirty-six (b) (negations and emotions the finder never found): "cross" without a frame,
// "I'm not alone" and "I'm not sorry" denied by the "not" inside the term, and words by meaning
// ("gross", "rapt", "that stung", "feel like a traitor", "blazing", "spiralling").
// docs/lexicon.md, "Round thirty-six (emotions", "(b)". Sentences written for these tests.
#include <catch2/catch.hpp>

#include "mention_test_support.hpp"

using feltline::Role;
using feltline::test::check_turns;

TEST_CASE("cross is anger without a be verb, and its denial is found", "[mentions][emotions][negation]") {
  check_turns({
      {"Then cross, because nobody told me.", {"emotion anger 'cross'"}},
      {"My wife was never cross about the money.", {"emotion anger 'cross' neg"}},
      {"Mum wasn't cross, she laughed.", {"emotion anger 'cross' neg"}},
      {"Still a bit cross with him.", {"emotion anger 'cross with'"}},
  }, Role::client);
  check_turns({
      // the verb and its idioms
      {"I cross the road to avoid him.", {}},
      {"It did cross my mind on the bus.", {}},
      {"We sat cross-legged on the floor.", {}},
      {"I ran cross country at school.", {}},
  }, Role::client);
}

TEST_CASE("I'm not alone denies loneliness, you're not alone is reassurance", "[mentions][emotions][negation]") {
  check_turns({
      {"Mum is beside me. I'm not alone now.", {"emotion loneliness 'I'm not alone' neg"}},
      {"I am not alone in that flat any more.", {"emotion loneliness 'I am not alone' neg"}},
      {"She's not alone anymore, her brother came.", {"emotion loneliness 'She's not alone' neg"}},
      {"I'm lonely most evenings.", {"emotion loneliness 'lonely'"}},
  }, Role::client);
  check_turns({
      {"You're not alone with this.", {}},
  }, Role::therapist);
}

TEST_CASE("words by meaning the studied splits annotate", "[mentions][emotions]") {
  check_turns({
      {"Ugh, gross. I hate the smell.", {"emotion disgust 'gross'"}},
      {"My gross pay went down.", {}},
      {"Dad would be rapt if I rang.", {"emotion joy 'rapt' hyp"}},
      {"The kids listened with rapt attention.", {}},
      {"What he said about my cooking, that stung.", {"emotion sadness 'that stung'"}},
      {"I feel like a traitor for leaving her.", {"emotion guilt 'like a traitor'"}},
      {"He was blazing when he found out.", {"emotion anger 'blazing'"}},
      {"By midnight I'm spiralling.", {"emotion anxiety 'spiralling'"}},
  }, Role::client);
}

TEST_CASE("I'm not sorry denies guilt, an apology is no mention", "[mentions][emotions][negation]") {
  check_turns({
      {"I'm not sorry I left him.", {"emotion guilt 'I'm not sorry' neg"}},
      {"I'm sorry, I missed that.", {}},
  }, Role::client);
}
