#include "analyse/hypothetical_model.hpp"

#include <algorithm>
#include <string>

#include "data/embedded_data.hpp"

namespace feltline::analyse {
namespace {

ModelInUse<HypotheticalModel, RecordedMention> g_in_use;

[[maybe_unused]] const HypotheticalModel* model_in_use() {
  return g_in_use.model();
}

// "model:hypothetical by clause before=imagine, rule=no": the model's decision
// and the two features that pushed it hardest that way.
[[maybe_unused]] std::string_view trace_cue(const TurnContext& c, const TurnFeatureWords& words,
                                            const std::vector<Mention>& mentions, std::size_t index,
                                            Role role, const HypotheticalHistory& history,
                                            const HypotheticalModel& model, bool decision) {
  // The features' hashes first, then the names of only the strongest few (naming
  // every feature costs more than finding them), more if those repeat a name.
  std::vector<std::uint32_t> hashes;
  HypotheticalFeatures features;
  features.hashes = &hashes;
  extract_hypothetical_features(c, words, mentions, index, role, history, features);
  std::vector<std::pair<std::int32_t, std::size_t>> pushes;  // (weight against the decision, feature)
  for (std::size_t i = 0; i < hashes.size(); ++i) {
    const std::int32_t w = model.weights[hashes[i] % model.buckets];
    pushes.push_back({decision ? -w : w, i});
  }
  std::stable_sort(pushes.begin(), pushes.end());
  std::string cue = decision ? "model:hypothetical" : "model:not hypothetical";
  std::vector<std::string> names;
  std::vector<std::uint32_t> wanted, named_hashes;
  for (std::size_t want = 4;; want *= 2) {
    wanted.clear();
    for (std::size_t i = 0; i < pushes.size() && i < want; ++i) wanted.push_back(hashes[pushes[i].second]);
    names.clear();
    named_hashes.clear();
    HypotheticalFeatures naming;
    naming.hashes = &named_hashes;
    naming.names = &names;
    naming.named_only = &wanted;
    extract_hypothetical_features(c, words, mentions, index, role, history, naming);
    std::vector<std::string_view> shown;
    std::string found;
    bool complete = false;
    for (std::size_t p = 0; p < pushes.size(); ++p) {
      if (shown.size() == 2 || pushes[p].first >= 0) {
        complete = true;
        break;
      }
      if (p == want) break;  // not named in this pass
      std::string_view name = names[pushes[p].second];
      if (name.size() > 1 && name.back() == '=') name.remove_suffix(1);  // a feature without a value
      if (std::find(shown.begin(), shown.end(), name) != shown.end()) continue;
      found += (shown.empty() ? " by " : ", ") + std::string(name);
      shown.push_back(name);
    }
    if (complete || want >= pushes.size()) {
      cue += found;
      break;
    }
  }
  return c.pool->intern(cue);
}

}  // namespace

bool HypotheticalModel::from_json(std::string_view json, HypotheticalModel& m) {
  m = HypotheticalModel();
  if (read_linear_model(json, m, {{"may_clear", &m.may_clear}})) return true;
  m = HypotheticalModel();
  return false;
}

const HypotheticalModel& HypotheticalModel::embedded() {
  return embedded_model<HypotheticalModel>(data::kHypotheticalModelJson);
}

void use_hypothetical_model(const HypotheticalModel* model) { g_in_use.use(model); }
void use_embedded_hypothetical_model() { g_in_use.use_embedded(); }
bool using_embedded_hypothetical_model() { return g_in_use.embedded; }
void record_hypothetical_features(std::vector<RecordedMention>* sink) { g_in_use.record = sink; }

void decide_hypotheticals(const TurnContext& c, std::size_t turn_position, Role role, bool same_speaker,
                          std::vector<Mention>& mentions, HypotheticalHistory& history) {
#if !FELTLINE_LEARNED_HYPOTHETICAL
  // A build without a trained model (core/CMakeLists.txt): the rules decide alone.
  (void)c, (void)turn_position, (void)role, (void)same_speaker, (void)mentions, (void)history;
  return;
#else
  const HypotheticalModel* model = model_in_use();
  if (model && !model->usable()) model = nullptr;
  if (!model && !g_in_use.record) return;  // the rules decide alone
  history.previous_turn_same_speaker = same_speaker;
  // (kept warm from turn to turn, as the rest of the mention finder's buffers)
  static thread_local TurnFeatureWords words;
  static thread_local std::vector<std::uint8_t> rules, changed;
  static thread_local std::vector<std::uint32_t> hashes;
  static thread_local std::vector<std::string> names;
  words.prepare(c);
  rules.clear();
  changed.assign(mentions.size(), 0);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.kind != MentionKind::emotion && m.kind != MentionKind::sensation) continue;
    rules.push_back(m.hypothetical);
    // a model that only adds flags has nothing to say of a flagged mention
    if (!g_in_use.record && !model->may_clear && m.hypothetical) continue;
    HypotheticalFeatures features = g_in_use.sink(model, hashes, names);
    extract_hypothetical_features(c, words, mentions, i, role, history, features);
    if (g_in_use.record) g_in_use.record->push_back({turn_position, m.begin, m.end, m.hypothetical, hashes, names});
    if (model) {
      const bool decision = features.score > model->threshold;
      changed[i] = decision != m.hypothetical && (model->may_clear || decision);
    }
  }
  // Every decision and its trace is taken on the rules' flags; then the changes are written.
  std::vector<std::pair<std::size_t, std::string_view>> cues;
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (changed[i])
      cues.push_back({i, trace_cue(c, words, mentions, i, role, history, *model, !mentions[i].hypothetical)});
  for (const auto& [i, cue] : cues) {
    mentions[i].hypothetical = !mentions[i].hypothetical;
    mentions[i].cues.push_back(cue);
  }
  history_after(c, words, rules, history);
#endif
}

}  // namespace feltline::analyse
