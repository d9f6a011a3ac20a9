// String names of the public enums, as written in the JSON output.
#include <string>

#include "feltline/mention.hpp"
#include "feltline/transcript.hpp"

namespace feltline {

const char* role_name(Role role) {
  switch (role) {
    case Role::therapist: return "therapist";
    case Role::client: return "client";
    case Role::other: return "other";
    case Role::unknown: break;
  }
  return "unknown";
}

bool parse_role_name(std::string_view name, Role& out) {
  std::string lower(name);
  for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  for (Role r : {Role::therapist, Role::client, Role::other, Role::unknown}) {
    if (lower == role_name(r)) {
      out = r;
      return true;
    }
  }
  return false;
}

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: break;
  }
  return "error";
}

const char* flag_kind_name(FlagKind kind) {
  switch (kind) {
    case FlagKind::meta_note: return "meta_note";
    case FlagKind::generation_error: return "generation_error";
    case FlagKind::truncated: return "truncated";
    case FlagKind::quoted: break;
  }
  return "quoted";
}

const char* mention_kind_name(MentionKind kind) {
  switch (kind) {
    case MentionKind::emotion: return "emotion";
    case MentionKind::sensation: return "sensation";
    case MentionKind::analytic: return "analytic";
    case MentionKind::rating: return "rating";
    case MentionKind::custom: break;
  }
  return "custom";
}

bool Turn::has_flag(FlagKind kind) const {
  for (const auto& f : flags)
    if (f.kind == kind) return true;
  return false;
}

}  // namespace feltline
