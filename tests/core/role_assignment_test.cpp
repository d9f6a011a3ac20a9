// Roles by elimination (docs/formats.md, "Roles"): who is the client when only
// the therapist is named by role, and when nothing may be inferred.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "feltline/analyze.hpp"

using feltline::Role;
using nlohmann::json;

namespace {

struct Case {
  const char* what;
  const char* text;
  std::map<std::string, Role> roles;            // options.roles
  std::vector<std::pair<std::string, Role>> speakers;  // expected, in order of appearance
  const char* diagnostic;                       // a fragment of the info diagnostic; nullptr: none
};

const char* kInferred = "role by elimination";

bool has_elimination_diagnostic(const feltline::Transcript& t, std::string* message) {
  for (const auto& d : t.diagnostics) {
    if (d.message.find(kInferred) != std::string::npos) {
      *message = d.message;
      CHECK(d.severity == feltline::Severity::info);
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("roles by elimination: table", "[roles]") {
  const std::vector<Case> cases = {
      {"therapist by role word, client by name (SRT speaker prefixes, capitals)",
       "THERAPIST: How is it sitting with you?\nNADIA: Badly.\nTHERAPIST: Say more.\nNADIA: I bottled it.\n",
       {},
       {{"THERAPIST", Role::therapist}, {"NADIA", Role::client}},
       "\"NADIA\" is taken for the client, as the therapist is \"THERAPIST\""},
      {"counsellor and a name",
       "Counsellor: Come in.\nCallum: Aye, hi.\nCounsellor: What brings you?\nCallum: My resit.\n",
       {},
       {{"Counsellor", Role::therapist}, {"Callum", Role::client}},
       "\"Callum\" is taken for the client"},
      {"a titled therapist and a name",
       "Dr. Reyes: Welcome.\nMaya: Thanks.\nDr. Reyes: How was the week?\nMaya: Long.\n",
       {},
       {{"Dr. Reyes", Role::therapist}, {"Maya", Role::client}},
       "\"Maya\" is taken for the client"},
      {"a generic transcription label is the other person too",
       "Therapist: Hello.\nSpeaker 2: Hi.\nTherapist: How are you?\nSpeaker 2: Tired.\n",
       {},
       {{"Therapist", Role::therapist}, {"Speaker 2", Role::client}},
       "\"Speaker 2\" is taken for the client"},
      {"a qualified role word takes its role: the head noun names it",
       "Speech Therapist: How did the call go?\nAnil: I was so nervous.\nSpeech Therapist: Say more.\n"
       "Anil: My throat closed.\n",
       {},
       {{"Speech Therapist", Role::therapist}, {"Anil", Role::client}},
       "\"Anil\" is taken for the client, as the therapist is \"Speech Therapist\""},
      {"helpline roles: a qualified volunteer and a caller",
       "Peer Support Volunteer: You're through to the line.\nCaller: Hi.\n"
       "Peer Support Volunteer: Take your time.\nCaller: Okay.\n",
       {},
       {{"Peer Support Volunteer", Role::therapist}, {"Caller", Role::client}},
       nullptr},
      {"a label ending in a listed role phrase takes its role; a one-word keyworker too",
       "Peer Support Worker: How was the weekend?\nDel: Rough.\nPeer Support Worker: Rough how?\n"
       "Del: Didn't sleep.\nKEYWORKER: Noted.\n",
       {},
       {{"Peer Support Worker", Role::therapist}, {"Del", Role::client}, {"KEYWORKER", Role::therapist}},
       "\"Del\" is taken for the client"},
      {"health care: a nurse counsellor (heldout29's menopause clinic) is the clinician",
       "Nurse: How have the nights been?\nSiobhan: Awful. Soaked by three.\nNurse: And the days?\n"
       "Siobhan: Foggy.\n",
       {},
       {{"Nurse", Role::therapist}, {"Siobhan", Role::client}},
       "\"Siobhan\" is taken for the client"},
      {"a qualified health-care word takes its role too",
       "Community Midwife: Any low days?\nAmara: A few.\nCommunity Midwife: Tell me.\nAmara: Mornings.\n",
       {},
       {{"Community Midwife", Role::therapist}, {"Amara", Role::client}},
       "\"Amara\" is taken for the client"},
      {"a determiner before the role word makes a sentence, not a label",
       "Dana: Hello.\nMy therapist: she said to rest, so I did.\nDana: That's all.\n",
       {},
       {{"Dana", Role::unknown}},
       nullptr},
      {"both recognised: nothing inferred",
       "Therapist: Hello.\nClient: Hi.\nTherapist: How are you?\nClient: Tired.\n",
       {},
       {{"Therapist", Role::therapist}, {"Client", Role::client}},
       nullptr},
      {"neither recognised: nothing inferred",
       "Anna: Hello.\nBen: Hi.\nAnna: How are you?\nBen: Tired.\n",
       {},
       {{"Anna", Role::unknown}, {"Ben", Role::unknown}},
       nullptr},
      {"a group with one therapist: every unnamed speaker is a client",
       "Therapist: Dana, go on.\nDana: I feel unheard.\nSam: I feel terrible.\nTherapist: Sam?\n"
       "Sam: Heavy.\nDana: Sad.\n",
       {},
       {{"Therapist", Role::therapist}, {"Dana", Role::client}, {"Sam", Role::client}},
       "\"Dana\" and \"Sam\" are taken for clients"},
      {"co-therapists and a name",
       "Therapist 1: Hello.\nTherapist 2: Hi there.\nNADIA: Hi.\nTherapist 1: So.\nNADIA: Yes.\n",
       {},
       {{"Therapist 1", Role::therapist}, {"Therapist 2", Role::therapist}, {"NADIA", Role::client}},
       "the therapists are recognised"},
      {"a recognised client besides: the third speaker stays unknown (a relative? an interpreter?)",
       "Therapist: Hello.\nClient: Hi.\nMum: Hello.\nTherapist: Welcome.\nClient: Thanks.\nMum: Yes.\n",
       {},
       {{"Therapist", Role::therapist}, {"Client", Role::client}, {"Mum", Role::unknown}},
       nullptr},
      {"an interpreter is not a client",
       "Therapist: Hello.\nInterpreter: Hola.\nTherapist: How are you?\nInterpreter: Bien.\n",
       {},
       {{"Therapist", Role::therapist}, {"Interpreter", Role::other}},
       nullptr},
      {"an interpreter beside the therapist: the named speaker is the client",
       "Therapist: How are you?\nInterpreter: ¿Cómo estás?\nLuis: Cansado.\nInterpreter: Tired.\n"
       "Therapist: Thank you.\nLuis: Gracias.\n",
       {},
       {{"Therapist", Role::therapist}, {"Interpreter", Role::other}, {"Luis", Role::client}},
       "\"Luis\" is taken for the client"},
      {"a narrator is not a client",
       "Narrator: The room is quiet.\nTherapist: Hello.\nNADIA: Hi.\nTherapist: So.\nNADIA: Yes.\n",
       {},
       {{"Narrator", Role::other}, {"Therapist", Role::therapist}, {"NADIA", Role::client}},
       "\"NADIA\" is taken for the client"},
      {"supervision: a supervisor and a trainee, no therapist word: nothing inferred",
       "Supervisor: How was it?\nTrainee: Hard.\nSupervisor: Say more.\nTrainee: I froze.\n",
       {},
       {{"Supervisor", Role::other}, {"Trainee", Role::unknown}},
       nullptr},
      {"a recognised client and one name: the name is the therapist",
       "Client: I can't sleep.\nMaria: Tell me more.\nClient: It's every night.\nMaria: Since when?\n",
       {},
       {{"Client", Role::client}, {"Maria", Role::therapist}},
       "\"Maria\" is taken for the therapist, as the client is \"Client\""},
      {"a recognised client and two names: nothing inferred",
       "Client: I can't sleep.\nMaria: Tell me more.\nJo: Since when?\nClient: Weeks.\nMaria: Hm.\nJo: Ok.\n",
       {},
       {{"Client", Role::client}, {"Maria", Role::unknown}, {"Jo", Role::unknown}},
       nullptr},
      {"the person's roles win: unknown stays unknown",
       "Therapist: Hello.\nNADIA: Hi.\nTherapist: How are you?\nNADIA: Tired.\n",
       {{"NADIA", Role::unknown}},
       {{"Therapist", Role::therapist}, {"NADIA", Role::unknown}},
       nullptr},
      {"the person's roles win: other stays other",
       "Therapist: Hello.\nNADIA: Hi.\nTherapist: How are you?\nNADIA: Tired.\n",
       {{"NADIA", Role::other}},
       {{"Therapist", Role::therapist}, {"NADIA", Role::other}},
       nullptr},
      {"a therapist set by the person makes the other speaker the client",
       "Anna: Hello.\nBen: Hi.\nAnna: How are you?\nBen: Tired.\n",
       {{"Anna", Role::therapist}},
       {{"Anna", Role::therapist}, {"Ben", Role::client}},
       "\"Ben\" is taken for the client, as the therapist is \"Anna\""},
      {"a role word overridden by the person counts as the person says",
       "Therapist: I feel awful.\nNADIA: Tell me.\nTherapist: I can't sleep.\nNADIA: Since when?\n",
       {{"Therapist", Role::client}},
       {{"Therapist", Role::client}, {"NADIA", Role::therapist}},
       "\"NADIA\" is taken for the therapist"},
      {"a title before the first label is no speaker and stays unknown",
       "Session 4 notes\n\nTherapist: Hello.\nNADIA: Hi.\nTherapist: How are you?\nNADIA: Tired.\n",
       {},
       {{"Therapist", Role::therapist}, {"NADIA", Role::client}},
       "\"NADIA\" is taken for the client"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.what);
    feltline::Options options;
    options.roles = c.roles;
    const auto transcripts = feltline::analyze_transcripts(c.text, options);
    REQUIRE(transcripts.size() == 1);
    const auto& t = transcripts[0];
    REQUIRE(t.speakers.size() == c.speakers.size());
    for (std::size_t i = 0; i < c.speakers.size(); ++i) {
      CAPTURE(c.speakers[i].first);
      CHECK(t.speakers[i].name == c.speakers[i].first);
      CHECK(t.speakers[i].role == c.speakers[i].second);
    }
    // Every turn carries its speaker's role; a turn without a speaker stays unknown.
    for (const auto& turn : t.turns) {
      if (!turn.speaker) {
        CHECK(turn.role == Role::unknown);
        continue;
      }
      for (const auto& [name, role] : c.speakers)
        if (name == *turn.speaker) CHECK(turn.role == role);
    }
    std::string message;
    const bool inferred = has_elimination_diagnostic(t, &message);
    if (c.diagnostic) {
      CHECK(inferred);
      CAPTURE(message);
      CHECK(message.find(c.diagnostic) != std::string::npos);
    } else {
      CHECK_FALSE(inferred);
    }
  }
}

TEST_CASE("roles by elimination: the diagnostic points at the inferred speaker's first turn", "[roles]") {
  const auto transcripts = feltline::analyze_transcripts(
      "Counsellor: Come in.\n\nCallum: Aye.\n\nCounsellor: So.\n\nCallum: Aye.\n", feltline::Options{});
  REQUIRE(transcripts.size() == 1);
  bool found = false;
  for (const auto& d : transcripts[0].diagnostics) {
    if (d.message.find(kInferred) == std::string::npos) continue;
    found = true;
    CHECK(d.line == 3);
  }
  CHECK(found);
}

TEST_CASE("roles by elimination: options JSON roles win, chat roles are not inferred", "[roles][api]") {
  auto roles_of = [](const std::string& text, const std::string& options) {
    auto r = feltline::analyze_text(text, options);
    REQUIRE(r.usable);
    json doc = json::parse(r.json);
    std::vector<std::string> out;
    for (const auto& s : doc["speakers"]) out.push_back(s["name"].get<std::string>() + "=" + s["role"].get<std::string>());
    return out;
  };
  const std::string text = "Therapist: Hello.\nNADIA: Hi.\nTherapist: How are you?\nNADIA: Tired.\n";
  CHECK(roles_of(text, "{}") == std::vector<std::string>{"Therapist=therapist", "NADIA=client"});
  CHECK(roles_of(text, R"({"roles":{"NADIA":"unknown"}})") ==
        std::vector<std::string>{"Therapist=therapist", "NADIA=unknown"});
  CHECK(roles_of(text, R"({"roles":{"Therapist":"other"}})") ==
        std::vector<std::string>{"Therapist=other", "NADIA=unknown"});
  // A chat export states every role: nothing is left to infer.
  CHECK(roles_of(R"([{"role":"assistant","content":"Hi."},{"role":"user","content":"Hello."}])", "{}") ==
        std::vector<std::string>{"assistant=therapist", "user=client"});
}

TEST_CASE("roles by elimination: a large group is named in the diagnostic by its first five", "[roles]") {
  std::string text;
  for (int round = 0; round < 2; ++round) {
    text += "Therapist: Who is next?\n";
    for (const char* name : {"Amira", "Jayden", "Tolu", "Finn", "Noor", "Ravi", "Kit", "Lena"})
      text += std::string(name) + ": I feel tense.\n";
  }
  const auto transcripts = feltline::analyze_transcripts(text, feltline::Options{});
  REQUIRE(transcripts.size() == 1);
  const auto& t = transcripts[0];
  REQUIRE(t.speakers.size() == 9);
  for (std::size_t i = 1; i < t.speakers.size(); ++i) CHECK(t.speakers[i].role == Role::client);
  std::string message;
  REQUIRE(has_elimination_diagnostic(t, &message));
  CHECK(message.find("\"Amira\", \"Jayden\", \"Tolu\", \"Finn\", \"Noor\" and 3 more are taken for clients") !=
        std::string::npos);
}

// When nothing says who the therapist or the client is, the empty statistics
// by role must come with a reason and the way to set roles.
TEST_CASE("roles: a session with no therapist or no client says so", "[roles]") {
  auto missing_roles_message = [](const std::string& text) -> std::string {
    const auto transcripts = feltline::analyze_transcripts(text, feltline::Options{});
    REQUIRE(transcripts.size() == 1);
    std::string found;
    for (const auto& d : transcripts[0].diagnostics) {
      if (d.message.rfind("roles: ", 0) != 0) continue;
      CHECK(d.severity == feltline::Severity::info);
      CHECK(found.empty());  // one diagnostic per transcript
      found = d.message;
    }
    return found;
  };
  const std::string neither = missing_roles_message("Anna: I slept badly.\nBen: Say more.\nAnna: Tense all night.\nBen: Where?\n");
  CHECK(neither.find("no speaker is recognised as the therapist or the client") != std::string::npos);
  CHECK(neither.find("\"Anna\" and \"Ben\" have no role") != std::string::npos);
  CHECK(neither.find("--role NAME=ROLE") != std::string::npos);

  const std::string interpreter =
      missing_roles_message("Counsellor: How was the week?\nInterpreter: She says it was hard.\n");
  CHECK(interpreter.find("no speaker is recognised as the client, so the client's statistics are empty") !=
        std::string::npos);
  CHECK(interpreter.find("\"Interpreter\" is other") != std::string::npos);

  const std::string supervision =
      missing_roles_message(
          "Supervisor: What did you notice?\nAoife: My chest went tight.\nSupervisor: And then?\nAoife: I froze.\n");
  CHECK(supervision.find("\"Aoife\" has no role; \"Supervisor\" is other") != std::string::npos);

  // Both sides known, or found by elimination, or one speaker who is one side: nothing to say.
  CHECK(missing_roles_message("Therapist: Hello.\nClient: Hi.\n").empty());
  CHECK(missing_roles_message("Counsellor: Come in.\nCallum: Aye.\n").empty());
  CHECK(missing_roles_message("Client: Dear diary, my jaw ached all day.\n").empty());
  // Two clients and two unnamed speakers: elimination infers nothing, so it is said.
  CHECK(missing_roles_message("Client: Hi.\nMaria: Hello.\nLuis: Hey.\nClient: So.\nMaria: Yes.\nLuis: No.\n").find("the therapist's statistics are empty") !=
        std::string::npos);
}
