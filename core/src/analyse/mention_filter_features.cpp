#include "analyse/mention_filter_features.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "lexicon/word_lists.hpp"

namespace feltline::analyse {
namespace {

constexpr std::size_t kNear = 3;     // words each way whose place is a feature ("before 1=the")
constexpr std::size_t kWindow = 10;  // words each way in the sentence, as a bag

struct Emit {
  FeatureSink& out;
  void operator()(std::string_view prefix, std::string_view value = {}) {
    out.add(mix(fnv(prefix), fnv(value)));
    if (out.names) out.names->push_back(std::string(prefix) + "=" + std::string(value));
  }
  // prefix=first,second
  void operator()(std::string_view prefix, std::string_view first, std::string_view second) {
    out.add(mix(fnv(prefix), fnv(second, fnv(",", fnv(first)))));
    if (out.names)
      out.names->push_back(std::string(prefix) + "=" + std::string(first) + "," + std::string(second));
  }
};

const char* bucket(std::size_t n) {
  return n == 0 ? "0" : n <= 2 ? "1-2" : n <= 5 ? "3-5" : n <= 10 ? "6-10" : "11+";
}

bool one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Word `k`'s cue-word lists, under `prefix`.
void add_lists(const TurnContext& c, std::size_t k, std::string_view prefix, Emit& emit) {
  const auto& row = c.dl->word_lists.row(c.list_id(k));
  for (std::size_t part = 0; part < row.size(); ++part)
    for (std::uint64_t bits = row[part]; bits; bits &= bits - 1)
      emit(prefix, lexicon::kWordListNames[part * 64 + static_cast<std::size_t>(__builtin_ctzll(bits))]);
}

}  // namespace

void extract_mention_filter_features(const TurnContext& c, const std::vector<Mention>& mentions,
                                     std::size_t index, Role role, FeatureSink& out) {
  Emit emit{out};
  const Candidate& cand = c.candidates[index];
  const Mention& m = mentions[index];
  const std::size_t n = c.size();
  const std::size_t head = std::min<std::size_t>(cand.head, n - 1);
  const std::size_t first = std::min<std::size_t>(cand.first, head),
                    last = std::max<std::size_t>(cand.last, head + 1);
  const std::uint32_t s = c.sentence[head];
  const std::size_t sb = c.sentence_first[s], se = c.sentence_first[s + 1];
  std::size_t cb = first;
  while (cb > sb && !c.clause_start[cb]) --cb;
  std::size_t ce = last;
  while (ce < se && !c.clause_start[ce]) ++ce;

  // What the rules found.
  const std::string_view kind = m.kind == MentionKind::emotion ? "emotion" : "sensation";
  const std::string_view role_text = role_name(role);
  emit("bias");
  emit("kind", kind);
  emit("found", kind, m.rule);
  emit("source", m.source);
  emit("head", c.text_of(head));
  if (m.kind == MentionKind::emotion) {
    emit("category", m.category);
  } else {
    emit("region", m.region);
    emit("quality", m.quality);
    emit("region source", m.region_source.empty() ? "(none)" : m.region_source);
  }
  emit("role", role_text);
  emit("role*kind", role_text, kind);
  if (m.negated) emit("negated");
  if (m.hypothetical) emit("hypothetical");
  if (m.question) emit("question", role_text);
  if (m.quoted) emit("quoted");
  if (m.echo) emit("echo");
  if (!m.intensity.empty()) emit("intensity");
  for (std::string_view cue : m.cues) emit("cueset", cue.substr(0, cue.find(':')));
  emit("words", bucket(last - first));

  std::size_t fw = sb;
  while (fw < se && c.word(fw).punct != Punct::none) ++fw;
  // The words next to it, by place, and around it in the sentence, as a bag.
  std::array<std::size_t, kNear> before{}, after{};
  std::size_t nb = 0, na = 0;
  for (std::size_t k = first; k-- > sb && nb < kNear;)
    if (c.word(k).punct == Punct::none) before[nb++] = k;
  for (std::size_t k = last; k < se && na < kNear; ++k)
    if (c.word(k).punct == Punct::none) after[na++] = k;
  static constexpr std::string_view kBefore[] = {"before 1", "before 2", "before 3"};
  static constexpr std::string_view kAfter[] = {"after 1", "after 2", "after 3"};
  for (std::size_t i = 0; i < nb; ++i) emit(kBefore[i], c.text_of(before[i]));
  for (std::size_t i = 0; i < na; ++i) emit(kAfter[i], c.text_of(after[i]));
  if (nb == 0) emit("before 1", "(start)");
  if (na == 0) emit("after 1", "(end)");
  if (nb >= 2) emit("bigram before", c.text_of(before[1]), c.text_of(before[0]));
  if (na >= 2) emit("bigram after", c.text_of(after[0]), c.text_of(after[1]));
  if (nb >= 1 && na >= 1) emit("around", c.text_of(before[0]), c.text_of(after[0]));
  // the entry with its nearest words: which sense of a word is meant ("full" of food, "close" to her)
  emit("source*before 1", m.source, nb ? c.text_of(before[0]) : "(start)");
  emit("source*after 1", m.source, na ? c.text_of(after[0]) : "(end)");
  emit("source*role", m.source, role_text);
  if (fw < se) emit("source*first word", m.source, c.text_of(fw));
  if (nb >= 1) add_lists(c, before[0], "before 1.list", emit);
  if (na >= 1) add_lists(c, after[0], "after 1.list", emit);
  for (std::size_t k = first > sb + kWindow ? first - kWindow : sb; k < first; ++k)
    if (c.word(k).punct == Punct::none) {
      emit(k >= cb ? "clause before" : "sentence before", c.text_of(k));
      if (k >= cb) add_lists(c, k, "clause before.list", emit);
    }
  for (std::size_t k = last; k < std::min(se, last + kWindow); ++k)
    if (c.word(k).punct == Punct::none) emit(k < ce ? "clause after" : "sentence after", c.text_of(k));

  // A topic, a named condition, a generic subject: the feeling is spoken of, not felt.
  const std::string_view b1 = nb ? c.text_of(before[0]) : std::string_view(),
                         a1 = na ? c.text_of(after[0]) : std::string_view();
  if (one_of(b1, {"the", "a", "an", "this", "that", "such"}) && one_of(a1, {"of", "about", "around", "that"}))
    emit("topic", "the X of");
  for (std::size_t i = 0; i < nb; ++i)
    if (one_of(c.text_of(before[i]), {"about", "regarding", "re", "around", "with", "for", "of", "on"}))
      emit("topic", c.text_of(before[i]));
  if (one_of(a1,
             {"disorder", "disorders", "attack", "attacks", "disease", "syndrome", "symptoms", "management",
              "medication", "meds", "clinic", "therapy", "issues", "problems", "levels", "triggers"}))
    emit("condition", a1);
  for (std::size_t k = cb; k < first; ++k) {
    const WordText w = c.text_of(k);
    if (one_of(w, {"people", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "one",
                   "most", "nobody", "kids", "clients", "patients", "folks", "men", "women"}))
      emit("generic", w);
    if (one_of(w,
               {"i", "you", "he", "she", "they", "we", "it", "my", "your", "his", "her", "their", "our"})) {
      emit("subject", w, role_text);
      break;
    }
  }

  // The sentence: its first word, whether it asks, where it is in the turn.
  if (fw < se) {
    emit("first word", c.text_of(fw));
    emit("first word*role", c.text_of(fw), role_text);
  }
  if (c.sentence_question[s]) emit("sentence asks", role_text);
  const std::size_t sentences = c.sentence[n - 1] + 1;
  emit("sentence", s == 0 ? (sentences == 1 ? "only" : "first") : s + 1 == sentences ? "last" : "middle");
  emit("sentence words", bucket(c.sentence_words[s]));

  // How many mentions the sentence holds, and whether the same entry comes again in the turn.
  std::size_t in_sentence = 0, same_entry = 0;
  for (std::size_t j = 0; j < mentions.size(); ++j) {
    if (j == index || mentions[j].kind > MentionKind::sensation) continue;
    if (c.sentence[std::min<std::size_t>(c.candidates[j].head, n - 1)] == s) ++in_sentence;
    if (mentions[j].source == m.source) ++same_entry;
  }
  emit("others in sentence", bucket(in_sentence));
  if (same_entry) emit("entry again");
}

}  // namespace feltline::analyse
