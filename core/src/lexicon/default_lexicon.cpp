#include "lexicon/default_lexicon.hpp"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "data/embedded_data.hpp"
#include "lexicon/lexicon_builder.hpp"
#include "lexicon/lexicon_json_loader.hpp"
#include "lexicon/packed_json.hpp"

namespace feltline::lexicon {

using json = nlohmann::ordered_json;  // one basic_json type in the whole core (smaller module)

const char* cue_set_name(EntryKind kind) {
  switch (kind) {
    case EntryKind::negation:
      return "negation";
    case EntryKind::negation_backward:
      return "negation";
    case EntryKind::negation_pseudo:
      return "pseudo_negation";
    case EntryKind::terminator:
      return "terminator";
    case EntryKind::hypothetical:
      return "hypothetical";
    case EntryKind::conditional:
      return "conditional";
    case EntryKind::imagination:
      return "imagination";
    case EntryKind::desire:
      return "desire";
    case EntryKind::hypothetical_pseudo:
      return "pseudo_hypothetical";
    case EntryKind::amplifier:
      return "amplifier";
    case EntryKind::diminisher:
      return "diminisher";
    default:
      return "";
  }
}

namespace {

struct Build {
  DefaultLexicon& out;
  json classes;  // word_classes.json's "classes", kept for the rules' word lists

  // The files come packed from the build (lexicon/packed_json.hpp).
  json parse(std::string_view bytes, const char* file) {
    json doc;
    if (!unpack_json(bytes, doc) || !doc.is_object()) {
      out.problems.push_back(std::string(file) + ": not a JSON object");
      return json::object();
    }
    return doc;
  }

  static std::vector<std::string> strings(const json& list) {
    std::vector<std::string> v;
    if (list.is_array())
      for (const auto& s : list)
        if (s.is_string()) v.push_back(s.get<std::string>());
    return v;
  }

  // The strings of `list`, read in place: the loops below only look at them.
  static std::vector<std::string_view> string_views(const json& list) {
    std::vector<std::string_view> v;
    if (list.is_array()) {
      v.reserve(list.size());
      for (const auto& s : list)
        if (s.is_string()) v.push_back(s.get_ref<const std::string&>());
    }
    return v;
  }

  void problem(const char* file, const std::string& message) {
    out.problems.push_back(std::string(file) + ": " + message);
  }

  void load_irregular() {
    json doc = parse(data::kLexiconInflections, "inflections.json");
    auto table = [&](const char* key, auto& into) {
      if (auto it = doc.find(key); it != doc.end() && it->is_object())
        for (auto e = it->begin(); e != it->end(); ++e) into[e.key()] = strings(e.value());
    };
    table("verbs", out.irregular.verbs);
    table("nouns", out.irregular.nouns);
    table("adjectives", out.irregular.adjectives);
  }

  void load_word_classes(LexiconBuilder& builder) {
    json doc = parse(data::kLexiconWordClasses, "word_classes.json");
    const json& c = doc["contractions"];
    if (c.is_object()) {
      if (c["suffixes"].is_object())
        for (auto it = c["suffixes"].begin(); it != c["suffixes"].end(); ++it)
          if (it.value().is_string())
            out.contractions.suffixes.emplace_back(it.key(), it.value().get<std::string>());
      std::sort(out.contractions.suffixes.begin(), out.contractions.suffixes.end(),
                [](const auto& a, const auto& b) {
                  return a.first.size() != b.first.size() ? a.first.size() > b.first.size()
                                                          : a.first < b.first;
                });
      if (c["words"].is_object())
        for (auto it = c["words"].begin(); it != c["words"].end(); ++it) {
          out.contractions.words[it.key()] = strings(it.value());
          // Marks "cannot", "gonna" so the analysis splits only words that may be contractions.
          out.lexicon.add_word_class(out.lexicon.intern_word(it.key()), kContraction);
        }
    }
    std::string error;
    for (auto it = doc["classes"].begin(); it != doc["classes"].end(); ++it) {
      const ClassBits bit = word_class_for_name(it.key());
      if (!bit) {
        problem("word_classes.json", "unknown class " + it.key());
        continue;
      }
      if (bit & kRuleWordLists) continue;  // load_rule_word_lists
      for (const std::string_view term : string_views(it.value()))
        if (!builder.add_class_term(term, bit, error))
          problem("word_classes.json", std::string(term) + ": " + error);
    }
    classes = std::move(doc["classes"]);
  }

