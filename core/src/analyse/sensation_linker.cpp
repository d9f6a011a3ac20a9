#include "analyse/sensation_linker.hpp"

#include <algorithm>

#include "analyse/experiential_frame.hpp"
#include "analyse/place_question.hpp"
#include "analyse/sensation_invitation.hpp"

namespace feltline::analyse {
namespace {

using lexicon::Entry;
using lexicon::EntryKind;
using lexicon::Hit;
using lexicon::kNoLabel;
using lexicon::WordList;

struct Region {
  std::int32_t hit = -1;
  std::uint16_t label = kNoLabel;
  const Entry* entry = nullptr;
  bool linkable = false;
  bool subject = false;  // not the object of a preposition
  bool plural = false;
  bool taken = false;  // already placed a quality that precedes it
};

struct Linker {
  TurnContext& c;
  std::vector<Region> regions;  // per hit index (label == kNoLabel when the hit is no region)
  // for pronouns: plural region hits seen so far; the two below as in TurnContext::Scratch
  std::vector<std::int32_t>& last_region_in_turn = c.scratch.plural_regions;
  std::vector<std::uint32_t>& clause_of = c.scratch.clause_of;  // (0 before any clause)
  std::vector<std::uint32_t>& reach = c.scratch.reach;
  std::size_t answer_end = 0;  // the bare answer to a question that is only a place ends here (0: none)
  std::size_t listed_before_place = SIZE_MAX;  // the quality link_after last read as a list item
  std::uint16_t skin = kNoLabel;  // the skin's region label, looked up when first needed

  const Word& w(std::size_t i) const { return c.word(i); }
  bool is_word(std::size_t i) const { return i < c.size() && w(i).punct == Punct::none; }

  // ---- body parts -------------------------------------------------------
  void classify_regions() {
    regions.assign(c.hits.size(), Region{});
    for (std::size_t h = 0; h < c.hits.size(); ++h) {
      const Hit& hit = c.hits[h];
      const Entry* e = c.entry_of(hit, EntryKind::region);
      if (!e) continue;
      Region r;
      r.hit = static_cast<std::int32_t>(h);
      r.label = e->label;
      r.entry = e;
      const WordText text = c.text_of(hit.last - 1);
      r.plural = hit.last - hit.first == 1 && (text.size() > 3 && text.back() == 's'
                                                   ? true
                                                   : c.in_list(hit.last - 1, WordList::plural_without_s));
      r.linkable = linkable(hit, r);
      regions[h] = r;
    }
  }

  std::size_t previous_word(std::size_t i) const {
    while (i > 0) {
      --i;
      if (w(i).punct == Punct::none) return i;
      if (w(i).punct != Punct::hyphen) return c.size();
    }
    return c.size();
  }

  // "just", "really", "still": an adverb between a body part and its quality.
  bool skipped_adverb(std::size_t i) const {
    const Hit* h = c.hit_at(i);
    if (h && (c.has(*h, EntryKind::quality) || c.has(*h, EntryKind::region) || c.has(*h, EntryKind::emotion)))
      return false;
    return (h && c.is_intensity(*h)) || (w(i).classes & lexicon::kLinkingAdverb);
  }

  bool linkable(const Hit& hit, Region& r) const {
    std::size_t next = hit.last;
    if (next < c.size() && w(next).punct == Punct::hyphen) ++next;  // "chest-tightness"
    // "heart disease", "back surgery", "stomach bug"
    if (is_word(next) && (w(next).classes & lexicon::kCondition)) return false;
    const std::size_t prev = previous_word(hit.first);
    // "the back of the room", "the heart of the matter"
    if (prev < c.size() && c.text_of(prev) == "the" && is_word(next) && c.text_of(next) == "of") {
      std::size_t k = next + 1;
      while (is_word(k) && (w(k).classes & lexicon::kDeterminer)) ++k;
      if (!(is_word(k) && c.is_region_word(k))) return false;
    }
    // "take a deep breath", "do five slow breaths", "a few slow breaths": an exercise, not a state.
    if (c.dl->lexicon.label_name(r.label) == "breath") {
      if (c.in_list(hit.last - 1, WordList::counted_breaths)) {
        for (std::size_t k = previous_word(hit.first), steps = 0; k < c.size() && steps < 3;
             k = previous_word(k), ++steps) {
          if (w(k).is_number || c.in_list(k, WordList::breath_counts)) return false;
          const Hit* h = c.hit_at(k);
          if (!(h && (c.has(*h, EntryKind::quality) || c.is_intensity(*h)))) break;
        }
      }
      std::size_t k = hit.first;
      for (int steps = 0; steps < 4; ++steps) {
        k = previous_word(k);
        if (k >= c.size()) break;
        if (w(k).classes & lexicon::kAction) return false;
        const Hit* h = c.hit_at(k);
        const bool modifier =
            (w(k).classes & (lexicon::kDeterminer | lexicon::kNumberWord | lexicon::kSkippable)) ||
            w(k).is_number || (h && (c.has(*h, EntryKind::quality) || c.is_intensity(*h))) ||
            c.in_list(k, WordList::breath_count_modifiers);
        if (!modifier) break;
      }
    }
    // A preposition right before: "in my chest" (through its determiner) or "in the chest".
    std::size_t k = prev;
    int adjectives = 0;
    while (k < c.size() && adjectives < 3) {
      if (w(k).classes & lexicon::kDeterminer) {
        const std::size_t before = previous_word(k);
        r.subject = !(before < c.size() && (w(before).classes & lexicon::kPreposition));
        return true;
      }
      const Hit* h = c.hit_at(k);
      const bool adjective = !w(k).id || (w(k).classes & lexicon::kSkippable) ||
                             (h && (c.has(*h, EntryKind::quality) || c.is_intensity(*h)));
      if (!adjective) break;
      ++adjectives;
      k = previous_word(k);
    }
    if (prev < c.size() && (w(prev).classes & lexicon::kPreposition)) return true;
    // Next to a quality: "chest tightness", "tight chest", "heart racing"; past
    // an adverb or two: "Whole body just locks up", "breathing really fast"; or
    // a denial: "Stomach not tight", "Hands not burning".
    std::size_t after = next;
    for (int skipped = 0; skipped < 2 && is_word(after) && (skipped_adverb(after) || c.text_of(after) == "not");
         ++skipped)
      ++after;
    if (const Hit* h = c.hit_at(after); h && c.has(*h, EntryKind::quality)) {
      r.subject = true;
      return true;
    }
    if (prev < c.size()) {
      if (const Hit* h = c.hit_at(prev); h && c.has(*h, EntryKind::quality) && h->last == hit.first)
        return true;
    }
    // A bare subject of a feel/be verb: "Hands are cold", "Palms got sweaty", "..., breath getting shallow";
    // or of a perfect: "Shoulders have dropped", "Legs have stopped jumping".
    if (is_word(next) && ((w(next).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel)) ||
                          c.in_list(next, WordList::perfect_auxiliaries))) {
      r.subject = true;
      return true;
    }
    return false;
  }

  // ---- qualities ---------------------------------------------------------
  // The quality entry of `hit` that may attach to `region` (allowed_regions), or null.
  const Entry* quality_for(const Hit& hit, std::uint16_t region) const {
    const int index = c.lex().region_index(region);
    const auto& refs = c.lex().entry_refs();
    for (std::uint32_t k = hit.entries_begin; k < hit.entries_begin + hit.entries_count; ++k) {
      const Entry& e = c.lex().entry(refs[k]);
      if (e.kind != EntryKind::quality) continue;
      if (!e.allowed_regions || (index >= 0 && (e.allowed_regions >> index) & 1u)) return &e;
    }
    return nullptr;
  }

  bool is_quality_hit(std::size_t i) const {
    const Hit* h = c.hit_at(i);
    return h && c.has(*h, EntryKind::quality);
  }

