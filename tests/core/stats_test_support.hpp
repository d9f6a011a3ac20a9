// Builds small transcripts by hand for the statistics tests: turns with the
// flags and mentions the parser and the mention analysers would give them,
// then runs the statistics on them, so every expected value can be worked out
// by hand from the text in the test.
#pragma once

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "analyse/analysis_context.hpp"
#include "analyse/statistics.hpp"
#include "feltline/transcript.hpp"
#include "text/text_pool.hpp"

namespace stats_test {

using namespace feltline;

/// Byte span of the `occurrence`-th (0-based) `needle` in `text`; fails the test if absent.
inline Span span_of(const std::string& text, const std::string& needle, int occurrence = 0) {
  std::size_t at = text.find(needle);
  for (int i = 0; i < occurrence && at != std::string::npos; ++i) at = text.find(needle, at + 1);
  REQUIRE(at != std::string::npos);
  return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + needle.size())};
}

struct MentionSpec {
  MentionKind kind;
  std::string words;          // the mention's words, found in the turn text
  std::string category = {};  // emotion / rating category
  std::string region = {};    // sensation region
  bool negated = false;
  bool hypothetical = false;
  bool quoted = false;
  bool echo = false;
  double value = 0;
  double scale = 0;
  int occurrence = 0;
};

struct FlagSpec {
  FlagKind kind;
  std::string words;  // the span's text; "" for the whole turn
};

struct TurnSpec {
  std::string speaker;  // "" for an unlabelled turn
  Role role;
  std::string text;
  std::vector<MentionSpec> mentions = {};
  std::vector<FlagSpec> flags = {};
  std::optional<double> time_start = std::nullopt;
  std::optional<double> time_end = std::nullopt;
};

inline Transcript build(const std::vector<TurnSpec>& specs, const char* id = nullptr) {
  Transcript t;
  t.format = "labelled_text";
  if (id) t.id = id;
  for (const auto& spec : specs) {
    Turn turn;
    turn.index = static_cast<int>(t.turns.size());
    turn.role = spec.role;
    turn.text = spec.text;
    turn.line = turn.index + 1;
    turn.time_start = spec.time_start;
    turn.time_end = spec.time_end;
    if (!spec.speaker.empty()) {
      turn.speaker = spec.speaker;
      bool known = false;
      for (const auto& s : t.speakers) known = known || s.name == spec.speaker;
      if (!known) t.speakers.push_back(Speaker{spec.speaker, spec.role, {}});
    }
    for (const auto& f : spec.flags) {
      const Span span = f.words.empty() ? Span{0, static_cast<std::uint32_t>(spec.text.size())}
                                        : span_of(spec.text, f.words);
      turn.flags.push_back({f.kind, span});
    }
    for (const auto& m : spec.mentions) {
      Mention mention;
      mention.kind = m.kind;
      const Span span = span_of(spec.text, m.words, m.occurrence);
      mention.begin = span.begin;
      mention.end = span.end;
      // the specs may be temporaries: the transcript's pool keeps the text
      if (!t.text_pool) t.text_pool = std::make_shared<TextPool>();
      mention.category = t.text_pool->intern(m.category);
      mention.region = t.text_pool->intern(m.region);
      mention.negated = m.negated;
      mention.hypothetical = m.hypothetical;
      mention.quoted = m.quoted;
      mention.echo = m.echo;
      mention.value = m.value;
      mention.scale = m.scale;
      mention.source = "test";
      turn.mentions.push_back(mention);
    }
    t.turns.push_back(std::move(turn));
  }
  analyse::compute_statistics(t, analyse::AnalysisContext::for_this_thread());
  return t;
}

inline const SpeakerStats& speaker(const Transcript& t, const std::string& name) {
  for (const auto& s : t.speakers)
    if (s.name == name) return s.stats;
  FAIL("no speaker " << name);
  return t.speakers.front().stats;
}

}  // namespace stats_test