  // Last, so that a word no other data knows is marked kListedOnly: the rules still read it as unknown.
  void load_rule_word_lists(LexiconBuilder& builder) {
    std::string error;
    for (auto it = classes.begin(); it != classes.end(); ++it) {
      const ClassBits bit = word_class_for_name(it.key());
      if (!(bit & kRuleWordLists)) continue;
      for (const std::string_view term : string_views(it.value())) {
        if (term.find_first_of(" :*{") != std::string::npos) {
          problem("word_classes.json", std::string(term) + ": a rule's word list holds plain words");
          continue;
        }
        const ClassBits listed = out.lexicon.find(term) ? ClassBits{0} : ClassBits{kListedOnly};
        if (!builder.add_class_term(term, bit | listed, error))
          problem("word_classes.json", std::string(term) + ": " + error);
      }
    }
  }

  WordId listed_word(std::string_view word) {
    WordId id = out.lexicon.find(word);
    if (!id) {
      id = out.lexicon.intern_word(word);
      out.lexicon.add_word_class(id, kListedOnly);
    }
    return id;
  }

  // After every other file, so that a word no other data knows is marked kListedOnly,
  // like the rules' word lists above: it still reads as unknown.
  void load_cue_words() {
    const char* file = "cue_words.json";
    json doc = parse(data::kLexiconCueWords, file);
    const json& lists = doc["lists"];
    // Each list found once by name (a find per list name compared ~12 K strings);
    // the lists are still read in kWordListNames order, which sets the word ids.
    std::map<std::string_view, std::size_t> index;
    for (std::size_t l = 0; l < kWordListCount; ++l) index.emplace(kWordListNames[l], l);
    std::array<const json*, kWordListCount> found{};
    std::vector<std::string_view> unknown;
    if (lists.is_object())
      for (auto it = lists.begin(); it != lists.end(); ++it) {
        const auto known = index.find(it.key());
        if (known == index.end())
          unknown.push_back(it.key());
        else if (!found[known->second])
          found[known->second] = &it.value();
      }
    for (std::size_t l = 0; l < kWordListCount; ++l) {
      if (!found[l]) {
        problem(file, std::string("missing list ") + kWordListNames[l]);
        continue;
      }
      for (const std::string_view term : string_views(*found[l])) {
        if (term.empty() || term.find_first_of("-*{:") != std::string::npos || term.front() == ' ' ||
            term.back() == ' ' || term.find("  ") != std::string::npos) {
          problem(file, std::string(term) + ": a list holds plain words, or phrases of them");
          continue;
        }
        std::vector<WordId> ids;
        for (std::size_t from = 0; from <= term.size();) {
          const std::size_t to = std::min(term.find(' ', from), term.size());
          ids.push_back(listed_word(term.substr(from, to - from)));
          from = to + 1;
        }
        if (ids.size() == 1)
          out.word_lists.add(ids[0], static_cast<WordList>(l));
        else
          out.word_lists.add_phrase(std::move(ids), static_cast<WordList>(l));
      }
    }
    for (const std::string_view name : unknown) problem(file, "unknown list " + std::string(name));
  }

  void add_cues(LexiconBuilder& builder, const json& list, EntryKind kind, const char* file) {
    Entry e;
    e.kind = kind;
    e.label = out.lexicon.intern_label(cue_set_name(kind));
    std::string error;
    for (const std::string_view term : string_views(list))
      if (!builder.add_term(term, e, error)) problem(file, std::string(term) + ": " + error);
  }

