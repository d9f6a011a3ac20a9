#include "analyse/role_assignment.hpp"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "lexicon/role_words.hpp"

namespace feltline::analyse {
namespace {

// "\"NADIA\"", "\"Dana\" and \"Sam\"", "\"A\", \"B\" and \"C\""; past six names,
// the first five and how many more (a speaker column holding something else
// could name thousands).
std::string quoted_list(const std::vector<std::string>& names) {
  constexpr std::size_t kShown = 5;
  const std::size_t shown = names.size() > kShown + 1 ? kShown : names.size();
  std::string out;
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += '"' + names[i] + '"';
  }
  if (shown < names.size()) out += " and " + std::to_string(names.size() - shown) + " more";
  return out;
}

struct SpeakerInfo {
  std::size_t speaker = 0;  // index into transcript.speakers
  bool settled = false;     // some turn's role came from the options, the format or a label word
  int line = 0;             // the speaker's first turn
};

constexpr std::size_t kNoSpeaker = static_cast<std::size_t>(-1);

// Role by elimination (docs/formats.md, "Roles"): a session with a therapist
// side and no recognised client makes every speaker that nothing named a
// client; a session with a client and no therapist makes its one unnamed
// speaker the therapist. Speakers settled in any way (the person's roles, the
// format, a role word, `other` words such as "Interpreter") are never changed.
// `turn_speakers` holds each turn's speaker (an index into `info`), or kNoSpeaker.
void assign_by_elimination(Transcript& transcript, const std::vector<SpeakerInfo>& info,
                           const std::vector<std::size_t>& turn_speakers) {
  int therapists = 0, clients = 0;
  std::vector<const SpeakerInfo*> unsettled;
  std::string therapist_name, client_name;
  for (const auto& s : info) {
    const Speaker& speaker = transcript.speakers[s.speaker];
    if (!s.settled) {
      unsettled.push_back(&s);
    } else if (speaker.role == Role::therapist) {
      if (therapists++ == 0) therapist_name = speaker.name;
    } else if (speaker.role == Role::client) {
      if (clients++ == 0) client_name = speaker.name;
    }
  }
  if (unsettled.empty()) return;
  Role inferred;
  std::string because;
  if (therapists > 0 && clients == 0) {
    inferred = Role::client;
    because = therapists == 1 ? "the therapist is \"" + therapist_name + "\"" : "the therapists are recognised";
    because += " and no speaker is recognised as the client";
  } else if (clients > 0 && therapists == 0 && unsettled.size() == 1) {
    inferred = Role::therapist;
    because = clients == 1 ? "the client is \"" + client_name + "\"" : "the clients are recognised";
    because += " and no speaker is recognised as the therapist";
  } else {
    return;
  }
  std::vector<std::string> names;
  for (const SpeakerInfo* s : unsettled) {
    Speaker& speaker = transcript.speakers[s->speaker];
    speaker.role = inferred;
    names.push_back(speaker.name);
  }
  for (std::size_t i = 0; i < transcript.turns.size(); ++i) {
    if (turn_speakers[i] != kNoSpeaker && !info[turn_speakers[i]].settled) transcript.turns[i].role = inferred;
  }
  const bool several = names.size() > 1;
  std::string role = inferred == Role::client ? "client" : "therapist";
  transcript.diagnostics.push_back(
      {Severity::info,
       "role by elimination: " + quoted_list(names) + (several ? " are taken for " + role + "s" : " is taken for the " + role) +
           ", as " + because + " (set roles, --role NAME=ROLE, to change it)",
       unsettled.front()->line});
}

// After elimination: a session with speakers but no therapist or no client
// gets an info diagnostic, so that empty statistics by role ("client turns: 0")
// come with a reason and the way to set roles. "Anna:" and "Ben:", a therapist
// with only an interpreter, a supervisor and a supervisee: nothing in the labels
// says who is the client, and guessing would put the wrong person's words in
// the client's statistics.
void report_missing_roles(Transcript& transcript, const std::vector<SpeakerInfo>& info) {
  if (info.empty()) return;
  bool therapist = false, client = false;
  std::vector<std::string> unknown, other;
  for (const auto& s : info) {
    const Speaker& speaker = transcript.speakers[s.speaker];
    if (speaker.role == Role::therapist) therapist = true;
    else if (speaker.role == Role::client) client = true;
    else (speaker.role == Role::other ? other : unknown).push_back(speaker.name);
  }
  if (therapist && client) return;
  // One speaker alone (a monologue, a client's journal) has nobody to be the other side.
  if (info.size() == 1 && (therapist || client)) return;
  std::string message = "roles: no speaker is recognised as ";
  message += !therapist && !client ? "the therapist or the client, so the statistics by role are empty"
             : therapist          ? "the client, so the client's statistics are empty"
                                  : "the therapist, so the therapist's statistics are empty";
  if (!unknown.empty()) message += "; " + quoted_list(unknown) + (unknown.size() == 1 ? " has no role" : " have no role");
  if (!other.empty()) message += "; " + quoted_list(other) + (other.size() == 1 ? " is other" : " are other");
  message += " (set roles, --role NAME=ROLE, to name them)";
  transcript.diagnostics.push_back({Severity::info, std::move(message), info.front().line});
}

}  // namespace

void assign_roles(parse::ParsedDialogue&& dialogue, const Options& options, Transcript& transcript) {
  const auto& words = lexicon::RoleWords::defaults();
  // Per speaker label: the role its words say and its place in `info`. A
  // session has a handful of labels and thousands of turns: each label is
  // read once, not once per turn.
  struct Label {
    std::optional<Role> role;
    std::size_t info;
  };
  std::unordered_map<std::string, Label> labels;
  std::vector<SpeakerInfo> info;
  std::vector<std::size_t> turn_speakers;
  turn_speakers.reserve(dialogue.turns.size());
  transcript.turns.reserve(dialogue.turns.size());
  for (auto& raw : dialogue.turns) {
    Turn turn;
    turn.index = static_cast<int>(transcript.turns.size());
    turn.speaker = std::move(raw.speaker);
    turn.text = std::move(raw.text);
    turn.time_start = raw.time_start;
    turn.time_end = raw.time_end;
    turn.line = raw.line;
    turn_speakers.push_back(kNoSpeaker);
    if (turn.speaker) {
      const std::string& name = *turn.speaker;
      // Look up before inserting: emplace would build a node (and copy the name) for every turn.
      auto seen = labels.find(name);
      const bool first_turn_of_speaker = seen == labels.end();
      if (first_turn_of_speaker) seen = labels.emplace(name, Label{words.role_for_label(name), info.size()}).first;
      bool settled = true;
      if (auto it = options.roles.find(name); it != options.roles.end()) {
        turn.role = it->second;
      } else if (raw.role_hint) {
        turn.role = *raw.role_hint;
      } else if (seen->second.role) {
        turn.role = *seen->second.role;
      } else {
        settled = false;
      }
      if (first_turn_of_speaker) {
        info.push_back({transcript.speakers.size(), settled, turn.line});
        transcript.speakers.push_back(Speaker{name, turn.role, {}});
      } else if (settled) {
        info[seen->second.info].settled = true;
      }
      turn_speakers.back() = seen->second.info;
    }
    transcript.turns.push_back(std::move(turn));
  }
  assign_by_elimination(transcript, info, turn_speakers);
  report_missing_roles(transcript, info);
}

}  // namespace feltline::analyse
