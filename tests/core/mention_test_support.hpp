// Helpers for the mention tests: run the mention finder on short texts and
// describe what it found in one comparable string per mention.
#pragma once

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "analyse/hypothetical_model.hpp"
#include "analyse/mention_filter.hpp"
#include "analyse/mention_finder.hpp"
#include "feltline/transcript.hpp"
#include "text/word_tokenizer.hpp"

namespace feltline::test {

struct TurnSpec {
  Role role = Role::client;
  std::string text;
  std::vector<TurnFlag> flags = {};
};

/// The mention rules on short texts. These tests pin what the rules decide, so
/// the learned hypothetical flag (hypothetical_model.hpp) and the learned mention
/// filter (mention_filter.hpp) are left out unless `with_model`;
/// hypothetical_model_test.cpp and mention_filter_test.cpp test them.
inline Transcript find_mentions(
    const std::vector<TurnSpec>& turns, const Options& options = {},
    const std::vector<std::shared_ptr<const lexicon::CustomLexicon>>& custom = {}, bool with_model = false) {
  static text::WordTokenizer tokenizer;
  static analyse::MentionFinder finder;
  Transcript t;
  for (const auto& spec : turns) {
    Turn turn;
    turn.index = static_cast<int>(t.turns.size());
    turn.role = spec.role;
    turn.text = spec.text;
    turn.flags = spec.flags;
    t.turns.push_back(std::move(turn));
  }
  // (a test that chose a model keeps it)
  const bool rules_alone = !with_model && analyse::using_embedded_hypothetical_model();
  const bool all_mentions = !with_model && analyse::using_embedded_mention_filter_model();
  if (rules_alone) analyse::use_hypothetical_model(nullptr);
  if (all_mentions) analyse::use_mention_filter_model(nullptr);
  finder.find(t, options, custom, tokenizer);
  if (rules_alone) analyse::use_embedded_hypothetical_model();
  if (all_mentions) analyse::use_embedded_mention_filter_model();
  return t;
}

/// "sensation chest 'knot in my stomach' neg hyp" style: kind, label, the
/// covered text, and the flags that are set.
inline std::string describe(const Mention& m, const std::string& text) {
  std::ostringstream s;
  s << mention_kind_name(m.kind);
  if (m.kind == MentionKind::emotion || m.kind == MentionKind::custom) s << " " << m.category;
  if (m.kind == MentionKind::sensation) s << " " << m.region;
  if (m.kind == MentionKind::rating)
    s << " " << (m.category.empty() ? "-" : m.category) << " " << m.value << "/" << m.scale;
  s << " '" << text.substr(m.begin, m.end - m.begin) << "'";
  if (m.negated) s << " neg";
  if (m.hypothetical) s << " hyp";
  if (m.question) s << " question";
  if (m.quoted) s << " quoted";
  if (m.echo) s << " echo";
  return s.str();
}

/// One turn's text and its mentions, described (analytic ones left out).
struct TurnCase {
  const char* text;
  std::vector<std::string> expected;
};

/// Checks each case as a single turn spoken by `role`.
inline void check_turns(const std::vector<TurnCase>& cases, Role role) {
  for (const auto& c : cases) {
    CAPTURE(c.text);
    Transcript t = find_mentions({{role, c.text}});
    std::vector<std::string> got;
    for (const auto& m : t.turns[0].mentions)
      if (m.kind != MentionKind::analytic) got.push_back(describe(m, c.text));
    CHECK(got == c.expected);
  }
}

/// All mentions of one client turn, described, without analytic ones unless asked.
inline std::vector<std::string> describe_turn(const std::string& text, bool with_analytic = false) {
  Transcript t = find_mentions({{Role::client, text}});
  std::vector<std::string> out;
  for (const auto& m : t.turns[0].mentions)
    if (with_analytic || m.kind != MentionKind::analytic) out.push_back(describe(m, text));
  return out;
}

/// The mentions of one turn of a found transcript, described, without analytic ones.
inline std::vector<std::string> described(const Transcript& t, std::size_t turn) {
  std::vector<std::string> out;
  for (const auto& m : t.turns[turn].mentions)
    if (m.kind != MentionKind::analytic) out.push_back(describe(m, t.turns[turn].text));
  return out;
}

/// The mentions of a client's reply to one therapist question, described, without analytic ones.
inline std::vector<std::string> described_answer(const char* question, const char* reply) {
  return described(find_mentions({{Role::therapist, question}, {Role::client, reply}}), 1);
}

}  // namespace feltline::test