  void load_cues(LexiconBuilder& builder) {
    const char* file = "context_cues.json";
    json doc = parse(data::kLexiconContextCues, file);
    const json& neg = doc["negation"];
    if (neg["window"].is_number_integer()) out.negation_window = neg["window"].get<int>();
    add_cues(builder, neg["forward"], EntryKind::negation, file);
    add_cues(builder, neg["backward"], EntryKind::negation_backward, file);
    add_cues(builder, neg["pseudo"], EntryKind::negation_pseudo, file);
    add_cues(builder, doc["terminators"], EntryKind::terminator, file);
    const json& hyp = doc["hypothetical"];
    add_cues(builder, hyp["forward"], EntryKind::hypothetical, file);
    add_cues(builder, hyp["conditional"], EntryKind::conditional, file);
    add_cues(builder, hyp["imagination"], EntryKind::imagination, file);
    add_cues(builder, hyp["desire"], EntryKind::desire, file);
    add_cues(builder, hyp["pseudo"], EntryKind::hypothetical_pseudo, file);
    add_cues(builder, doc["intensity"]["amplifiers"], EntryKind::amplifier, file);
    add_cues(builder, doc["intensity"]["diminishers"], EntryKind::diminisher, file);
  }

  void load_ratings(LexiconBuilder& builder) {
    const char* file = "ratings.json";
    json doc = parse(data::kLexiconRatings, file);
    for (const auto& s : doc["scales"])
      if (s.is_number()) out.rating_scales.push_back(s.get<double>());
    if (doc["window_turns"].is_number_integer()) out.rating_window_turns = doc["window_turns"].get<int>();
    std::string error;
    if (doc["number_words"].is_object())
      for (auto it = doc["number_words"].begin(); it != doc["number_words"].end(); ++it)
        if (it.value().is_number() && !builder.add_number_word(it.key(), it.value().get<float>(), error))
          problem(file, it.key() + ": " + error);
    if (doc["named_scales"].is_object())
      for (auto it = doc["named_scales"].begin(); it != doc["named_scales"].end(); ++it)
        if (it.value().is_number()) {
          out.named_scales[it.key()] = it.value().get<double>();
          out.lexicon.add_word_class(out.lexicon.intern_word(it.key()), kNamedScale);
        }
    const std::pair<const char*, ClassBits> classes[] = {{"bare_openers", kBareRatingOpener},
                                                         {"bare_followers", kBareRatingFollower},
                                                         {"bare_comparisons", kBareRatingComparison},
                                                         {"range_openers", kRangeOpener},
                                                         {"range_connectors", kRangeConnector},
                                                         {"scale_words", kScaleWord}};
    for (const auto& [key, bit] : classes)
      for (const std::string_view term : string_views(doc[key]))
        if (!builder.add_class_term(term, bit, error)) problem(file, std::string(term) + ": " + error);
  }

  void load_lexicon_file(LexiconBuilder& builder, std::string_view bytes, const char* file) {
    LoadReport report;
    const json doc = parse(bytes, file);
    load_json_lexicon_document(doc, std::string(), false, out.lexicon, builder, report);
    for (const auto& p : report.problems) problem(file, "line " + std::to_string(p.line) + ": " + p.message);
  }

  void run() {
    load_irregular();
    LexiconBuilder builder(out.lexicon, &out.contractions, &out.irregular);
    load_word_classes(builder);
    // Regions first: the qualities refer to them by name.
    load_lexicon_file(builder, data::kLexiconBodyRegions, "body_regions.json");
    out.unspecified = out.lexicon.intern_label("unspecified");
    out.whole_body = out.lexicon.find_label("whole_body");
    load_lexicon_file(builder, data::kLexiconEmotions, "emotions.json");
    load_lexicon_file(builder, data::kLexiconSensations, "sensations.json");
    load_lexicon_file(builder, data::kLexiconAnalytic, "analytic.json");
    load_lexicon_file(builder, data::kLexiconNotMentions, "not_mentions.json");
    load_cues(builder);
    load_ratings(builder);
    load_rule_word_lists(builder);
    load_cue_words();
    out.lexicon.finish();
  }
};

}  // namespace

const DefaultLexicon& default_lexicon() {
  static const DefaultLexicon* instance = [] {
    auto* d = new DefaultLexicon();  // lives for the whole process
    Build{*d, {}}.run();
    return d;
  }();
  return *instance;
}

}  // namespace feltline::lexicon
