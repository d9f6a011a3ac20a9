// Feltline mentions: one place in a turn where an emotion, a body sensation,
// analytic (intellectualising) language, a self-rating or a custom-dictionary
// term was found, with the context that qualifies it. docs/lexicon.md says how
// each is found; the JSON fields are listed there too.
#pragma once

#include <cstdint>
#include <string>
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

  std::string category;  // emotion category; the category a rating rates; custom category
  std::string region;    // sensation: body region ("chest", ... or "unspecified")
  std::string quality;   // sensation: "tightness", "pressure", ...
  double value = 0;      // rating: 7 in "7/10"
  double scale = 0;      // rating: 10 in "7/10"

  std::vector<std::string> intensity;  // modifiers as written: "slight", "really"
  std::string source;                  // lexicon entry or pattern that matched ("tightness", "anxi*")
  std::string region_source;           // sensation: the body-part entry that placed it ("chest:n")
  std::string rule;                    // how it was found: "word", "frame", "link:after", "rating:slash", ...
  std::vector<std::string> cues;       // cues that set a flag, e.g. "negation:not"
  std::string dictionary;              // custom: the user dictionary's name
};

}  // namespace feltline
