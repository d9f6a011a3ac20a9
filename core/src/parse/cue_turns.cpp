#include "parse/cue_turns.hpp"

#include <utility>

#include "parse/label_vote.hpp"
#include "parse/speaker_label.hpp"
#include "parse/turn_merger.hpp"

namespace feltline::parse {
namespace {

// Broadcast captions mark a change of speaker with ">>".
std::string_view without_chevrons(std::string_view s) {
  while (!s.empty() && (s.front() == '>' || s.front() == ' ')) s.remove_prefix(1);
  return s;
}

std::optional<LabelMatch> prefix_label(const CueSegment& segment) {
  if (segment.voice_tagged) return std::nullopt;
  auto m = match_label(without_chevrons(segment.text));
  if (!m || m->style != LabelStyle::colon) return std::nullopt;
  return m;
}

}  // namespace

void cues_to_turns(std::vector<Cue>& cues, ParsedDialogue& dialogue) {
  LabelVote vote;
  bool any_voice = false;
  for (const auto& cue : cues) {
    for (const auto& segment : cue.segments) {
      if (segment.voice) any_voice = true;
      if (auto m = prefix_label(segment)) vote.count(*m);
    }
  }

  bool any_named = any_voice;
  std::optional<std::string> last_speaker;
  auto& turns = dialogue.turns;
  // Two passes would be needed to know whether anyone is named before the
  // first unnamed cue; instead, unnamed cues before the first name stay unnamed.
  for (auto& cue : cues) {
    for (auto& segment : cue.segments) {
      RawTurn turn;
      turn.time_start = cue.start;
      turn.time_end = cue.end;
      turn.line = segment.line;
      if (segment.voice_tagged) {
        turn.speaker = segment.voice;
        turn.text = std::move(segment.text);
      } else if (auto m = prefix_label(segment); m && vote.is_speaker_label(*m)) {
        any_named = true;
        turn.speaker = std::string(m->name);
        turn.text = std::string(m->rest);
      } else {
        if (any_named) turn.speaker = last_speaker;
        turn.text = std::move(segment.text);
      }
      last_speaker = turn.speaker;
      if (turn.text.empty()) continue;
      append_merging(turns, std::move(turn), " ");
    }
  }
  if (!any_named && !turns.empty()) {
    dialogue.diagnostics.push_back({Severity::warning,
                                    "no speaker names found (no <v Name> voice tags or 'Name:' prefixes): "
                                    "each cue is a turn with no speaker",
                                    0});
  }
}

void finish_cue_document(int timing_lines, std::vector<Cue>& cues, ParsedDialogue& dialogue,
                         ParsedDocument& doc) {
  if (timing_lines == 0) {
    doc.diagnostics = std::move(dialogue.diagnostics);
    doc.diagnostics.push_back(
        {Severity::error, "no cue timing line ('00:00:01.000 --> 00:00:04.000') found", 0});
    return;
  }
  cues_to_turns(cues, dialogue);
  if (dialogue.turns.empty()) {
    doc.diagnostics = std::move(dialogue.diagnostics);  // why it failed, for the fallback
    return;
  }
  doc.dialogues.push_back(std::move(dialogue));
}

}  // namespace feltline::parse
