#include "lexicon/lexicon_json_loader.hpp"

#include <nlohmann/json.hpp>

#include "lexicon/json_document.hpp"

namespace feltline::lexicon {

using json = nlohmann::ordered_json;  // one basic_json type in the whole core (smaller module)

int line_of(const std::string& text, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  return line;
}

namespace {

struct Loader {
  const std::string& text;
  bool force_custom;
  Lexicon& lexicon;
  LexiconBuilder& builder;
  LoadReport& report;
  EntryKind kind = EntryKind::custom;
  std::uint32_t next_group = 1;
  std::uint32_t shared_entry = 0;

  int line_of_term(const std::string& term) const {
    const std::size_t at = text.find("\"" + term + "\"");
    return at == std::string::npos ? 0 : line_of(text, at);
  }

  std::uint32_t region_bits(const json& list, const std::string& where) {
    std::uint32_t bits = 0;
    if (!list.is_array()) {
      report.add(0, where + ": \"regions\" must be a list of region names");
      return 0;
    }
    for (const auto& r : list) {
      const int index =
          r.is_string() ? lexicon.region_index(lexicon.find_label(r.get_ref<const std::string&>())) : -1;
      if (index < 0)
        report.add(0, where + ": unknown region " + r.dump(-1, ' ', false, json::error_handler_t::replace));
      else
        bits |= 1u << index;
    }
    return bits;
  }

  std::uint16_t region_label(const json& value, const std::string& where) {
    if (!value.is_string()) {
      report.add(0, where + ": \"region\" must be a region name");
      return kNoLabel;
    }
    const std::string& name = value.get_ref<const std::string&>();
    if (name == "unspecified") return lexicon.intern_label(name);
    const std::uint16_t label = lexicon.find_label(name);
    if (lexicon.region_index(label) < 0) {
      report.add(0, where + ": unknown region \"" + name + "\"");
      return kNoLabel;
    }
    return label;
  }

  void add(const std::string& term, const Entry& e) {
    std::string error;
    // Custom dictionaries share one entry per category; the mention's source
    // is then the matched term itself.
    const bool ok = kind == EntryKind::custom ? builder.attach_term(term, &shared_entry, 1, error)
                                              : builder.add_term(term, e, error);
    if (ok)
      ++report.terms;
    else
      report.add(line_of_term(term), "term \"" + term + "\": " + error);
  }

  // One element of a term list: "term", {"term": ..., overrides}, or a list of those (a group).
  void add_element(const json& element, Entry e, const std::string& where, bool in_group) {
    if (!in_group) e.group = next_group++;
    if (element.is_string()) {
      add(element.get_ref<const std::string&>(), e);
    } else if (element.is_array() && !in_group) {
      for (const auto& inner : element) add_element(inner, e, where, true);
    } else if (element.is_object()) {
      auto term = element.find("term");
      if (term == element.end() || !term->is_string()) {
        report.add(0, where + ": an object term needs a \"term\" string");
        return;
      }
      if (auto it = element.find("region"); it != element.end()) e.region = region_label(*it, where);
      if (auto it = element.find("regions"); it != element.end()) e.allowed_regions = region_bits(*it, where);
      if (auto it = element.find("emotion"); it != element.end()) {
        if (it->is_string())
          e.emotion = lexicon.intern_label(it->get_ref<const std::string&>());
        else
          report.add(0, where + ": \"emotion\" must be a category name");
      }
      if (auto it = element.find("object"); it != element.end() && it->is_boolean())
        e.takes_object = it->get<bool>();
      if (auto it = element.find("linked"); it != element.end() && it->is_boolean())
        e.linked_only = it->get<bool>();
      add(term->get_ref<const std::string&>(), e);
    } else {
      report.add(0, where + ": a term must be a string, a list of strings or an object");
    }
  }

  void add_list(const json& list, const Entry& e, const std::string& where) {
    if (!list.is_array()) {
      report.add(0, where + " must be a list of terms");
      return;
    }
    for (const auto& element : list) add_element(element, e, where, false);
  }

  void add_category(const std::string& name, const json& spec) {
    Entry e;
    e.kind = kind;
    e.label = lexicon.intern_label(name);
    if (kind == EntryKind::region) lexicon.intern_region(name);
    if (kind == EntryKind::custom) shared_entry = lexicon.add_entry(e);
    ++report.categories;
    if (spec.is_array()) {
      add_list(spec, e, name);
      return;
    }
    if (!spec.is_object()) {
      report.add(line_of_term(name), "category \"" + name + "\" must be a list of terms or an object");
      return;
    }
    if (auto it = spec.find("region"); it != spec.end()) e.region = region_label(*it, name);
    if (auto it = spec.find("regions"); it != spec.end()) e.allowed_regions = region_bits(*it, name);
    static const std::pair<const char*, Needs> kLists[] = {
        {"terms", Needs::free}, {"frame", Needs::frame}, {"feel", Needs::feel}, {"body", Needs::body}};
    for (const auto& [key, needs] : kLists) {
      if (auto it = spec.find(key); it != spec.end()) {
        Entry with = e;
        // User dictionaries have no grammar rules: every list counts as is.
        with.needs = kind == EntryKind::custom ? Needs::free : needs;
        add_list(*it, with, name + "." + key);
      }
    }
    for (auto it = spec.begin(); it != spec.end(); ++it) {
      const std::string& k = it.key();
      if (k != "terms" && k != "frame" && k != "feel" && k != "body" && k != "region" && k != "regions" &&
          k[0] != '_')
        report.add(line_of_term(k), "category \"" + name + "\": unknown key \"" + k + "\" ignored");
    }
  }
};

EntryKind kind_named(const std::string& name, bool& known) {
  known = true;
  if (name == "emotion") return EntryKind::emotion;
  if (name == "sensation") return EntryKind::quality;
  if (name == "region") return EntryKind::region;
  if (name == "analytic") return EntryKind::analytic;
  if (name == "blocker") return EntryKind::blocker;
  if (name == "custom") return EntryKind::custom;
  known = false;
  return EntryKind::custom;
}

}  // namespace

bool load_json_lexicon(const std::string& text, bool force_custom, Lexicon& lexicon, LexiconBuilder& builder,
                       LoadReport& report) {
  json doc;
  if (!parse_json_document(text, doc)) {
    report.add(0, "not valid JSON");
    return false;
  }
  return load_json_lexicon_document(doc, text, force_custom, lexicon, builder, report);
}

bool load_json_lexicon_document(const json& doc, const std::string& text, bool force_custom, Lexicon& lexicon,
                                LexiconBuilder& builder, LoadReport& report) {
  if (!doc.is_object()) {
    report.add(0, "a JSON lexicon must be an object with \"categories\"");
    return false;
  }
  Loader loader{text, force_custom, lexicon, builder, report};
  if (!force_custom) {
    bool known = false;
    auto k = doc.find("kind");
    loader.kind = kind_named(k != doc.end() && k->is_string() ? k->get<std::string>() : "", known);
    if (!known) report.add(0, "unknown \"kind\"; terms are treated as a custom dictionary");
  }
  const json* categories = nullptr;
  for (const char* key : {"categories", "qualities", "regions"}) {
    if (auto it = doc.find(key); it != doc.end()) categories = &*it;
  }
  if (!categories || !categories->is_object()) {
    report.add(0, "no \"categories\" object found");
    return false;
  }
  for (auto it = categories->begin(); it != categories->end(); ++it) {
    if (it.key().empty() || it.key()[0] == '_') continue;
    loader.add_category(it.key(), it.value());
  }
  return true;
}

}  // namespace feltline::lexicon
