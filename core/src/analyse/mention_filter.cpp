#include "analyse/mention_filter.hpp"

#include "analyse/mention_filter_features.hpp"
#include "data/embedded_data.hpp"

namespace feltline::analyse {
namespace {

ModelInUse<MentionFilterModel, FilterRecord> g_in_use;

}  // namespace

bool MentionFilterModel::from_json(std::string_view json, MentionFilterModel& m) {
  m = MentionFilterModel();
  return read_linear_model(json, m);
}

const MentionFilterModel& MentionFilterModel::embedded() {
  return embedded_model<MentionFilterModel>(data::kMentionFilterModelJson);
}

void use_mention_filter_model(const MentionFilterModel* model) { g_in_use.use(model); }
void use_embedded_mention_filter_model() { g_in_use.use_embedded(); }
bool using_embedded_mention_filter_model() { return g_in_use.embedded; }
void record_mention_filter_features(std::vector<FilterRecord>* sink) { g_in_use.record = sink; }

void filter_mentions(const TurnContext& c, std::size_t turn_position, Role role,
                     std::vector<Mention>& mentions) {
#if !FELTLINE_MENTION_FILTER
  // A build without a trained model (core/CMakeLists.txt): every mention stays.
  (void)c, (void)turn_position, (void)role, (void)mentions;
  return;
#else
  const MentionFilterModel* model = g_in_use.model();
  if (model && !model->usable()) model = nullptr;
  if (g_in_use.record) model = nullptr;  // recording: the rules' mentions, all of them
  if (!model && !g_in_use.record) return;
  static thread_local std::vector<std::uint32_t> hashes;
  static thread_local std::vector<std::string> names;
  static thread_local std::vector<std::uint8_t> drop;
  drop.assign(mentions.size(), 0);
  bool any = false;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.kind != MentionKind::emotion && m.kind != MentionKind::sensation) continue;
    FeatureSink features = g_in_use.sink(model, hashes, names);
    extract_mention_filter_features(c, mentions, i, role, features);
    if (g_in_use.record) g_in_use.record->push_back({turn_position, m.begin, m.end, hashes, names});
    if (model && features.score <= model->threshold) drop[i] = 1, any = true;
  }
  if (!any) return;
  // (every decision is taken on the rules' mentions; then the dropped ones leave)
  std::size_t kept = 0;
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (!drop[i]) {
      if (kept != i) mentions[kept] = std::move(mentions[i]);
      ++kept;
    }
  mentions.resize(kept);
#endif
}

}  // namespace feltline::analyse