  // Words a scan may step over inside a noun phrase.
  bool modifier_word(std::size_t i) const {
    if (!is_word(i)) return false;
    const Hit* h = c.hit_at(i);
    if (h && c.has(*h, EntryKind::region)) return false;
    // "pressure of my feet"; "crawling, all up the arm", "an ache low in my back":
    // a preposition that is also a quality ("up" of the shoulders) leads to a place
    if (w(i).classes & lexicon::kPreposition) return false;
    if (h && (c.is_intensity(*h) || c.has(*h, EntryKind::quality))) return true;
    return (w(i).classes & (lexicon::kSkippable | lexicon::kDeterminer)) != 0 || c.text_of(i) == "a" ||
           c.text_of(i) == "an";
  }

  void add(const Hit& q, const Entry* e, std::size_t region_hit, const char* rule) {
    Candidate cand;
    cand.kind = MentionKind::sensation;
    const Hit& r = c.hits[region_hit];
    cand.first = std::min(q.first, r.first);
    cand.last = std::max(q.last, r.last);
    cand.head = q.first;
    cand.label = e->label;
    cand.region = regions[region_hit].label;
    cand.entry = e;
    cand.region_entry = regions[region_hit].entry;
    cand.rule = rule;
    cand.region_first = r.first;
    cand.region_last = r.last;
    // "Let your shoulders soften", "allow your jaw to drop": prescribed, so hypothetical.
    const std::size_t lead = cand.first >= 2 ? cand.first - 2 : 0;
    const auto opener = [&](std::size_t k) {
      return c.clause_start[k] && (w(k).classes & lexicon::kLetLead);
    };
    if (cand.first >= 2 && (c.clause_start[lead] || (lead > 0 && opener(lead - 1))) && is_word(lead) &&
        (w(lead).classes & lexicon::kImperativeStart) && c.text_of(lead) != "just" &&
        c.text_of(lead + 1) == "your" && r.first == cand.first)
      cand.imperative = true;
    c.candidates.push_back(cand);
    add_skin_of(q, e, cand);
    // A body part that follows its quality ("shaking all over") is that
    // quality's place, not the subject of the next one.
    if (r.first >= q.last) regions[region_hit].taken = true;
  }

  // "Goosebumps on my arms", "goosebumps all up my arms" are the skin's and the
  // arms' (settled case 174, two nested mentions): a quality whose word is the
  // skin's own, placed on another part, is also a mention of the skin.
  void add_skin_of(const Hit& q, const Entry* e, const Candidate& placed) {
    if (e->region == kNoLabel || e->region == placed.region) return;
    if (e->region != skin_label()) return;
    Candidate own = placed;
    own.first = q.first;
    own.last = q.last;
    own.region = skin;
    own.region_entry = nullptr;
    own.rule = "implied";
    own.region_first = own.region_last = UINT32_MAX;
    c.candidates.push_back(own);
  }

  // "jaw clenched", "chest tight, face warm", "chest-tightness": a quality right
  // after a body part says something about it.
  bool link_adjacent_before(const Hit& q) {
    const std::size_t prev = previous_word(q.first);
    if (prev >= c.size() || c.hit_of_word[prev] < 0) return false;
    const std::size_t rh = c.hit_of_word[prev];
    if (regions[rh].label == kNoLabel || !regions[rh].linkable || c.hits[rh].last != prev + 1) return false;
    if (prev + 1 != q.first && w(prev + 1).punct != Punct::hyphen) return false;
    const Entry* e = quality_for(q, regions[rh].label);
    if (!e) return false;
    add(q, e, rh, "link:adjacent");
    return true;
  }

  // Whether quality `q` opens an item of a list: no determiner or adjective before it.
  bool list_item(const Hit& q) const {
    return q.first == 0 || c.clause_start[q.first] || !is_word(q.first - 1);
  }

  // "no pain or tingling in my feet": word `i` is "or"/"and" joining another
  // quality to `q`, which names no place of its own ("a headache and tingling in my feet").
  bool joins_quality(const Hit& q, std::size_t i) const {
    if (!is_word(i) || !(w(i).classes & lexicon::kCoordinator) || c.clause_start[i] || !is_word(i + 1) ||
        c.clause_start[i + 1] || !is_quality_hit(i + 1))
      return false;
    const Entry* e = c.entry_of(q, EntryKind::quality);
    return e && e->region == kNoLabel;
  }

  // "a knot in my stomach", "tightness across my chest and shoulders", "tight chest".
  bool link_after(const Hit& q) {
    std::size_t i = q.last;
    bool comma = false;  // a comma between qualities was crossed
    // Within the noun phrase: intensity words, other qualities, commas between them.
    while (i < c.size()) {
      if (w(i).punct == Punct::comma && is_word(i + 1) && modifier_word(i + 1)) {
        ++i;
        comma = true;
        continue;
      }
      if (modifier_word(i) && !(w(i).classes & lexicon::kDeterminer) && c.text_of(i) != "a") {
        ++i;
        continue;
      }
      // "no pain or tingling in them": qualities joined by "or"/"and" share their place
      if (joins_quality(q, i)) {
        ++i;
        continue;
      }
      // "a hot, corrosive pressure": an unknown adjective between qualities.
      if (w(i).punct == Punct::comma && is_word(i + 1) && !w(i + 1).id && is_word(i + 2) &&
          is_quality_hit(i + 2)) {
        i += 2;
        continue;
      }
      // "a heaviness, here, across my chest", "hot, in my face": an aside comma
      // before the place (the preposition still has to lead to a body part)
      if (w(i).punct == Punct::comma && is_word(i + 1) &&
          ((w(i + 1).classes & lexicon::kPreposition) || c.in_list(i + 1, WordList::place_pointers))) {
        ++i;
        continue;
      }
      // "a heaviness, especially in your arms"
      if (w(i).punct == Punct::comma && is_word(i + 1) && is_word(i + 2) &&
          (w(i + 2).classes & lexicon::kPreposition)) {
        if (w(i + 1).classes & lexicon::kFocusAdverb) {
          i += 2;
          continue;
        }
      }
      // "a sick feeling in my gut", "a heaviness here, in my chest"
      if (is_word(i) && c.in_list(i, WordList::feeling_place_skips)) {
        ++i;
        if (i < c.size() && w(i).punct == Punct::comma && is_word(i + 1) &&
            (w(i + 1).classes & lexicon::kPreposition))
          ++i;
        continue;
      }
      break;
    }
    if (!is_word(i) || c.clause_start[i]) return false;
    // Next to a body part ("tight chest", "clenched fists").
    if (const Hit* h = c.hit_at(i); h && regions[c.hit_of_word[i]].label != kNoLabel && h->first == i) {
      if (!regions[c.hit_of_word[i]].linkable) return false;
      // "Shaky, tingling hands, chest not as tight": a list of symptoms, each its own
      // item, when the list goes on past the body part; a determiner makes one noun
      // phrase of them ("a tight, sore chest"), and so does a description that ends
      // there ("Heavy, warm hands.", "dry, stingy eyes.": mostly restated).
      if (comma && list_item(q) && h->last < c.size() && w(h->last).punct == Punct::comma &&
          is_word(h->last + 1)) {
        listed_before_place = q.first;
        return false;
      }
      const Entry* e = quality_for(q, regions[c.hit_of_word[i]].label);
      if (e && (e->pos != lexicon::PartOfSpeech::verb || participle(q))) {
        add(q, e, c.hit_of_word[i], "link:adjacent");
        coordinated(q, h->last, "link:adjacent");
        return true;
      }
      return false;
    }
    // "tension moving from your chest", "a shiver runs down my spine", "a knot forms in my
    // stomach": one verb (an unknown word in -ing, -s or -ed) may precede the preposition.
    // ("the tingling started in my fingers": a verb of change too)
    if (is_word(i) && ((w(i).classes & ~lexicon::kRuleWordLists) | lexicon::kBecome) == lexicon::kBecome &&
        !c.hit_at(i) && is_word(i + 1) && (w(i + 1).classes & lexicon::kPreposition)) {
      const std::string_view t = c.tw.folded_token(w(i).token);
      const bool verb_like =
          t.size() > 3 && (t.substr(t.size() - 3) == "ing" || t.substr(t.size() - 2) == "ed" ||
                           (t.back() == 's' && t.substr(t.size() - 2) != "ss"));
      if (verb_like) ++i;
    }
    // "any tension left in your jaw"
    if (is_word(i) && c.in_list(i, WordList::remaining_verbs) && is_word(i + 1) &&
        (w(i + 1).classes & lexicon::kPreposition))
      ++i;
    // "the heat's still in my face", "the pain is mostly in my lower back": the quality
    // is the subject of a be verb whose complement is its place (up to two adverbs).
    else if (is_word(i) && (w(i).classes & lexicon::kBe) && !c.hit_at(i)) {
      std::size_t k = i + 1;
      for (int n = 0; n < 2 && is_word(k) && !c.clause_start[k] && !(w(k).classes & lexicon::kPreposition); ++n) {
        if (!(w(k).classes & (lexicon::kSkippable | lexicon::kFocusAdverb)) || c.hit_at(k)) break;
        ++k;
      }
      if (is_word(k) && !c.clause_start[k] && (w(k).classes & lexicon::kPreposition)) i = k;
    }
    if (!(w(i).classes & lexicon::kPreposition)) return false;
    // Then up to six words of the prepositional phrase: "right across the bottom of my sternum".
    for (int steps = 0; steps < 7 && i < c.size(); ++steps, ++i) {
      if (!is_word(i)) {
        if (w(i).punct == Punct::hyphen) continue;
        return false;
      }
      if (steps > 0 && c.clause_start[i]) return false;
      const Hit* h = c.hit_at(i);
      if (h && h->first == i && regions[c.hit_of_word[i]].label != kNoLabel) {
        const std::size_t rh = c.hit_of_word[i];
        const std::int32_t skin_hit = regions[rh].label != skin_label() ? skin_subject(q) : -1;
        if (!regions[rh].linkable || (skin_hit < 0 && subject_before(q))) return false;
        const Entry* e = quality_for(q, regions[rh].label);
        if (!e) return false;
        add(q, e, rh, "link:after");
        coordinated(q, h->last, "link:after");
        // "pins and needles down both arms": the "down" on the way is no mood
        for (std::size_t k = q.last; k < i; ++k)
          if (c.hit_of_word[k] >= 0 && (w(k).classes & lexicon::kPreposition)) c.used[c.hit_of_word[k]] = 1;
        if (skin_hit >= 0)
          if (const Entry* s = quality_for(q, skin)) add(q, s, static_cast<std::size_t>(skin_hit), "link:before");
        return true;
      }
      if (steps > 0 && h && (c.is_content(*h) && !c.has(*h, EntryKind::quality))) return false;
      if (w(i).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel | lexicon::kPerson)) return false;
      if (h && h->last > i + 1) i = h->last - 1;
    }
    return false;
  }

