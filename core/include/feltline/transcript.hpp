// Feltline transcript model: what the parsers produce and the analysers fill.
//
// A Transcript is a list of Turns. Each Turn keeps its text exactly as shown to
// the user (UTF-8, speaker label removed); every span inside a turn is a pair of
// byte offsets into that text. The JSON writer converts them to UTF-16 code
// units, which is what JavaScript indexes, so the browser can slice `text`
// directly.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "feltline/mention.hpp"
#include "feltline/stats.hpp"

namespace feltline {

class TextPool;  // owns text that mentions view (mention.hpp); opaque to API users

/// Who a speaker is in the conversation. Roles drive everything downstream:
/// a client's mention is a self-report, a therapist's a prompt or reflection.
enum class Role { therapist, client, other, unknown };

/// "therapist", "client", "other" or "unknown".
const char* role_name(Role role);
/// Parses one of the four role names (case-insensitive ASCII); false if none.
bool parse_role_name(std::string_view name, Role& out);

enum class Severity { info, warning, error };
const char* severity_name(Severity severity);

/// Something the person should know about their input: a format guess, a
/// malformed timestamp, replaced bytes. `line` is 1-based, 0 when the message
/// is about the whole input.
struct Diagnostic {
  Severity severity = Severity::info;
  std::string message;
  int line = 0;
};

/// Byte offsets [begin, end) into a turn's UTF-8 text.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

/// Parts of a turn that are not plain speech.
enum class FlagKind {
  meta_note,         // "(Note: ...)" stage directions; skipped by analysis by default
  generation_error,  // the turn is a model's error message, not speech
  truncated,         // cut off mid-sentence or mid-quote
  quoted,            // quoted speech inside a turn (e.g. a role-played colleague)
};
const char* flag_kind_name(FlagKind kind);

struct TurnFlag {
  FlagKind kind = FlagKind::meta_note;
  Span span;
};

struct Turn {
  int index = 0;
  std::optional<std::string> speaker;  // the name as written; nullopt when unlabelled
  Role role = Role::unknown;
  std::string text;                    // UTF-8, without its label
  std::optional<double> time_start;    // seconds from the start
  std::optional<double> time_end;
  int line = 0;                        // 1-based line of the input where the turn starts
  std::vector<TurnFlag> flags;
  std::vector<Mention> mentions;
  TurnStats stats;

  bool has_flag(FlagKind kind) const;
};

struct Speaker {
  std::string name;
  Role role = Role::unknown;
  SpeakerStats stats;
};

/// One dialogue: a parsed transcript plus everything computed from it.
struct Transcript {
  std::string format;                // detected or chosen input format, e.g. "labelled_text"
  std::optional<std::string> id;     // dialogue id inside a corpus
  std::vector<Speaker> speakers;     // in order of first appearance
  std::vector<Turn> turns;
  SessionStats session;
  std::vector<Diagnostic> diagnostics;
  /// Non-speech content kept for the reader, e.g. ("system", "You are a ...").
  std::vector<std::pair<std::string, std::string>> metadata;
  /// Owns the run-time text the mentions' fields view (mention.hpp); shared by
  /// copies of the transcript, so a copy's mentions stay valid on their own.
  std::shared_ptr<TextPool> text_pool;
};

}  // namespace feltline
