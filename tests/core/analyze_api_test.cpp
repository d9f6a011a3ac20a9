// Tests of the public entry point: JSON shape, roles, options, unusable input.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "feltline/analyze.hpp"

using nlohmann::json;

namespace {
json analyse(const std::string& text, const std::string& options = "{}") {
  auto r = feltline::analyze_text(text, options);
  REQUIRE(r.usable);
  return json::parse(r.json);
}
}  // namespace

TEST_CASE("analysis JSON has the feltline/1 shape", "[api]") {
  json doc = analyse("Therapist: How are you?\nPatient: Tired.\n");
  CHECK(doc["schema"] == "feltline/1");
  CHECK(doc["format"] == "labelled_text");
  REQUIRE(doc["speakers"].size() == 2);
  CHECK(doc["speakers"][0]["name"] == "Therapist");
  CHECK(doc["speakers"][0]["role"] == "therapist");
  CHECK(doc["speakers"][1]["role"] == "client");
  REQUIRE(doc["turns"].size() == 2);
  const json& t = doc["turns"][1];
  CHECK(t["index"] == 1);
  CHECK(t["speaker"] == "Patient");
  CHECK(t["role"] == "client");
  CHECK(t["text"] == "Tired.");
  CHECK(t["time_start"].is_null());
  CHECK(t["flags"].is_array());
  CHECK(t["mentions"].is_array());
  CHECK(doc["diagnostics"].is_array());
}

TEST_CASE("roles come from label words, and options override them", "[api]") {
  struct Case {
    const char* label;
    const char* role;
  };
  const std::vector<Case> cases = {
      {"Therapist", "therapist"}, {"Counsellor", "therapist"}, {"Counselor", "therapist"},
      {"Dr. Okafor", "therapist"}, {"T", "therapist"},        {"Th", "therapist"},
      {"Client", "client"},       {"Patient", "client"},      {"C", "client"},
      {"Cl", "client"},           {"Seeker", "client"},       {"Therapist 2", "therapist"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.label);
    json doc = analyse(std::string(c.label) + ": one\n" + c.label + ": two\n");
    CHECK(doc["turns"][0]["role"] == c.role);
  }
  json doc = analyse("Anna: Hi.\nBen: Hello.\nAnna: Hm.\nBen: So.\n", R"({"roles":{"Anna":"client"}})");
  CHECK(doc["turns"][0]["role"] == "client");
  // Ben, the one speaker left, is the therapist by elimination (role_assignment_test.cpp).
  CHECK(doc["turns"][1]["role"] == "therapist");
  doc = analyse("Anna: Hi.\nBen: Hello.\nAnna: Hm.\nBen: So.\n", R"({"roles":{"Anna":"client","Ben":"unknown"}})");
  CHECK(doc["turns"][1]["role"] == "unknown");
}

TEST_CASE("bad options become diagnostics, not failures", "[api]") {
  json doc = analyse("Client: hi\n", R"({"colour":"red","roles":{"Client":"boss"}})");
  REQUIRE(doc["diagnostics"].size() == 2);
  CHECK(doc["diagnostics"][0]["severity"] == "warning");
  doc = analyse("Client: hi\n", "not json");
  CHECK(doc["diagnostics"][0]["severity"] == "error");
}

TEST_CASE("empty and whitespace-only input is unusable with a one-line reason", "[api]") {
  for (const char* text : {"", "   \n\n\t  \n"}) {
    auto r = feltline::analyze_text(text, "{}");
    CHECK_FALSE(r.usable);
    CHECK_FALSE(r.error.empty());
    CHECK(r.error.find('\n') == std::string::npos);
  }
}

TEST_CASE("text without labels becomes one turn per paragraph", "[api]") {
  json doc = analyse("I feel tense.\n\nMy shoulders ache.\n");
  CHECK(doc["format"] == "plain");
  REQUIRE(doc["turns"].size() == 2);
  CHECK(doc["turns"][0]["speaker"].is_null());
  CHECK(doc["turns"][0]["role"] == "unknown");
  REQUIRE(doc["diagnostics"].size() == 1);
  CHECK(doc["diagnostics"][0]["message"].get<std::string>().find("no speaker labels") != std::string::npos);
}

TEST_CASE("the seed transcript gives 50 turns by Patient and Therapist", "[api][seed]") {
  std::string path = std::string(FELTLINE_SHARED_DIR) + "/seed/000_13ba406fadc02f9e.txt";
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    WARN("seed not found at " << path << "; skipped");
    return;
  }
  std::string text;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
  std::fclose(f);
  json doc = analyse(text);
  REQUIRE(doc["turns"].size() == 50);
  for (const auto& t : doc["turns"]) {
    const std::string speaker = t["speaker"];
    CHECK((speaker == "Patient" || speaker == "Therapist"));
    CHECK(t["role"] == (speaker == "Patient" ? "client" : "therapist"));
  }
}
