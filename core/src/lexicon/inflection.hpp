// Inflected forms of a lexicon term: the lexicon lists base forms with a part
// of speech ("worry:v", "anxious:a") and the matcher recognises every regular
// form, so the data never lists "worries, worried, worrying".
//
//   n  noun        base, plural (-s, -es, -ies)
//   v  verb        base, -s, -ed, -ing (e-dropping, y -> i, doubling, panic -> panicked)
//   a  adjective   base, -er, -est, -ly, -ness
//   c  adjective   base, -er, -est (qualities: "tightly" is not a sensation)
//
// Irregular forms come from core/data/lexicon/inflections.json. Doubling is
// generated alongside the plain form when a word ends consonant-vowel-consonant,
// because English doubles only when the last syllable is stressed
// ("throbbing", "visiting"); a form that no text uses costs nothing.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace feltline::lexicon {

struct IrregularForms {
  std::map<std::string, std::vector<std::string>, std::less<>> verbs;
  std::map<std::string, std::vector<std::string>, std::less<>> nouns;
  std::map<std::string, std::vector<std::string>, std::less<>> adjectives;
};

/// Appends `word` and its inflected forms for part-of-speech code `pos`
/// ('n', 'v', 'a', 'c'; anything else gives the word alone) to `out`.
void inflect(std::string_view word, char pos, const IrregularForms& irregular, std::vector<std::string>& out);

}  // namespace feltline::lexicon
