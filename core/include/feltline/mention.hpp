// Feltline mentions: one place in a turn where an emotion, a body sensation,
// analytic (intellectualising) language, a self-rating or a custom-dictionary
// term was found, with the context that qualifies it. docs/lexicon.md says how
// each is found; the JSON fields are listed there too.
//
// The text fields are views. What they view lives as long as the Transcript
// that holds the mention (and its copies): a default-lexicon name or a rule name
// lives for the whole process; custom-dictionary names and anything built at run
// time (cues, intensity words, custom sources, rating categories and sources)
// live in the transcript's TextPool (Transcript::text_pool), which also keeps
// the custom lexicons alive. A Mention copied out of its Transcript is valid
// only while that Transcript, or a copy of it, exists; copy the strings to keep
// them longer. A Mention built by hand may view any text that outlives it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace feltline {

enum class MentionKind : std::uint8_t { emotion, sensation, analytic, rating, custom };
/// "emotion", "sensation", "analytic", "rating" or "custom".
const char* mention_kind_name(MentionKind kind);

struct Mention {
  MentionKind kind = MentionKind::emotion;
  // (the flags next to the one-byte kind: no padding between them and the offsets)
  bool negated = false;       // "I wasn't anxious"
  bool hypothetical = false;  // "If I let it be, I'd feel ..."
  bool question = false;      // inside a sentence ending in '?' ("Did you feel anxious?")
  bool quoted = false;        // inside a quoted span of the turn
  bool echo = false;          // therapist reflecting a word the client used earlier
  std::uint32_t begin = 0;  // byte offsets into the turn's text; UTF-16 in JSON
  std::uint32_t end = 0;

  std::string_view category;  // emotion category; the category a rating rates; custom category
  std::string_view region;    // sensation: body region ("chest", ... or "unspecified")
  std::string_view quality;   // sensation: "tightness", "pressure", ...
  double value = 0;      // rating: 7 in "7/10"
  double scale = 0;      // rating: 10 in "7/10"

  std::vector<std::string_view> intensity;  // modifiers as written: "slight", "really"
  std::string_view source;                  // lexicon entry or pattern that matched ("tightness", "anxi*")
  std::string_view region_source;           // sensation: the body-part entry that placed it ("chest:n")
  std::string_view rule;                    // how it was found: "word", "frame", "link:after", "rating:slash", ...
  std::vector<std::string_view> cues;       // cues that set a flag, e.g. "negation:not"
  std::string_view dictionary;              // custom: the user dictionary's name
};

}  // namespace feltline