  // "Your hands are clammy on your knees", "hands feel heavy on my thighs": a body
  // part that is the subject of the quality's verb is its place, not the one the
  // prepositional phrase after it names (link_before takes it).
  bool subject_before(const Hit& q) const {
    if (!is_word(q.last)) return false;  // "My skin is crawling, all up the arm": an aside goes on placing it
    const std::int32_t h = verb_subject(q);
    return h >= 0 && quality_for(q, regions[h].label);
  }

  // The linkable body part right before the feel/be verb (past adverbs) before `q`, or -1.
  std::int32_t verb_subject(const Hit& q) const {
    std::size_t k = previous_word(q.first);
    while (k < c.size() && skipped_adverb(k)) k = previous_word(k);
    if (k >= c.size() || !(w(k).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel))) return -1;
    const std::size_t r = previous_word(k);
    if (r >= c.size() || c.hit_of_word[r] < 0) return -1;
    const std::int32_t h = c.hit_of_word[r];
    const Region& region = regions[h];
    return region.label != kNoLabel && region.linkable && c.hits[h].last == r + 1 ? h : -1;
  }

  std::uint16_t skin_label() {
    if (skin == kNoLabel) skin = c.lex().find_label("skin");
    return skin;
  }

  // "My skin is prickly on my arms", "skin's tender all down my arms", "My skin is
  // crawling, all up the arm": the skin, subject of the quality's verb, and the part
  // the phrase after it places it on are both its places (two nested mentions, as
  // goosebumps on the arms, case 174). The skin's hit, or -1.
  std::int32_t skin_subject(const Hit& q) {
    const std::int32_t h = verb_subject(q);
    return h >= 0 && regions[h].label == skin_label() ? h : -1;
  }

  // "... my chest and shoulders", "... my hands, feet and face"
  void coordinated(const Hit& q, std::size_t i, const char* rule) {
    while (i < c.size()) {
      std::size_t k = i;
      bool joined = false;
      while (k < c.size() &&
             (w(k).punct == Punct::comma || (is_word(k) && (w(k).classes & lexicon::kCoordinator)))) {
        joined = true;
        ++k;
      }
      if (!joined) return;
      if (is_word(k) && c.clause_start[k]) return;  // ", my breaths are shallow": a new clause
      // "across my chest and into my belly": the place goes on in a second phrase
      for (int steps = 0; steps < 2 && is_word(k) && (w(k).classes & lexicon::kPreposition) && !c.clause_start[k];
           ++steps)
        ++k;
      while (is_word(k) && (w(k).classes & lexicon::kDeterminer)) ++k;
      if (!is_word(k) || c.clause_start[k]) return;
      const Hit* h = c.hit_at(k);
      if (!h || h->first != k || regions[c.hit_of_word[k]].label == kNoLabel) return;
      // "tight chest, jaw clenched", "..., breath getting shallow": that body part has its own predicate.
      if (is_word(h->last) && (is_quality_hit(h->last) ||
                               (w(h->last).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel))))
        return;
      const Entry* e = quality_for(q, regions[c.hit_of_word[k]].label);
      if (!e) return;
      add(q, e, c.hit_of_word[k], rule);
      i = h->last;
    }
  }

  // "clenched", "pounding", "racing": verb forms that can stand before a noun.
  bool participle(const Hit& q) const {
    const WordText t = c.text_of(q.last - 1);
    return t.size() > 3 && (t.substr(t.size() - 2) == "ed" || t.substr(t.size() - 3) == "ing");
  }

  // "clench your fists", "I couldn't feel my arms", "relax your shoulders"
  bool link_object(const Hit& q) {
    const auto& refs = c.lex().entry_refs();
    bool takes = false;
    for (std::uint32_t k = q.entries_begin; k < q.entries_begin + q.entries_count; ++k)
      takes =
          takes || (c.lex().entry(refs[k]).kind == EntryKind::quality && c.lex().entry(refs[k]).takes_object);
    if (!takes) return false;
    std::size_t i = q.last;
    if (!(is_word(i) && (w(i).classes & lexicon::kDeterminer))) return false;
    while (is_word(i) && (w(i).classes & lexicon::kDeterminer)) ++i;
    const Hit* h = c.hit_at(i);
    if (!h || h->first != i || regions[c.hit_of_word[i]].label == kNoLabel) return false;
    const Entry* e = quality_for(q, regions[c.hit_of_word[i]].label);
    if (!e || !e->takes_object) return false;
    add(q, e, c.hit_of_word[i], "link:object");
    // A quality verb that opens its clause is an instruction: "Relax your shoulders."
    if (c.clause_start[q.first] || imperative_lead(q.first)) c.candidates.back().imperative = true;
    coordinated(q, h->last, "link:object");
    return true;
  }

  bool imperative_lead(std::size_t first) const {
    std::size_t k = previous_word(first);
    while (k < c.size() && c.in_list(k, WordList::imperative_verb_leads)) k = previous_word(k);
    return k < c.size() && (w(k).classes & lexicon::kImperativeStart) && c.clause_start[k];
  }

  // "my chest tightens", "my shoulders were up around my ears, really tense"
  // "my heart does a small skip", "my back is terrible sore": a word that is an emotion only
  // after a feel verb is no emotion where no feel verb precedes it ("my hand feels dirty" is
  // the feeling itself).
  bool adjective_in_noun_phrase(std::size_t h) const {
    const Hit& e = c.hits[h];
    if (c.entry_of(e, EntryKind::emotion)->needs != lexicon::Needs::feel) return false;
    const std::size_t before = previous_word(e.first);
    return before >= c.size() || !(w(before).classes & lexicon::kFeel);
  }

  bool link_before(const Hit& q) {
    if (c.clause_start[q.first]) return false;  // nothing precedes it in its clause
    std::int32_t best = -1, fallback = -1;
    std::size_t i = q.first;
    int steps = 0;
    // "No chest pain, no nausea, no dizziness", "Chest pain, nausea": a symptom whose word names
    // its own place (nausea the stomach, dizziness the head) set off by a comma is an item of a
    // list, not a quality of the body part an item before it named.
    const Entry* own = c.entry_of(q, EntryKind::quality);
    std::size_t item = q.first;  // the list item opens at a comma, past "no" or "any"
    if (item > 0 && is_word(item - 1) && (c.text_of(item - 1) == "no" || c.text_of(item - 1) == "any")) --item;
    const bool listed_with_own_place = own && own->region != kNoLabel && own->region != c.dl->unspecified &&
                                       item > 0 && w(item - 1).punct == Punct::comma;
    while (i > 0 && steps < 10) {
      --i;
      if (w(i).punct != Punct::none) {
        if (w(i).punct == Punct::comma || w(i).punct == Punct::hyphen) continue;
        break;
      }
      ++steps;
      const std::int32_t h = c.hit_of_word[i];
      if (h >= 0 && c.hits[h].last - 1 == i && regions[h].label != kNoLabel) {
        const Region& r = regions[h];
        if (listed_with_own_place && r.label != own->region) break;
        if (r.linkable && quality_for(q, r.label)) {
          if (r.subject) {
            best = h;
            break;
          }
          if (fallback < 0 && !r.taken) fallback = h;
        }
      } else if (h >= 0 && c.has(c.hits[h], EntryKind::emotion) && !c.has(c.hits[h], EntryKind::quality) &&
                 !adjective_in_noun_phrase(static_cast<std::size_t>(h))) {
        break;
      }
      if (c.clause_start[i]) break;
      // A new subject, a wh-word or "if" opens another clause: "your body ... if you sat with that
      // discomfort".
      if ((w(i).classes & (lexicon::kPerson | lexicon::kWh)) ||
          (h >= 0 && c.has(c.hits[h], EntryKind::conditional)))
        break;
      // "chest tightness and a mild nausea": an article after "and" starts another phrase.
      const WordText t = c.text_of(i);
      if ((t == "a" || t == "an") && i > 0 &&
          (w(i - 1).punct == Punct::comma || (is_word(i - 1) && (w(i - 1).classes & lexicon::kCoordinator))))
        break;
    }
    const std::int32_t chosen = best >= 0 ? best : fallback;
    if (chosen < 0) return false;
    add(q, quality_for(q, regions[chosen].label), static_cast<std::size_t>(chosen), "link:before");
    if (best >= 0) coordinated_subjects(q, static_cast<std::size_t>(best));
    return true;
  }

  // "My hands and legs are aching", "my neck, shoulders and back go stiff": body parts joined
  // to the subject that placed a quality share it, when the list opens its clause (not "a tight
  // chest and shoulders that ache", nor "I put a hand on my chest and my heart raced").
  void coordinated_subjects(const Hit& q, std::size_t subject_hit) {
    std::vector<std::size_t> joined;
    std::size_t first = c.hits[subject_hit].first;
    for (;;) {
      std::size_t start = first;
      for (std::size_t p = previous_word(start); p < c.size() && (w(p).classes & lexicon::kDeterminer);
           p = previous_word(p))
        start = p;
      if (start == 0 || c.clause_start[start]) break;
      std::size_t p = start;
      while (p > 0 && (w(p - 1).punct == Punct::comma || (is_word(p - 1) && (w(p - 1).classes & lexicon::kCoordinator))))
        --p;
      if (p == start) return;                  // no "and" or comma before it: no list
      if (p == 0 || c.clause_start[p]) break;  // "And my hands and feet ..."
      const std::int32_t h = c.hit_of_word[p - 1];
      if (h < 0 || c.hits[h].last != p || regions[h].label == kNoLabel || !regions[h].linkable ||
          regions[h].taken || !quality_for(q, regions[h].label))
        return;
      const std::size_t before = previous_word(c.hits[h].first);
      if (before < c.size() && is_quality_hit(before)) return;  // "a tight chest and ...": its own quality
      joined.push_back(static_cast<std::size_t>(h));
      first = c.hits[h].first;
    }
    for (const std::size_t h : joined) add(q, quality_for(q, regions[h].label), h, "link:before");
  }

  // "my neck, it's like a board", "the jaw, it is clenched", "Shoulders, very
  // tight": a body part named first and set off by a comma, then described by a
  // clause of "it"/"they", a be verb and intensity words only. A bare body part
  // must open its sentence ("Shoulders, ..."), not end a list ("..., hands, tight").
  bool link_dislocated(const Hit& q) {
    std::size_t i = q.first;
    for (int steps = 0; i > 0 && steps < 4; ++steps) {
      --i;
      if (w(i).punct == Punct::comma) break;
      if (!is_word(i)) return false;
      const WordText t = c.text_of(i);
      if (t == "it" || t == "they" || (w(i).classes & lexicon::kBe) || modifier_word(i)) continue;
      // "In my stomach, a sort of sinking", "my neck, a kind of ache": the hedge is a modifier
      if (t == "of" && i > 1 && is_word(i - 1) && (c.text_of(i - 1) == "sort" || c.text_of(i - 1) == "kind")) {
        --i;
        continue;
      }
      return false;
    }
    if (w(i).punct != Punct::comma || i == 0 || !is_word(i - 1)) return false;
    const std::int32_t h = c.hit_of_word[i - 1];
    if (h < 0 || c.hits[h].last != i || regions[h].label == kNoLabel) return false;
    const Region& r = regions[h];
    const std::size_t first = c.hits[h].first;
    const std::size_t before = previous_word(first);
    // only the body part and its determiner open the phrase: not a list ("A sore back, headaches")
    const bool opens = before >= c.size() || c.sentence[before] != c.sentence[first];
    if (!opens && !(w(before).classes & lexicon::kDeterminer)) return false;
    if (!r.linkable && !opens) return false;
    const Entry* e = quality_for(q, r.label);
    if (!e) return false;
    add(q, e, static_cast<std::size_t>(h), "link:dislocated");
    return true;
  }

  // Quality `q` (as entry `e`) placed in region `r` through a pronoun; the
  // mention covers words [first, last).
  void add_pronoun_link(const Hit& q, const Entry* e, const Region& r, std::uint32_t first, std::uint32_t last) {
    Candidate cand;
    cand.kind = MentionKind::sensation;
    cand.first = first;
    cand.last = last;
    cand.head = q.first;
    cand.label = e->label;
    cand.region = r.label;
    cand.entry = e;
    cand.region_entry = r.entry;
    cand.rule = "link:pronoun";
    c.candidates.push_back(cand);
  }

  // "My feet, I guess. There's no pain or tingling in them.", "my eyes are
  // watering ... the pressure behind them": a preposition and a pronoun after
  // the quality point to the body part named last in the turn (in number; "it"
  // only to one in this sentence or the one before).
  bool link_prepositional_pronoun(const Hit& q) {
    std::size_t i = q.last;
    while (joins_quality(q, i)) i = c.hit_at(i + 1)->last;
    if (!is_word(i) || !(w(i).classes & lexicon::kPreposition) || !is_word(i + 1)) return false;
    const WordText p = c.text_of(i + 1);
    const bool plural = p == "them";
    if (!plural && p != "it") return false;
    for (auto rit = last_region_in_turn.rbegin(); rit != last_region_in_turn.rend(); ++rit) {
      const Region& r = regions[*rit];
      if (c.hits[*rit].first >= q.first) continue;
      if (r.plural != plural) return false;
      if (!plural && c.sentence[c.hits[*rit].first] + 1 < c.sentence[q.first]) return false;
      const Entry* e = quality_for(q, r.label);
      if (!e) return false;
      add_pronoun_link(q, e, r, q.first, static_cast<std::uint32_t>(i + 2));
      return true;
    }
    return false;
  }

  // Whether a sensation of quality `q` in region `region` was found in one of the
  // `sentences` sentences before word `k`.
  bool said_before(std::uint16_t region, const Hit& q, std::uint32_t sentences, std::size_t k) const {
    const Entry* e = c.entry_of(q, EntryKind::quality);
    for (const Candidate& cand : c.candidates)
      if (cand.kind == MentionKind::sensation && cand.region == region && e && cand.label == e->label &&
          cand.last <= k && c.sentence[cand.first] + sentences >= c.sentence[k])
        return true;
    return false;
  }

  // "they were cold before": the plural body part named earlier in the turn;
  // "My hand feels dirty. It's buzzing": a singular one, for a quality that
  // needs a body ("it's cold" is the weather).
  bool link_pronoun(const Hit& q) {
    std::size_t k = clause_of[q.first];
    // "Now it's loosening", "and then they went cold": the subject after an opener.
    for (int steps = 0; steps < 3 && k < q.first && is_word(k) &&
                        (w(k).classes & (lexicon::kFiller | lexicon::kSkippable | lexicon::kPredicateEnd)) &&
                        !(w(k).classes & lexicon::kPronounPlural) && c.text_of(k) != "it";
         ++steps)
      ++k;
    // "Some mornings they're so stiff", "I didn't know they were tight": the
    // subject right before the quality's verb
    if (!(w(k).classes & lexicon::kPronounPlural) && c.text_of(k) != "it") {
      std::size_t j = previous_word(q.first);
      while (j < c.size() && j > k && skipped_adverb(j)) j = previous_word(j);
      if (j < c.size() && j > k && (w(j).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel))) {
        const std::size_t subject = previous_word(j);
        if (subject < c.size() && subject >= k &&
            ((w(subject).classes & lexicon::kPronounPlural) || c.text_of(subject) == "it"))
          k = subject;
      }
    }
    const bool plural = (w(k).classes & lexicon::kPronounPlural) != 0;
    const Entry* quality = c.entry_of(q, EntryKind::quality);
    const bool it = c.text_of(k) == "it" && quality && c.sentence[k] > 0;
    // "it's cold" is the weather: a quality that needs no body part is said of one
    // through "it" only when the same was said of it just before ("my throat wasn't
    // tight at all. With Meg, it went tight.")
    bool it_needs_same = it && quality->needs != lexicon::Needs::body;
    if (it_needs_same) {  // and only as the subject of the quality's verb: "it went tight", "it's still tight"
      std::size_t j = k + 1;
      for (int n = 0; n < 4 && j < q.first && is_word(j) &&
                      ((w(j).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel)) || skipped_adverb(j));
           ++n)
        ++j;
      if (j != q.first || j == k + 1) return false;
    }
    if (!plural && !it) return false;
    // "It's like an alarm going": in a simile the quality is the compared thing's
    for (std::size_t i = k + 1; i + 1 < q.first; ++i)
      if (c.text_of(i) == "like" && (c.text_of(i + 1) == "a" || c.text_of(i + 1) == "an")) return false;
    // "Can you notice your shoulders right now?" — "They're tight.": at the start
    // of a turn that has named no body part yet, "they" is the one the turn before named last
    const TurnContext::NamedRegion& before = c.previous_turn_region;
    if (plural && before.label != kNoLabel && before.plural && c.sentence[k] < 2 &&
        (last_region_in_turn.empty() || c.hits[last_region_in_turn.front()].first >= q.first)) {
      const Entry* e = quality_for(q, before.label);
      if (!e) return false;
      Region r;
      r.label = before.label;
      r.entry = before.entry;
      add_pronoun_link(q, e, r, static_cast<std::uint32_t>(k), q.last);
      return true;
    }
    for (auto rit = last_region_in_turn.rbegin(); rit != last_region_in_turn.rend(); ++rit) {
      const Region& r = regions[*rit];
      if (c.hits[*rit].first >= q.first) continue;
      if (r.plural != plural) return false;
      // the sentence just before, or one that said the same of it ("My head's
      // pounding ... No. It's just pounding.")
      if (it && (it_needs_same || c.sentence[c.hits[*rit].first] + 1 != c.sentence[k]) &&
          !said_before(r.label, q, 3, k))
        return false;
      const Entry* e = quality_for(q, r.label);
      if (!e) return false;
      // "My legs feel far away. Like they belong to someone else.": the same
      // quality of the same region goes on describing one sensation. (Not through
      // "it" and a word said again: "wasn't tight … it went tight" is said anew.)
      if (!it_needs_same && !c.candidates.empty()) {
        Candidate& prev = c.candidates.back();
        if (prev.kind == MentionKind::sensation && prev.region == r.label && prev.label == e->label &&
            prev.last <= k && c.sentence[prev.last - 1] + 1 == c.sentence[k]) {
          prev.last = q.last;
          return true;
        }
      }
      add_pronoun_link(q, e, r, static_cast<std::uint32_t>(k), q.last);
      return true;
    }
    return false;
  }

  // "My chest. Tight, like a band.", "the back of my neck — really tight": a
  // quality that opens a clause (after intensity words) right after a body part
  // that ended the clause before it at a dash or a colon, or ended a sentence
  // that only names it (a topic: "My stomach.", "Mostly my jaw."), is said of it.
  bool link_topic(const Hit& q) {
    std::size_t p = q.first;
    // past intensity words, and a subject with its verb: "My chest. It is tight."
    while (p > 0 && is_word(p - 1) &&
           (skipped_adverb(p - 1) || (w(p - 1).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kSkippable | lexicon::kSubject))))
      --p;
    if (p < 2 || is_word(p - 1) || !is_word(p - 2)) return false;
    const Punct mark = w(p - 1).punct;
    const bool dash = mark == Punct::clause_break;  // a dash, a colon (or a semicolon, a bracket)
    if (!dash && mark != Punct::sentence_end && mark != Punct::question_mark) return false;
    const std::int32_t h = c.hit_of_word[p - 2];
    if (h < 0 || c.hits[h].last != p - 1 || regions[h].label == kNoLabel) return false;
    if (!dash) {
      // the sentence before names the body part and nothing else, or only its
      // place ("In my chest. Warm.", "Here, under my ribs. Hard.": the mirror of
      // link_next_fragment); a verb ("I put it in my bag.") ends the topic
      for (std::size_t k = c.sentence_first[c.sentence[p - 2]]; k < c.hits[h].first; ++k) {
        if (!is_word(k)) continue;
        if (!(w(k).classes & (lexicon::kDeterminer | lexicon::kFiller | lexicon::kSkippable | lexicon::kCoordinator |
                              lexicon::kPreposition)) &&
            !skipped_adverb(k) && !c.in_list(k, WordList::place_pointers))
          return false;
      }
    } else if (!regions[h].linkable) {
      return false;
    }
    const Entry* e = quality_for(q, regions[h].label);
    if (!e) return false;
    add(q, e, static_cast<std::size_t>(h), "link:topic");
    return true;
  }

  // "it spreads up into my throat. There's a tightness there.": "there" after a
  // quality points to the body part named last, in its sentence or the two before.
  bool link_there(const Hit& q) {
    if (!is_word(q.last) || c.text_of(q.last) != "there") return false;
    if (is_word(q.last + 1) && (w(q.last + 1).classes & lexicon::kBe)) return false;  // "pain there is ..."
    for (auto rit = last_region_in_turn.rbegin(); rit != last_region_in_turn.rend(); ++rit) {
      const Hit& r = c.hits[*rit];
      if (r.first >= q.first) continue;
      if (c.sentence[r.first] + 2 < c.sentence[q.first]) return false;
      const Entry* e = quality_for(q, regions[*rit].label);
      if (!e) return false;
      add_pronoun_link(q, e, regions[*rit], q.first, q.last + 1);
      return true;
    }
    return false;
  }

  // Whether word `i` may stand in a verbless fragment that only names a quality
  // ("A sort of ache.", "Warm and a bit sore.", "Sort of a warmth, here.").
  bool fragment_word(std::size_t i) const {
    if (!is_word(i)) return w(i).punct == Punct::comma || w(i).punct == Punct::hyphen;
    const Hit* h = c.hit_at(i);
    if (h && (c.has(*h, EntryKind::region) || c.has(*h, EntryKind::emotion))) return false;
    if (h && (c.has(*h, EntryKind::quality) || c.is_intensity(*h))) return true;
    return (w(i).classes & (lexicon::kDeterminer | lexicon::kFiller | lexicon::kSkippable | lexicon::kCoordinator)) ||
           c.in_list(i, WordList::place_pointers) || c.text_of(i) == "a" || c.text_of(i) == "an" ||
           c.text_of(i) == "sort" || c.text_of(i) == "kind" || c.text_of(i) == "of";
  }

  // "Heavy. In my arms", "Warm. Here, in me chest.", "A sort of ache. Here, in the
  // middle of my chest.": a quality alone in a verbless fragment is placed by the
  // next fragment when that opens on its place (settled cases 87, 147, 333). The
  // mirror of link_topic; each check looks at the two fragments only.
  bool link_next_fragment(const Hit& q) {
    const std::uint32_t s = c.sentence[q.first];
    // a fragment is short: keeps a long sentence of qualities linear
    if (c.sentence_words[s] > 8 || c.sentence_first[s + 1] - c.sentence_first[s] > 16) return false;
    std::size_t i = c.sentence_first[s];
    for (; i < q.first; ++i)
      if (!fragment_word(i)) return false;
    for (i = q.last; i < c.size() && c.sentence[i] == s && w(i).punct != Punct::sentence_end; ++i)
      if (!fragment_word(i)) return false;
    if (i >= c.size() || w(i).punct != Punct::sentence_end) return false;  // a question asks, a turn's end places nothing
    ++i;
    // "Here, in …", "Here on …"
    for (int steps = 0; steps < 3 && i < c.size() &&
                        (w(i).punct == Punct::comma || (is_word(i) && c.in_list(i, WordList::place_pointers)));
         ++steps)
      ++i;
    if (!is_word(i) || !(w(i).classes & lexicon::kPreposition)) return false;
    for (int steps = 0; steps < 7 && is_word(i); ++steps, ++i) {
      const Hit* h = c.hit_at(i);
      if (h && h->first == i && regions[c.hit_of_word[i]].label != kNoLabel) {
        const std::size_t rh = c.hit_of_word[i];
        // the place ends its phrase: "In my arms, like …", not "On my feet all day"
        if (!regions[rh].linkable || is_word(h->last)) return false;
        const Entry* e = quality_for(q, regions[rh].label);
        if (!e) return false;
        add(q, e, rh, "link:next-fragment");
        return true;
      }
      if (steps > 0 && h && c.is_content(*h)) return false;
      if (w(i).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kFeel | lexicon::kPerson)) return false;
      if (h && h->last > i + 1) i = h->last - 1;
    }
    return false;
  }

  // A region the quality phrase itself names ("sick to my stomach", "heart racing").
  bool inside(const Hit& q) {
    const Entry* first_quality = c.entry_of(q, EntryKind::quality);
    if (q.last - q.first < 2) return false;
    for (std::size_t k = q.first; k < q.last; ++k) {
      const auto& info = c.lex().word(w(k).id);
      const auto& refs = c.lex().entry_refs();
      for (std::uint32_t e = info.entries_begin; e < info.entries_begin + info.entries_count; ++e) {
        const Entry& re = c.lex().entry(refs[e]);
        if (re.kind != EntryKind::region) continue;
        // "up by my ears" says where the shoulders are, not a sensation in the ears.
        if (first_quality->region == kNoLabel && !quality_for(q, re.label)) continue;
        Candidate cand;
        cand.kind = MentionKind::sensation;
        cand.first = q.first;
        cand.last = q.last;
        cand.head = q.first;
        cand.label = first_quality->label;
        cand.region = first_quality->region != kNoLabel ? first_quality->region : re.label;
        cand.entry = first_quality;
        cand.region_entry = &re;
        cand.rule = "phrase";
        c.candidates.push_back(cand);
        return true;
      }
    }
    return false;
  }

  // "The tingling has calmed down", "the heat goes down": a change said of a
  // sensation named just before is part of that sensation's mention.
  bool link_quality_subject(const Hit& q) {
    // Only a verb of change ("eased", "calmed down"), not "for a bit longer".
    const Entry* change = c.entry_of(q, EntryKind::quality);
    if (!change || change->pos != lexicon::PartOfSpeech::verb) return false;
    std::size_t i = q.first;
    for (int steps = 0; steps < 5 && i > 0; ++steps) {
      --i;
      if (!is_word(i)) return false;
      const std::int32_t h = c.hit_of_word[i];
      if (h >= 0 && c.has(c.hits[h], EntryKind::quality)) {
        const Hit& subject = c.hits[h];
        const std::size_t covering = latest_sensation_covering(subject);
        if (covering != SIZE_MAX) {
          extend(covering, q.last);
          return true;
        }
        const Entry* e = c.entry_of(subject, EntryKind::quality);
        if (!e || e->needs == lexicon::Needs::body || describes_emotion(subject)) return false;
        Candidate cand;
        cand.kind = MentionKind::sensation;
        cand.first = subject.first;
        cand.last = q.last;
        cand.head = subject.first;
        cand.label = e->label;
        cand.region = e->region != kNoLabel ? e->region : c.dl->unspecified;
        cand.entry = e;
        cand.rule = "quality-subject";
        c.candidates.push_back(cand);
        c.used[h] = 1;
        return true;
      }
      if (h >= 0 && !c.is_intensity(c.hits[h]) && !c.is_cue(c.hits[h])) return false;
      if (c.clause_start[i]) return false;
      const bool filler =
          (w(i).classes & (lexicon::kBe | lexicon::kBecome | lexicon::kSkippable | lexicon::kPredicateEnd)) ||
          c.in_list(i, WordList::predicate_fillers) || h >= 0;
      if (!filler) return false;
    }
    return false;
  }

  // The latest candidate (in list order) that is a sensation covering
  // `subject`, or SIZE_MAX. Scanned from the end, stopping where no earlier
  // candidate reaches that far: a full scan per changing quality ("tingling
  // eased, tingling eased, ...") was quadratic on a long turn.
  std::size_t latest_sensation_covering(const Hit& subject) {
    const auto& v = c.candidates;
    for (std::size_t k = reach.size(); k < v.size(); ++k) {
      const std::uint32_t r = v[k].kind == MentionKind::sensation ? v[k].last : 0;
      reach.push_back(k > 0 ? std::max(reach[k - 1], r) : r);
    }
    for (std::size_t j = v.size(); j-- > 0;) {
      if (reach[j] < subject.last) return SIZE_MAX;
      const Candidate& cand = v[j];
      if (cand.kind == MentionKind::sensation && cand.first <= subject.first && cand.last >= subject.last) return j;
    }
    return SIZE_MAX;
  }

  void extend(std::size_t j, std::uint32_t last) {
    Candidate& cand = c.candidates[j];
    cand.last = std::max(cand.last, last);
    for (std::size_t k = j; k < reach.size(); ++k) reach[k] = std::max(reach[k], cand.last);
  }

  // A quality word followed by an emotion it describes ("a hot shame", "jittery anxiety").
  bool describes_emotion(const Hit& q) const {
    std::size_t i = q.last;
    int unknown = 0;
    // "a flutter of excitement", "a knot of dread": the sensation word measures the emotion.
    if (is_word(i) && c.text_of(i) == "of" && is_word(i + 1)) {
      const Hit* h = c.hit_at(i + 1);
      if (h && c.has(*h, EntryKind::emotion) && !c.has(*h, EntryKind::quality)) return true;
    }
    while (i < c.size()) {
      if (w(i).punct == Punct::comma) {
        ++i;
        continue;
      }
      if (!is_word(i)) return false;
      const Hit* h = c.hit_at(i);
      // "jaw locking, anger at 60": after a comma an emotion starts a new item.
      if (h && c.has(*h, EntryKind::emotion) && i > 0 && w(i - 1).punct == Punct::comma) return false;
      if (h && c.has(*h, EntryKind::emotion) && !c.has(*h, EntryKind::quality)) {
        // "My face is burning small" (a little): a word that is an emotion only after
        // a feel verb ("I feel small") names no emotion for the quality to describe
        if (c.entry_of(*h, EntryKind::emotion)->needs == lexicon::Needs::feel) return false;
        // "tingling down both arms", "an ache low in my back": "down", "low" lead to a place
        if ((w(i).classes & lexicon::kPreposition) && is_word(h->last) &&
            (w(h->last).classes & (lexicon::kDeterminer | lexicon::kPreposition)))
          return false;
        // "a hot, embarrassed flush": the emotion word is itself an adjective here.
        return !(is_word(h->last) && is_quality_hit(h->last));
      }
      // Adjectives in a row ("hot, corrosive shame"), not a list of sensations.
      if (h && c.has(*h, EntryKind::quality) && !c.is_intensity(*h) && !c.has(*h, EntryKind::emotion)) {
        i = h->last;
        continue;
      }
      if (!w(i).id && ++unknown <= 2) {
        ++i;
        continue;
      }
      return false;
    }
    return false;
  }

  bool has_emotion_reading(const Hit& q) const {
    if (c.has(q, EntryKind::emotion)) return true;
    const auto& refs = c.lex().entry_refs();
    for (std::uint32_t k = q.entries_begin; k < q.entries_begin + q.entries_count; ++k)
      if (c.lex().entry(refs[k]).kind == EntryKind::quality && c.lex().entry(refs[k]).emotion != kNoLabel)
        return true;
    return false;
  }

  // "a hot, embarrassed flush": an adjective whose noun is another quality in the
  // same phrase is part of that noun's mention.
  bool modifies_following_quality(const Hit& q) const {
    std::size_t i = q.last;
    int steps = 0;
    while (i < c.size() && steps++ < 4) {
      if (w(i).punct == Punct::comma) {
        ++i;
        continue;
      }
      if (!is_word(i)) return false;
      const Hit* h = c.hit_at(i);
      if (h && c.has(*h, EntryKind::quality) && !c.has(*h, EntryKind::emotion)) return true;
      if ((h && c.has(*h, EntryKind::emotion)) || !w(i).id) {
        i = h ? h->last : i + 1;
        continue;
      }
      return false;
    }
    return false;
  }

  // "The lump's gone", "the pressure is gone", "The fuzzy's gone", "the sickness has gone": a
  // quality named as a thing ("the", "that", "this" before it) whose going is said right after
  // it (a be or have verb, then a cue of `negation_backward`) is the sensation asked after and
  // now absent (settled cases 346, 498); "the pressure at work" or "a lump" alone stay out.
  bool named_as_gone(const Hit& q) const {
    if (q.last - q.first != 1 || q.first == 0 || !is_word(q.first - 1)) return false;
    const WordText d = c.text_of(q.first - 1);
    if (d != "the" && d != "that" && d != "this") return false;
    // a verb's entry ("the water stops") names an event; "with the light gone" has no verb
    const Entry* e = c.entry_of(q, EntryKind::quality);
    if (!e || e->pos == lexicon::PartOfSpeech::verb) return false;
    std::size_t k = q.last;
    if (!is_word(k) || !((w(k).classes & lexicon::kBe) || c.in_list(k, WordList::have_forms))) return false;
    ++k;
    if (!is_word(k)) return false;
    const Hit* g = c.hit_at(k);
    return g && g->first == k && c.has(*g, EntryKind::negation_backward);
  }

  bool noun_use(const Hit& q) const {
    if (q.last - q.first != 1) return false;
    if (named_as_gone(q)) return true;
    const WordText t = c.text_of(q.first);
    if (t.size() < 5 || t.substr(t.size() - 3) != "ing") return false;
    if (is_word(q.last) && c.text_of(q.last) == "of") return false;  // "the pounding of the rain"
    std::size_t k = previous_word(q.first);
    while (k < c.size() && c.hit_at(k) && c.is_intensity(*c.hit_at(k)) &&
           !c.has(*c.hit_at(k), EntryKind::quality))
      k = previous_word(k);
    if (k >= c.size()) return false;
    const WordText d = c.text_of(k);
    return (w(k).classes & lexicon::kDeterminer) || d == "a" || d == "an" || d == "no";  // "No burning."
  }

  // "He's tired", "She was shaking", "someone will be sick", "he felt sick": a
  // quality with no body part whose subject is another person is theirs; another
  // person's sensations are not mentions (settled cases 43, 145, 230). The
  // nearest person before it in its sentence is the subject ("He says I'm
  // tired" is the speaker's); a comma ends the look. An interpreter's "he"
  // is the client.
  bool said_of_another(const Hit& q) const {
    if (c.speaks_for_another) return false;  // an interpreter renders the client's states (case 205)
    const Frame f = c.frame[q.first];
    if (f != Frame::person_be && f != Frame::feel) return false;
    const std::uint32_t s = c.sentence[q.first];
    for (std::size_t k = q.first, steps = 0; k-- > 0 && steps < 8 && c.sentence[k] == s; ++steps) {
      if (!is_word(k)) {
        if (w(k).punct == Punct::comma) return false;
        continue;
      }
      if (w(k).classes & lexicon::kPerson) return c.in_list(k, WordList::other_person_subjects);
    }
    return false;
  }

  void unlinked(const Hit& q, std::size_t h) {
    const bool listed = listed_before_place == q.first;  // an item of a list of sensations ("Shaky, tingling hands")
    if (!listed && modifies_following_quality(q) && c.entry_of(q, EntryKind::quality)->needs != lexicon::Needs::free) {
      c.used[h] = 1;
      return;
    }
    if (describes_emotion(q)) {
      c.used[h] = 1;  // part of the emotion's phrase
      return;
    }
    if (has_emotion_reading(q)) return;  // "I feel numb", "I'm relaxed": the emotion finder decides
    const Entry* e = c.entry_of(q, EntryKind::quality);
    if (!e) return;
    // "Throat?" — "No lump.": the place asked after is the body part a body-only
    // quality needs (settled case 516); not "Tired." (a frame word, the person's)
    const bool answers_place = q.last <= answer_end && quality_for(q, c.asked_place.label);
    const bool placed_by_question =
        answers_place && e->region == kNoLabel && (e->needs == lexicon::Needs::body || e->linked_only);
    if (e->linked_only && !placed_by_question) return;  // "ok. going now", "Still going.": "going" is a heart's only with one
    // "the churning", "that loosening", "the shaking": a sensation named as a thing.
    const bool named_as_noun = e->needs != lexicon::Needs::free && noun_use(q);
    if (!named_as_noun && !listed && !placed_by_question && !passes_frame_gate(c, q, *e) && !invited_sensation(c, q))
      return;
    if (!named_as_noun && !listed && said_of_another(q)) return;
    Candidate cand;
    cand.kind = MentionKind::sensation;
    cand.first = q.first;
    cand.last = q.last;
    cand.head = q.first;
    cand.label = e->label;
    cand.region = e->region != kNoLabel ? e->region : c.dl->unspecified;
    cand.entry = e;
    cand.rule = e->region != kNoLabel ? "implied" : (e->needs == lexicon::Needs::free ? "word" : "frame");
    // "And the knee?" — "Not cold.": a bare answer to a question that is only a
    // place is in that place (place_question.hpp; settled cases 346, 413)
    if (e->region == kNoLabel && answers_place) {
      if (const Entry* placed = quality_for(q, c.asked_place.label)) {
        cand.label = placed->label;
        cand.entry = placed;
        cand.region = c.asked_place.label;
        cand.region_entry = c.asked_place.entry;
        cand.rule = "asked place";
      }
    }
    c.candidates.push_back(cand);
    c.used[h] = 1;
  }

  void run() {
    answer_end = c.asked_place.label != kNoLabel ? bare_answer_end(c) : 0;
    last_region_in_turn.clear();
    reach.clear();
    classify_regions();
    // Looked up for every quality: a walk back per quality was quadratic in a long clause.
    clause_of.resize(c.size());
    for (std::size_t i = 0; i < c.size(); ++i)
      clause_of[i] = i > 0 && !c.clause_start[i] ? clause_of[i - 1] : static_cast<std::uint32_t>(i);
    const std::size_t before = c.candidates.size();
    for (std::size_t h = 0; h < c.hits.size(); ++h) {
      if (regions[h].label != kNoLabel && regions[h].linkable)
        last_region_in_turn.push_back(static_cast<std::int32_t>(h));
      const Hit& q = c.hits[h];
      if (!c.has(q, EntryKind::quality) || c.used[h]) continue;
      if (describes_emotion(q)) {  // "jittery anxiety", "a hot shame": part of the emotion
        c.used[h] = 1;
        continue;
      }
      if (inside(q) || link_adjacent_before(q) || link_after(q) || link_object(q) || link_before(q) ||
          link_dislocated(q) || link_pronoun(q) || link_prepositional_pronoun(q) || link_quality_subject(q) ||
          link_topic(q) || link_there(q) || link_next_fragment(q)) {
        c.used[h] = 1;
        continue;
      }
      unlinked(q, h);
    }
    merge(before);
    c.previous_turn_region = {};
    if (!last_region_in_turn.empty()) {
      const Region& r = regions[last_region_in_turn.back()];
      c.previous_turn_region = {r.label, r.entry, r.plural};
    }
  }

  // One description of one region is one mention: "a hot, tight pressure across
  // my chest", "my hands feel cool and slightly tingly".
  void merge(std::size_t from) {
    auto& v = c.candidates;
    sort_candidates(v, from);
    std::size_t out = from;
    std::vector<Candidate> group;
    auto flush = [&]() {
      if (group.empty()) return;
      Candidate m = group[primary(group)];
      for (const Candidate& part : group) {
        m.first = std::min(m.first, part.first);
        m.last = std::max(m.last, part.last);
        m.imperative = m.imperative || part.imperative;
        if (!m.region_entry) m.region_entry = part.region_entry;
      }
      v[out++] = m;
      group.clear();
    };
    for (std::size_t i = from; i < v.size(); ++i) {
      if (!group.empty()) adopt_place(group.back(), v[i]);
      if (!group.empty() && !joinable(group.back(), v[i])) flush();
      group.push_back(v[i]);
    }
    flush();
    v.resize(out);
  }

  // Which quality names a merged description: the head of the noun phrase.
  // "chest-tightness" (right after the body part), else the last quality
  // before the body part ("hot, tight pressure across my chest"), else the
  // first predicate ("my hands feel cool and slightly tingly").
  static std::size_t primary(const std::vector<Candidate>& group) {
    std::size_t last_before = group.size();
    for (std::size_t k = 0; k < group.size(); ++k) {
      const Candidate& p = group[k];
      if (p.region_first == UINT32_MAX) continue;
      if (p.head == p.region_last || p.head == p.region_last + 1)
        return k;  // compound: "chest tightness", "chest-tightness"
      if (p.head < p.region_first) last_before = k;
    }
    return last_before < group.size() ? last_before : 0;
  }

  // "And this hand. Goes tight, like a fist": a simile set off by a comma right
  // after a placed quality describes that sensation, and is in its place
  // (settled case 223), not in a body word of the image ("fist" is the hand
  // only as the hand's own shape: "like a fist" may not be placed there).
  void adopt_place(const Candidate& a, Candidate& b) const {
    if (b.region_first != UINT32_MAX || a.region_first == UINT32_MAX || b.first < a.last) return;
    if (c.text_of(b.first) != "like" || c.sentence[a.last - 1] != c.sentence[b.first]) return;
    for (std::size_t i = a.last; i < b.first; ++i)
      if (w(i).punct != Punct::comma) return;
    b.region = a.region;
    b.region_entry = a.region_entry;
  }

  bool joinable(const Candidate& a, const Candidate& b) const {
    if (a.region != b.region || c.sentence[a.last - 1] != c.sentence[b.first]) return false;
    if (b.first < a.last) return true;  // overlapping spans
    int gap = 0;
    for (std::size_t i = a.last; i < b.first; ++i) {
      if (w(i).punct == Punct::comma || w(i).punct == Punct::hyphen) continue;
      if (!is_word(i) || c.clause_start[i] || ++gap > 4) return false;
      // "a loosening in my chest, a warmth behind the sternum": two descriptions.
      const WordText t = c.text_of(i);
      if ((t == "a" || t == "an") && i > a.last &&
          (w(i - 1).punct == Punct::comma || (is_word(i - 1) && (w(i - 1).classes & lexicon::kCoordinator))))
        return false;
      const Hit* h = c.hit_at(i);
      if (h && (c.has(*h, EntryKind::emotion) || c.has(*h, EntryKind::region))) return false;
      const bool glue = (w(i).classes & (lexicon::kCoordinator | lexicon::kSkippable | lexicon::kDeterminer |
                                         lexicon::kBe | lexicon::kBecome | lexicon::kFeel |
                                         lexicon::kPreposition | lexicon::kComplementizer)) ||
                        (h && (c.is_intensity(*h) || c.has(*h, EntryKind::quality))) || c.text_of(i) == "a";
      if (!glue) return false;
    }
    return true;
  }
};

}  // namespace

void link_sensations(TurnContext& c) {
  // Every link starts at a quality; without a body part either, the turn names
  // no region for the next one to refer to.
  if (!c.turn_has(EntryKind::quality) && !c.turn_has(EntryKind::region)) {
    c.previous_turn_region = {};
    return;
  }
  Linker{c, {}}.run();
}

}  // namespace feltline::analyse
