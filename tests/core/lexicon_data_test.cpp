// The default lexicon: it loads without problems, covers the categories and
// regions the product promises, and the inflection rules derive the forms the
// data leaves out.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "lexicon/default_lexicon.hpp"
#include "lexicon/inflection.hpp"

using namespace feltline::lexicon;

TEST_CASE("the compiled-in lexicon loads without problems", "[lexicon]") {
  const auto& dl = default_lexicon();
  for (const auto& p : dl.problems) FAIL_CHECK(p);
  CHECK(dl.lexicon.vocabulary_size() > 2000);
  CHECK(dl.lexicon.entry_count() > 1500);
}

TEST_CASE("the cue-word lists resolve to vocabulary ids", "[lexicon]") {
  const auto& dl = default_lexicon();
  const auto& lex = dl.lexicon;
  CHECK(dl.word_lists.contains(lex.find("several"), WordList::breath_counts));
  CHECK(!dl.word_lists.contains(lex.find("several"), WordList::breath_count_modifiers));
  CHECK(!dl.word_lists.contains(lex.find("many"), WordList::breath_counts));
  CHECK(!dl.word_lists.contains(0, WordList::breath_counts));  // an unknown word is in no list
  // a phrase is kept as its words' ids, each word known to the vocabulary
  const auto& go_on = dl.word_lists.phrases(WordList::go_on_requests);
  REQUIRE(go_on.size() == 3);
  CHECK(go_on[0] == std::vector<WordId>{lex.find("keep"), lex.find("going")});
  // "somebody" is named by a list only: it stays a word the rules do not know
  CHECK((lex.word(lex.find("somebody")).classes & kListedOnly));
}

TEST_CASE("a rule's word list marks the words only it knows", "[lexicon]") {
  const auto& lex = default_lexicon().lexicon;
  const ClassBits um = lex.word(lex.find("um")).classes;  // known only as an acknowledgement
  CHECK((um & kAcknowledgement));
  CHECK((um & kListedOnly));
  const ClassBits now = lex.word(lex.find("now")).classes;  // also in other classes
  CHECK((now & kLeadIn));
  CHECK(!(now & kListedOnly));
  const ClassBits worry = lex.word(lex.find("worry")).classes;  // also an emotion term
  CHECK((worry & kReassurance));
  CHECK(!(worry & kListedOnly));
}

TEST_CASE("the lexicon covers the 22 emotion categories and 18 regions", "[lexicon]") {
  const auto& dl = default_lexicon();
  const auto& lex = dl.lexicon;
  std::set<std::string> emotions, regions;
  for (std::size_t i = 0; i < lex.entry_count(); ++i) {
    const Entry& e = lex.entry(static_cast<std::uint32_t>(i));
    if (e.kind == EntryKind::emotion) emotions.insert(lex.label_name(e.label));
  }
  for (std::size_t i = 0; i < lex.region_count(); ++i)
    regions.insert(lex.label_name(lex.region_label(static_cast<int>(i))));
  const std::set<std::string> expected_emotions = {
      "anxiety",   "fear",        "sadness",        "shame",      "guilt",    "embarrassment",
      "anger",     "frustration", "disgust",        "joy",        "relief",   "calm",
      "curiosity", "hope",        "love",           "loneliness", "surprise", "confusion",
      "overwhelm", "numbness",    "disappointment", "pride"};
  const std::set<std::string> expected_regions = {
      "head", "face",    "eyes", "jaw",   "throat", "neck", "shoulders", "chest",  "heart",
      "back", "stomach", "arms", "hands", "legs",   "feet", "skin",      "breath", "whole_body"};
  CHECK(emotions == expected_emotions);
  CHECK(regions == expected_regions);
}

TEST_CASE("inflected forms are derived from base forms", "[lexicon][inflection]") {
  IrregularForms irregular;
  irregular.verbs["sink"] = {"sank", "sunk"};
  struct Case {
    const char* word;
    char pos;
    std::vector<std::string> must_include;
  };
  const std::vector<Case> cases = {
      {"worry", 'v', {"worry", "worries", "worried", "worrying"}},
      {"panic", 'v', {"panics", "panicked", "panicking"}},
      {"tense", 'v', {"tenses", "tensed", "tensing"}},
      {"throb", 'v', {"throbs", "throbbed", "throbbing"}},
      {"sink", 'v', {"sinks", "sank", "sunk", "sinking"}},
      {"clench", 'v', {"clenches", "clenched", "clenching"}},
      {"anxious", 'a', {"anxiously", "anxiousness"}},
      {"happy", 'a', {"happier", "happiest", "happily", "happiness"}},
      {"sad", 'a', {"sadder", "saddest", "sadly", "sadness"}},
      {"gentle", 'a', {"gently"}},
      {"tight", 'c', {"tighter", "tightest"}},
      {"knot", 'n', {"knots"}},
      {"ache", 'n', {"aches"}},
      {"body", 'n', {"bodies"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.word, c.pos);
    std::vector<std::string> forms;
    inflect(c.word, c.pos, irregular, forms);
    CHECK(forms.front() == c.word);
    for (const auto& f : c.must_include) CHECK(std::find(forms.begin(), forms.end(), f) != forms.end());
  }
  std::vector<std::string> forms;
  inflect("tight", 'c', irregular, forms);
  CHECK(std::find(forms.begin(), forms.end(), "tightly") ==
        forms.end());  // adverbs of qualities are not sensations
}
